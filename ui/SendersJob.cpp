#include "SendersJob.h"

#include "store/HygieneStore.h"
#include "store/SenderReader.h"
#include "store/Store.h"

#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace mailtide::ui {

SendersJob::SendersJob(Request request, QObject *parent) : QObject(parent), m_request(std::move(request)) {}

void SendersJob::run()
{
    auto answer = compute();
    if (!answer) {
        Q_EMIT failed(answer.error().toString(), m_cancel.load());
        return;
    }
    Q_EMIT finished(answer.value());
}

Result<SendersAnswer> SendersJob::compute()
{
    const Request &r = m_request;
    if (r.kind == Kind::Pdf)
        return writePdf();
    // Opening a missing file would create an empty profile: say so instead.
    if (!QFileInfo::exists(r.dbPath))
        return Error{tr("No profile at this path"), r.dbPath};
    auto st = store::Store::open(r.dbPath);
    if (!st)
        return st.error();
    store::Store &s = *st.value();
    store::Database &db = s.db();
    SendersAnswer a;
    switch (r.kind) {
    case Kind::Groups: {
        auto g = senders::aggregateSenders(db, r.filter, r.by, &m_cancel);
        if (!g)
            return g.error();
        a.groups = std::move(g.value());
        break;
    }
    case Kind::Campaigns: {
        auto c = senders::botnetCampaigns(db, r.filter, r.minIps, &m_cancel);
        if (!c)
            return c.error();
        a.campaigns = std::move(c.value());
        break;
    }
    case Kind::Messages: {
        auto ids = senders::messagesOf(db, r.filter, r.by, r.key, r.idLimit, &m_cancel);
        if (!ids)
            return ids.error();
        a.ids = std::move(ids.value());
        auto rows = s.messageRowsById(a.ids.mid(0, r.listLimit));
        if (!rows)
            return rows.error();
        a.rows = std::move(rows.value());
        break;
    }
    case Kind::Evidence: {
        auto items = store::SenderReader(db).itemsOf(r.messageId);
        if (!items)
            return items.error();
        if (items->isEmpty())
            break;
        QJsonParseError pe{};
        const QJsonDocument doc = QJsonDocument::fromJson(items->toUtf8(), &pe);
        if (!doc.isArray())
            return Error{tr("The stored evidence of this message is not readable"), pe.errorString()};
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            a.evidence << o.value(QStringLiteral("text")).toString();
            a.evidenceIds << o.value(QStringLiteral("id")).toString();
        }
        break;
    }
    case Kind::Pdf: break; // above
    case Kind::AlwaysSpam: {
        if (r.by == senders::GroupBy::Network)
            return Error{tr("A rule can name a sender address or a domain, not a network"), r.key};
        if (r.key.isEmpty() || r.key == QLatin1String("(none)"))
            return Error{tr("This row has no sender to make a rule for"), r.key};
        // The accounts that received this sender's mail under the shown filter.
        auto ids = senders::messagesOf(db, r.filter, r.by, r.key, r.idLimit, &m_cancel);
        if (!ids)
            return ids.error();
        auto rows = s.messageRowsById(ids.value());
        if (!rows)
            return rows.error();
        auto folders = s.folders(0);
        if (!folders)
            return folders.error();
        QHash<qint64, qint64> accountOfFolder;
        for (const auto &f : folders.value())
            accountOfFolder.insert(f.id, f.accountId);
        QSet<qint64> accountIds;
        for (const auto &m : rows.value())
            if (accountOfFolder.contains(m.folderId))
                accountIds.insert(accountOfFolder.value(m.folderId));
        if (accountIds.isEmpty())
            return Error{tr("No message of this sender is listed with these filters"), r.key};
        auto accounts = s.accounts();
        if (!accounts)
            return accounts.error();
        QHash<qint64, QString> names;
        for (const auto &acc : accounts.value())
            names.insert(acc.id, acc.name);
        const QString kind = r.by == senders::GroupBy::Address ? QStringLiteral("address") : QStringLiteral("domain");
        store::HygieneStore hs(db);
        QStringList added, already;
        QList<qint64> sorted(accountIds.begin(), accountIds.end());
        std::sort(sorted.begin(), sorted.end());
        store::Transaction tx(db);
        if (!tx.begun())
            return Error{tr("Could not start writing the rule"), r.dbPath};
        for (qint64 accountId : sorted) {
            auto existing = hs.rules(accountId);
            if (!existing)
                return existing.error();
            bool have = false;
            for (const auto &rule : existing.value())
                have = have || (rule.enabled && rule.action == QLatin1String("junk") && rule.matchKind == kind
                                && rule.matchValue.compare(r.key, Qt::CaseInsensitive) == 0);
            const QString name = names.value(accountId, QString::number(accountId));
            if (have) {
                already << name;
                continue;
            }
            store::HygieneRule rule;
            rule.accountId = accountId;
            rule.matchKind = kind;
            rule.matchValue = r.key;
            rule.action = QStringLiteral("junk");
            rule.enabled = true;
            auto id = hs.addRule(rule);
            if (!id)
                return id.error();
            added << name;
            ++a.rulesAdded;
        }
        if (!tx.commit())
            return Error{tr("Could not save the rule"), r.dbPath};
        QStringList said;
        if (!added.isEmpty())
            said << tr("From now on, mail from %1 goes to Junk in %2 (a hygiene rule, applied when the account syncs).")
                        .arg(r.key, added.join(QStringLiteral(", ")));
        if (!already.isEmpty())
            said << tr("%1 already had a rule sending %2 to Junk.").arg(already.join(QStringLiteral(", ")), r.key);
        a.message = said.join(QLatin1Char(' '));
        break;
    }
    }
    return a;
}

Result<SendersAnswer> SendersJob::writePdf()
{
    const Request &r = m_request;
    // QTextDocument and QPdfWriter paint without a screen: safe off the GUI thread (a
    // thousand-row table takes seconds to lay out on a loaded machine).
    QSaveFile file(r.path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Could not write the PDF file"), r.path + QStringLiteral(": ") + file.errorString()};
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("Suspicious senders"));
        writer.setCreator(QStringLiteral("Mailtide"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(150);
        QTextDocument doc;
        doc.setHtml(r.html);
        doc.print(&writer);
    }
    if (m_cancel)
        return Error{tr("cancelled"), {}};
    if (!file.commit())
        return Error{tr("Could not write the PDF file"), r.path + QStringLiteral(": ") + file.errorString()};
    SendersAnswer a;
    a.message = r.path;
    return a;
}

} // namespace mailtide::ui
