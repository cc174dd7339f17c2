#include "hygiene/Plan.h"

#include "store/Store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mailtide::hygiene {

QString toString(Action a)
{
    switch (a) {
    case Action::Archive: return QStringLiteral("archive");
    case Action::Junk: return QStringLiteral("junk");
    case Action::Trash: return QStringLiteral("trash");
    case Action::Read: return QStringLiteral("read");
    }
    return {};
}

std::optional<Action> actionFromString(const QString &s)
{
    for (Action a : {Action::Archive, Action::Junk, Action::Trash, Action::Read})
        if (toString(a) == s)
            return a;
    return std::nullopt;
}

QString destinationUse(Action a)
{
    switch (a) {
    case Action::Archive: return QStringLiteral("\\Archive");
    case Action::Junk: return QStringLiteral("\\Junk");
    case Action::Trash: return QStringLiteral("\\Trash");
    case Action::Read: return {};
    }
    return {};
}

qint64 Plan::totalSize() const
{
    qint64 n = 0;
    for (const PlanItem &i : items)
        n += i.size;
    return n;
}

QByteArray Plan::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("mailtide-hygiene-plan/1"));
    o.insert(QStringLiteral("account"), account);
    o.insert(QStringLiteral("folder"), folder);
    o.insert(QStringLiteral("uidvalidity"), uidValidity);
    o.insert(QStringLiteral("action"), toString(action));
    o.insert(QStringLiteral("destination"), destFolder);
    o.insert(QStringLiteral("criteria"), criteria);
    o.insert(QStringLiteral("created_utc"), createdUtc);
    o.insert(QStringLiteral("count"), qint64(items.size()));
    o.insert(QStringLiteral("total_size"), totalSize());
    QJsonArray a;
    for (const PlanItem &i : items) {
        QJsonObject m;
        m.insert(QStringLiteral("uid"), i.uid);
        m.insert(QStringLiteral("message_id"), i.messageId);
        m.insert(QStringLiteral("from"), i.from);
        m.insert(QStringLiteral("subject"), i.subject);
        m.insert(QStringLiteral("received_utc"), i.receivedUtc);
        m.insert(QStringLiteral("size"), i.size);
        a.append(m);
    }
    o.insert(QStringLiteral("messages"), a);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<Plan> Plan::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return Error{QCoreApplication::translate("Hygiene", "This is not a hygiene plan"), pe.errorString()};
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("mailtide-hygiene-plan/1"))
        return Error{QCoreApplication::translate("Hygiene", "This is not a hygiene plan"), QCoreApplication::translate("Hygiene", "unknown format")};
    Plan p;
    p.account = o.value(QStringLiteral("account")).toString();
    p.folder = o.value(QStringLiteral("folder")).toString();
    p.uidValidity = o.value(QStringLiteral("uidvalidity")).toInteger();
    auto action = actionFromString(o.value(QStringLiteral("action")).toString());
    if (p.account.isEmpty() || p.folder.isEmpty() || p.uidValidity <= 0 || !action)
        return Error{QCoreApplication::translate("Hygiene", "This hygiene plan is incomplete"), QCoreApplication::translate("Hygiene", "it needs account, folder, uidvalidity and action")};
    p.action = *action;
    p.destFolder = o.value(QStringLiteral("destination")).toString();
    p.criteria = o.value(QStringLiteral("criteria")).toString();
    p.createdUtc = o.value(QStringLiteral("created_utc")).toInteger();
    const QJsonArray a = o.value(QStringLiteral("messages")).toArray();
    if (a.size() > kMaxPlanItems)
        return Error{QCoreApplication::translate("Hygiene", "This hygiene plan is too large"), QString::number(a.size())};
    qint64 last = 0;
    for (const QJsonValue &v : a) {
        const QJsonObject m = v.toObject();
        PlanItem i;
        i.uid = m.value(QStringLiteral("uid")).toInteger();
        // UIDs are positive 32-bit numbers (RFC 3501 2.3.1.1); a plan lists each once, ascending.
        if (i.uid <= 0 || i.uid > 0xffffffffLL || i.uid <= last)
            return Error{QCoreApplication::translate("Hygiene", "This hygiene plan lists a bad UID"), QString::number(i.uid)};
        last = i.uid;
        i.messageId = m.value(QStringLiteral("message_id")).toString();
        i.from = m.value(QStringLiteral("from")).toString();
        i.subject = m.value(QStringLiteral("subject")).toString();
        i.receivedUtc = m.value(QStringLiteral("received_utc")).toInteger();
        i.size = m.value(QStringLiteral("size")).toInteger();
        p.items.push_back(i);
    }
    if (o.contains(QStringLiteral("count")) && o.value(QStringLiteral("count")).toInteger() != p.items.size())
        return Error{QCoreApplication::translate("Hygiene", "This hygiene plan's count does not match its message list"), {}};
    return p;
}

Result<Plan> makePlan(store::Store &store, const QString &account, const QString &folder, const Criteria &c, Action action,
                      qint64 nowUtc)
{
    const int set = int(!c.fromAddress.isEmpty()) + int(!c.domain.isEmpty()) + int(!c.listId.isEmpty());
    if (set != 1)
        return Error{QCoreApplication::translate("Hygiene", "A plan selects mail by exactly one of sender, domain or list"), {}};
    auto a = store.imapAccount(account);
    if (!a)
        return a.error();
    auto folders = store.imapFolders(a->id);
    if (!folders)
        return folders.error();
    std::optional<store::ImapFolder> source, dest;
    const QString use = destinationUse(action);
    for (const store::ImapFolder &f : folders.value()) {
        if (f.name == folder)
            source = f;
        if (!use.isEmpty() && f.specialUse == use && !dest)
            dest = f;
    }
    if (!source)
        return Error{QCoreApplication::translate("Hygiene", "No such folder in this account (sync it first)"), folder};
    if (!use.isEmpty() && !dest)
        return Error{QCoreApplication::translate("Hygiene", "This account has no folder for this action"), use};
    if (dest && dest->id == source->id)
        return Error{QCoreApplication::translate("Hygiene", "The messages are already in the folder this action moves them to"), dest->name};
    auto state = store.folderState(source->id);
    if (!state)
        return state.error();
    if (!state->uidValidity)
        return Error{QCoreApplication::translate("Hygiene", "This folder has not been synced yet"), folder};

    store::PlanSelector sel;
    sel.folderId = source->id;
    sel.fromAddress = c.fromAddress;
    sel.domain = c.domain;
    sel.listId = c.listId;
    if (c.olderThanDays)
        sel.receivedBefore = nowUtc - qint64(*c.olderThanDays) * 86400;
    sel.unreadOnly = action == Action::Read;
    store::HygieneStore hs(store.db());
    auto rows = hs.candidates(sel);
    if (!rows)
        return rows.error();

    Plan p;
    p.account = account;
    p.folder = source->name;
    p.uidValidity = *state->uidValidity;
    p.action = action;
    p.destFolder = dest ? dest->name : QString();
    p.createdUtc = nowUtc;
    QStringList words;
    if (!c.fromAddress.isEmpty())
        words << QCoreApplication::translate("Hygiene", "from %1").arg(c.fromAddress);
    if (!c.domain.isEmpty())
        words << QCoreApplication::translate("Hygiene", "domain %1").arg(c.domain);
    if (!c.listId.isEmpty())
        words << QCoreApplication::translate("Hygiene", "list %1").arg(c.listId);
    if (c.olderThanDays)
        words << QCoreApplication::translate("Hygiene", "older than %1 days").arg(*c.olderThanDays);
    p.criteria = words.join(QStringLiteral(", "));
    for (const store::PlanCandidate &r : rows.value())
        p.items.push_back({r.uid, r.messageId, r.fromAddress, r.subject, r.receivedUtc, r.size});
    return p;
}

} // namespace mailtide::hygiene
