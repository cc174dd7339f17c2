#include "imap/Session.h"

#include "imap/Command.h"
#include "imap/Utf7.h"
#include "store/Types.h"
#include "util/Ascii.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTime>

#include <algorithm>

namespace mailtide::imap {

namespace {


bool digits(QByteArrayView v, qsizetype from, qsizetype n, int *out)
{
    int x = 0;
    for (qsizetype i = from; i < from + n; ++i) {
        if (i >= v.size() || v[i] < '0' || v[i] > '9')
            return false;
        x = x * 10 + (v[i] - '0');
    }
    *out = x;
    return true;
}

} // namespace

std::optional<InternalDate> parseInternalDate(QByteArrayView t)
{
    // date-day-fixed "-" date-month "-" date-year SP time SP zone; RFC 3501 writes the day
    // space-padded (" 7-Jul-1996"); some servers drop the pad.
    QByteArrayView v = t;
    while (!v.isEmpty() && v.front() == ' ')
        v = v.sliced(1);
    const qsizetype dash = v.indexOf('-');
    if (dash < 1 || dash > 2)
        return std::nullopt;
    int day = 0, year = 0, hh = 0, mm = 0, ss = 0, zh = 0, zm = 0;
    if (!digits(v, 0, dash, &day) || v.size() < dash + 1 + 3 + 1 + 4 + 1 + 8 + 1 + 5)
        return std::nullopt;
    static const char *const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    int month = 0;
    for (int i = 0; i < 12; ++i)
        if (util::startsWithCaseless(v.sliced(dash + 1, 3), kMonths[i]))
            month = i + 1;
    qsizetype p = dash + 4;
    if (!month || v[p] != '-' || !digits(v, p + 1, 4, &year))
        return std::nullopt;
    p += 5;
    if (v[p] != ' ' || !digits(v, p + 1, 2, &hh) || v[p + 3] != ':' || !digits(v, p + 4, 2, &mm) ||
        v[p + 6] != ':' || !digits(v, p + 7, 2, &ss))
        return std::nullopt;
    p += 9;
    if (v[p] != ' ' || (v[p + 1] != '+' && v[p + 1] != '-') || !digits(v, p + 2, 2, &zh) || !digits(v, p + 4, 2, &zm))
        return std::nullopt;
    const QDate date(year, month, day);
    const QTime time(hh, mm, ss);
    if (!date.isValid() || !time.isValid() || zm > 59)
        return std::nullopt;
    const int offset = (v[p + 1] == '-' ? -1 : 1) * (zh * 3600 + zm * 60);
    const qint64 local = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    return InternalDate{local - offset, offset};
}

int flagsFromList(const Value &list)
{
    int f = 0;
    for (const Value &v : list.list) {
        if (v.isAtom("\\Seen"))
            f |= store::FlagSeen;
        else if (v.isAtom("\\Answered"))
            f |= store::FlagAnswered;
        else if (v.isAtom("\\Flagged"))
            f |= store::FlagFlagged;
        else if (v.isAtom("\\Deleted"))
            f |= store::FlagDeleted;
        else if (v.isAtom("\\Draft"))
            f |= store::FlagDraft;
        else if (v.isAtom("$Forwarded"))
            f |= store::FlagForwarded;
    }
    return f;
}

QString specialUseOf(const QByteArrayList &attributes, const QString &path)
{
    static const char *const kUses[] = {"\\Junk", "\\Trash", "\\Sent", "\\Archive", "\\Drafts"};
    for (const QByteArray &a : attributes)
        for (const char *u : kUses)
            if (a.compare(u, Qt::CaseInsensitive) == 0)
                return QString::fromLatin1(u);
    // RFC 6154 is not offered everywhere: the names providers and clients use.
    const QString leaf = path.section(QLatin1Char('/'), -1).toLower();
    const QString full = path.toLower();
    struct Name { const char *name; const char *use; };
    static const Name kNames[] = {
        {"junk", "\\Junk"}, {"spam", "\\Junk"}, {"junk e-mail", "\\Junk"}, {"junk email", "\\Junk"},
        {"bulk mail", "\\Junk"}, {"courrier indésirable", "\\Junk"}, {"spam-verdacht", "\\Junk"},
        {"trash", "\\Trash"}, {"deleted items", "\\Trash"}, {"deleted messages", "\\Trash"}, {"bin", "\\Trash"},
        {"corbeille", "\\Trash"}, {"papierkorb", "\\Trash"},
        {"sent", "\\Sent"}, {"sent items", "\\Sent"}, {"sent messages", "\\Sent"}, {"sent mail", "\\Sent"},
        {"envoyés", "\\Sent"}, {"gesendet", "\\Sent"},
        {"archive", "\\Archive"}, {"archives", "\\Archive"}, {"all mail", "\\Archive"}, {"archiv", "\\Archive"},
        {"drafts", "\\Drafts"}, {"brouillons", "\\Drafts"}, {"entwürfe", "\\Drafts"},
    };
    // Only top-level folders (or Gmail's "[Gmail]/..."): "Projects/Sent" is the user's own.
    const bool topLevel = !path.contains(QLatin1Char('/')) || full.startsWith(QLatin1String("[gmail]/")) ||
                          full.startsWith(QLatin1String("[google mail]/")) || full.startsWith(QLatin1String("inbox/"));
    if (!topLevel)
        return {};
    for (const Name &n : kNames)
        if (leaf == QString::fromUtf8(n.name))
            return QString::fromLatin1(n.use);
    return {};
}

std::optional<MailboxInfo> mailboxFromList(const Response &r)
{
    if (r.name != "LIST" || r.data.size() < 3 || !r.data[0].isList())
        return std::nullopt;
    MailboxInfo m;
    for (const Value &a : r.data[0].list)
        m.attributes << a.bytes;
    const QByteArray delim = r.data[1].isNil() ? QByteArray() : r.data[1].text();
    m.serverName = r.data[2].text();
    for (const QByteArray &a : std::as_const(m.attributes))
        if (a.compare("\\Noselect", Qt::CaseInsensitive) == 0 || a.compare("\\NonExistent", Qt::CaseInsensitive) == 0)
            m.selectable = false;
    QString path = decodeMailboxName(m.serverName);
    if (delim.size() == 1 && delim != "/")
        path.replace(QLatin1Char(delim[0]), QLatin1Char('/'));
    // INBOX is case-insensitive (RFC 3501 5.1): one spelling in the store.
    if (path.compare(QLatin1String("inbox"), Qt::CaseInsensitive) == 0)
        path = QStringLiteral("INBOX");
    m.path = path;
    m.specialUse = specialUseOf(m.attributes, path);
    return m;
}

Result<Capabilities> Session::capability()
{
    Capabilities caps;
    Status s = m_c.runOk("CAPABILITY", [&](Response &&r) -> Status {
        if (r.name == "CAPABILITY")
            for (const Value &v : r.data)
                caps.names.insert(v.text().toUpper());
        return {};
    });
    if (!s)
        return s.error();
    return caps;
}

Result<QSet<QByteArray>> Session::enable(const QByteArray &names)
{
    QSet<QByteArray> on;
    Status s = m_c.runOk(QByteArray("ENABLE " + names), [&](Response &&r) -> Status {
        if (r.name == "ENABLED")
            for (const Value &v : r.data)
                on.insert(v.text().toUpper());
        return {};
    });
    if (!s)
        return s.error();
    return on;
}

Result<QVector<MailboxInfo>> Session::list()
{
    QVector<MailboxInfo> out;
    Status s = m_c.runOk("LIST \"\" \"*\"", [&](Response &&r) -> Status {
        if (auto m = mailboxFromList(r))
            out.push_back(std::move(*m));
        return {};
    });
    if (!s)
        return s.error();
    return out;
}

Result<FolderStatus> Session::examine(const QByteArray &serverName, bool condstore)
{
    return open("EXAMINE ", serverName, condstore);
}

Result<FolderStatus> Session::select(const QByteArray &serverName)
{
    return open("SELECT ", serverName, false);
}

Result<FolderStatus> Session::open(const char *verb, const QByteArray &serverName, bool condstore)
{
    FolderStatus st;
    auto fromCode = [&](const Response &r) {
        if (r.code.size() >= 2 && r.code[1].isNumber()) {
            if (r.code[0].isAtom("UIDVALIDITY"))
                st.uidValidity = r.code[1].number;
            else if (r.code[0].isAtom("UIDNEXT"))
                st.uidNext = r.code[1].number;
            else if (r.code[0].isAtom("HIGHESTMODSEQ"))
                st.highestModSeq = r.code[1].number;
        }
    };
    Response tagged;
    QByteArray cmd = verb + astring(serverName);
    if (condstore)
        cmd += " (CONDSTORE)";
    Status s = m_c.runOk(cmd, [&](Response &&r) -> Status {
        if (r.number && r.name == "EXISTS")
            st.exists = *r.number;
        fromCode(r);
        return {};
    }, &tagged);
    if (!s)
        return s.error();
    fromCode(tagged);
    if (!st.uidValidity)
        return Error{QCoreApplication::translate("Imap", "The server gave no UIDVALIDITY for a folder"), QString::fromUtf8(serverName)};
    return st;
}

Result<QVector<quint64>> Session::uidSearchAll()
{
    return uidSearch("ALL");
}

Result<QVector<quint64>> Session::uidSearch(const QByteArray &criteria)
{
    QVector<quint64> uids;
    Status s = m_c.runOk(QByteArray("UID SEARCH " + criteria), [&](Response &&r) -> Status {
        if (r.name == "SEARCH")
            for (const Value &v : r.data)
                if (v.isNumber())
                    uids.push_back(v.number);
        return {};
    });
    if (!s)
        return s.error();
    std::sort(uids.begin(), uids.end());
    uids.erase(std::unique(uids.begin(), uids.end()), uids.end());
    return uids;
}

Status Session::uidFetch(const QByteArray &set, const QByteArray &items, const Connection::UntaggedFn &perMessage,
                         const QByteArray &modifiers)
{
    QByteArray cmd = "UID FETCH " + set + " (" + items + ')';
    if (!modifiers.isEmpty())
        cmd += " (" + modifiers + ')';
    return m_c.runOk(cmd, [&](Response &&r) -> Status {
        if (r.name == "FETCH")
            return perMessage(std::move(r));
        return {};
    });
}

Status Session::uidFetchEach(const QList<QByteArray> &sets, const QByteArray &items,
                             const Connection::UntaggedFn &perMessage, const std::function<Status(qsizetype)> &done)
{
    const auto command = [&](qsizetype i) -> QByteArray { return "UID FETCH " + sets[i] + " (" + items + ')'; };
    const auto onUntagged = [&](Response &&r) -> Status {
        if (r.name == "FETCH")
            return perMessage(std::move(r));
        return {};
    };
    if (sets.isEmpty())
        return {};
    auto tag = m_c.send(command(0));
    if (!tag)
        return tag.error();
    QByteArray current = tag.value();
    for (qsizetype i = 0; i < sets.size(); ++i) {
        const bool more = i + 1 < sets.size();
        QByteArray next;
        if (more) {
            auto t = m_c.send(command(i + 1));
            if (!t)
                return t.error();
            next = t.value();
        }
        auto r = m_c.finish(current, onUntagged);
        Status st = !r                                    ? Status(r.error())
                    : r->status != Response::Status::Ok ? Status(m_c.refusal(command(i), r.value()))
                                                          : done(i);
        if (!st) {
            if (more)
                m_c.close();
            return st;
        }
        current = next;
    }
    return {};
}

QByteArray compactSet(const QVector<quint64> &v)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size();) {
        qsizetype j = i;
        while (j + 1 < v.size() && v[j + 1] == v[j] + 1)
            ++j;
        if (!out.isEmpty())
            out += ',';
        out += QByteArray::number(v[i]);
        if (j > i)
            out += ':' + QByteArray::number(v[j]);
        i = j + 1;
    }
    return out;
}

} // namespace mailtide::imap
