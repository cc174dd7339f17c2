// scanMailbox(): the IMAP half of selfcheck/MailboxScan.h. Read-only by construction: the only
// commands sent are LIST, EXAMINE, UID SEARCH and UID FETCH of INTERNALDATE, RFC822.SIZE,
// BODYSTRUCTURE and BODY.PEEK[...] — nothing that sets a flag or changes a folder.
#include "selfcheck/MailboxScan.h"

#include "imap/Command.h"
#include "imap/Session.h"
#include "mime/MessageHeaders.h"
#include "mime/Received.h"
#include "senders/Evidence.h"
#include "store/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace mailtide::selfcheck {

namespace {

constexpr qsizetype kHeaderChunk = 500;     ///< UIDs per header FETCH
constexpr qint64 kBodyChunkBytes = 8 << 20; ///< whole messages per FETCH, by their sizes
constexpr int kBodyChunkMessages = 25;
constexpr qsizetype kMaxUidsPerFolder = 50000; ///< the newest, in the window; more: a problem line
constexpr int kMaxHeaderFields = 300;

struct Field
{
    QByteArray name; ///< lower case
    QByteArray value; ///< unfolded
};

/** The header fields of a header block, unfolded (RFC 5322 2.2.3), at most kMaxHeaderFields,
 *  within mime::kMaxHeaderBytes. */
QList<Field> headerFields(QByteArrayView raw)
{
    const QByteArrayView block = mime::headerBlock(raw);
    QList<Field> out;
    qsizetype i = 0;
    while (i < block.size() && out.size() < kMaxHeaderFields) {
        qsizetype end = block.indexOf('\n', i);
        if (end < 0)
            end = block.size();
        QByteArrayView line = block.sliced(i, end - i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t')) {
            if (!out.isEmpty())
                out.last().value += ' ' + line.trimmed().toByteArray();
        } else if (const qsizetype colon = line.indexOf(':'); colon > 0) {
            out.append({line.first(colon).trimmed().toByteArray().toLower(), line.sliced(colon + 1).trimmed().toByteArray()});
        }
        i = end + 1;
    }
    return out;
}

/** DKIM-Signature tags (RFC 6376 3.2): "d" and "s", whitespace removed. */
QHash<QByteArray, QByteArray> dkimTags(const QByteArray &value)
{
    QHash<QByteArray, QByteArray> tags;
    for (const QByteArray &part : value.split(';')) {
        const qsizetype eq = part.indexOf('=');
        if (eq <= 0)
            continue;
        QByteArray v = part.mid(eq + 1);
        v.replace(' ', QByteArray()).replace('\t', QByteArray());
        tags.insert(part.left(eq).trimmed().toLower(), v);
    }
    return tags;
}

bool inDomain(const QString &name, const QString &domain)
{
    const QString n = name.toLower();
    return !domain.isEmpty() && (n == domain || n.endsWith(QLatin1Char('.') + domain));
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

/** An address mail really comes from on the Internet: public, or a documentation range (RFC 5737,
 *  RFC 3849), which only tests write and which is nobody's private network. */
bool outsideIp(const QString &ip)
{
    const senders::IpKind k = senders::classifyIp(ip);
    if (k == senders::IpKind::Public)
        return true;
    if (k != senders::IpKind::Reserved)
        return false;
    return ip.startsWith(QLatin1String("192.0.2.")) || ip.startsWith(QLatin1String("198.51.100.")) ||
           ip.startsWith(QLatin1String("203.0.113.")) || ip.startsWith(QLatin1String("2001:db8:"));
}

QString normalizedId(QString id)
{
    id = id.trimmed();
    if (id.startsWith(QLatin1Char('<')))
        id.remove(0, 1);
    if (id.endsWith(QLatin1Char('>')))
        id.chop(1);
    return id.trimmed().toLower();
}

/** The value of the first FETCH item whose name starts with prefix ("BODY[" matches
 *  "BODY[HEADER.FIELDS (FROM)]" and "BODY[]<0>"). */
const imap::Value *itemStartingWith(const imap::Response &r, const char *prefix)
{
    if (r.name != "FETCH" || r.data.isEmpty() || !r.data[0].isList())
        return nullptr;
    const QVector<imap::Value> &items = r.data[0].list;
    for (qsizetype i = 0; i + 1 < items.size(); i += 2)
        if (items[i].kind == imap::Value::Kind::Atom && items[i].bytes.toUpper().startsWith(prefix))
            return &items[i + 1];
    return nullptr;
}

std::optional<quint64> uidOf(const imap::Response &r)
{
    const imap::Value *v = r.fetchItem("UID");
    if (!v || !v->isNumber())
        return std::nullopt;
    return v->number;
}

qint64 internalDateOf(const imap::Response &r)
{
    if (const imap::Value *v = r.fetchItem("INTERNALDATE"); v && v->isString())
        if (auto d = imap::parseInternalDate(v->bytes))
            return d->utc;
    return 0;
}

/** What a BODYSTRUCTURE (RFC 3501 7.4.2) shows that makes a message worth reading whole: its
 *  "type/subtype"s and the names of its parts, lower case. Bounded by the parser's depth limit. */
void structureFacts(const imap::Value &v, QStringList *types, QStringList *names, int depth = 0)
{
    if (!v.isList() || depth > 32)
        return;
    const QVector<imap::Value> &l = v.list;
    if (!l.isEmpty() && l[0].isList()) { // multipart: parts, then the subtype
        qsizetype i = 0;
        while (i < l.size() && l[i].isList())
            structureFacts(l[i++], types, names, depth + 1);
        if (i < l.size() && l[i].isString())
            *types << QStringLiteral("multipart/") + QString::fromLatin1(l[i].bytes).toLower();
        for (; i < l.size(); ++i)
            if (l[i].isList())
                for (const imap::Value &p : l[i].list)
                    if (p.isString())
                        *names << QString::fromUtf8(p.bytes).toLower();
        return;
    }
    if (l.size() >= 2 && l[0].isString() && l[1].isString())
        *types << QString::fromLatin1(l[0].bytes + '/' + l[1].bytes).toLower();
    // Parameters (2), disposition and its parameters (8 or 9 in extension data): any string
    // in a list is taken as a possible file name.
    for (qsizetype i = 2; i < l.size(); ++i) {
        if (!l[i].isList())
            continue;
        if (l[i].list.size() >= 1 && l[i].list[0].isList())
            structureFacts(l[i], types, names, depth + 1); // message/rfc822's body structure
        for (const imap::Value &p : l[i].list) {
            if (p.isString())
                *names << QString::fromUtf8(p.bytes).toLower();
            else if (p.isList())
                for (const imap::Value &q : p.list)
                    if (q.isString())
                        *names << QString::fromUtf8(q.bytes).toLower();
        }
    }
}

bool worthReading(const imap::Value *structure, const mime::MessageHeaders &h)
{
    QStringList types, names;
    if (structure)
        structureFacts(*structure, &types, &names);
    static const QStringList kTypes{QStringLiteral("multipart/report"), QStringLiteral("message/delivery-status"),
                                    QStringLiteral("message/feedback-report"), QStringLiteral("application/zip"),
                                    QStringLiteral("application/gzip"), QStringLiteral("application/x-gzip"),
                                    QStringLiteral("application/x-zip-compressed"), QStringLiteral("application/x-zip"),
                                    QStringLiteral("text/xml"), QStringLiteral("application/xml")};
    for (const QString &t : types)
        if (kTypes.contains(t))
            return true;
    for (const QString &n : names)
        if (n.endsWith(QLatin1String(".zip")) || n.endsWith(QLatin1String(".gz")) || n.endsWith(QLatin1String(".xml")))
            return true;
    const QString from = h.from.address.toLower();
    const QString local = from.section(QLatin1Char('@'), 0, 0);
    if (local == QLatin1String("mailer-daemon") || local == QLatin1String("postmaster"))
        return true;
    const QString subject = h.subject.toLower();
    static const char *const kSubjects[] = {"undeliver", "delivery status notification", "failure notice", "returned mail",
                                            "mail delivery failed", "delivery failure", "report domain:", "abuse report"};
    for (const char *s : kSubjects)
        if (subject.contains(QLatin1String(s)))
            return true;
    return false;
}

QByteArray imapDate(qint64 utc)
{
    static const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDate d = QDateTime::fromSecsSinceEpoch(utc, Qt::UTC).date();
    return QByteArray::number(d.day()) + '-' + kMonths[d.month() - 1] + '-' + QByteArray::number(d.year());
}

struct FolderToScan
{
    QByteArray serverName;
    QString path;
    QString use;
};

class Scan
{
public:
    Scan(imap::Connection &c, const MailboxScanOptions &o) : m_c(c), m_session(c), m_o(o) {}

    Result<MailboxFindings> run(store::Store &store, qint64 accountId);

private:
    bool cancelled() const { return m_o.cancel && m_o.cancel->load(); }
    Error cancelError() const
    {
        return Error{QCoreApplication::translate("SelfCheck", "The mailbox scan was cancelled"), {}};
    }
    void progress(qint64 done, qint64 total, const QString &what) const
    {
        if (m_o.progress)
            m_o.progress(done, total, what);
    }
    /** A failure of the connection ends the scan; a refusal (NO/BAD) of one command is a problem line. */
    Status checked(Status s, const QString &what);
    Result<QVector<quint64>> uidsInWindow(const FolderToScan &f);
    Status readSent(const FolderToScan &f);
    Status readReports(const FolderToScan &f);
    void takeMessage(const FolderToScan &f, quint64 uid, qint64 arrived, const QByteArray &raw);

    imap::Connection &m_c;
    imap::Session m_session;
    const MailboxScanOptions &m_o;
    MailboxFindings m_f;
    QSet<QString> m_sentIds;
    QString m_domain;
};

Status Scan::checked(Status s, const QString &what)
{
    if (s)
        return s;
    if (!m_c.isOpen())
        return cancelled() ? Status(cancelError()) : s;
    m_f.problems << QStringLiteral("%1: %2").arg(what, s.error().toString());
    return {};
}

Result<QVector<quint64>> Scan::uidsInWindow(const FolderToScan &f)
{
    auto st = m_session.examine(f.serverName, false);
    if (!st)
        return st.error();
    if (st->exists == 0)
        return QVector<quint64>{};
    // SEARCH SINCE compares dates in the server's zone: a day early, then INTERNALDATE decides.
    auto uids = m_session.uidSearch("SINCE " + imapDate(m_f.windowStartUtc - 86400));
    if (!uids)
        return uids.error();
    if (uids->size() > kMaxUidsPerFolder) {
        m_f.problems << QCoreApplication::translate("SelfCheck", "%1: %2 messages in the window; only the newest %3 were read")
                            .arg(f.path)
                            .arg(uids->size())
                            .arg(kMaxUidsPerFolder);
        uids->remove(0, uids->size() - kMaxUidsPerFolder);
    }
    return uids;
}

Status Scan::readSent(const FolderToScan &f)
{
    progress(0, 0, QCoreApplication::translate("SelfCheck", "Reading %1").arg(f.path));
    auto uids = uidsInWindow(f);
    if (!uids)
        return checked(uids.error(), f.path);
    QList<qint64> times;
    QHash<QString, int> ips;
    QHash<QPair<QString, QString>, int> selectors;
    for (qsizetype i = 0; i < uids->size(); i += kHeaderChunk) {
        if (cancelled())
            return cancelError();
        const QVector<quint64> chunk = uids->mid(i, kHeaderChunk);
        Status s = m_session.uidFetch(imap::compactSet(chunk),
                                      "UID INTERNALDATE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID DATE FROM DKIM-SIGNATURE RECEIVED)]",
                                      [&](imap::Response &&r) -> Status {
                                          const qint64 arrived = internalDateOf(r);
                                          if (arrived < m_f.windowStartUtc || arrived > m_f.windowEndUtc)
                                              return {};
                                          const imap::Value *h = itemStartingWith(r, "BODY[");
                                          const QByteArray raw = h ? h->bytes : QByteArray();
                                          times << arrived;
                                          const mime::MessageHeaders mh = mime::parseHeaders(raw);
                                          if (!mh.messageId.isEmpty())
                                              m_sentIds.insert(normalizedId(mh.messageId));
                                          QSet<QPair<QString, QString>> seen;
                                          QList<mime::ReceivedHop> hops;
                                          for (const Field &fld : headerFields(raw)) {
                                              if (fld.name == "dkim-signature") {
                                                  const auto tags = dkimTags(fld.value);
                                                  const QString d = QString::fromLatin1(tags.value("d")).toLower();
                                                  const QString sel = QString::fromLatin1(tags.value("s"));
                                                  if (!sel.isEmpty() && sel.size() <= 63 && inDomain(d, m_domain) && !seen.contains({sel, d})) {
                                                      seen.insert({sel, d});
                                                      ++selectors[{sel, d}];
                                                  }
                                              } else if (fld.name == "received") {
                                                  hops << mime::parseReceived(fld.value);
                                              }
                                          }
                                          // The bottom-most hop from an outside address: where the
                                          // mail left the user's side (the provider's outbound host).
                                          for (qsizetype k = hops.size() - 1; k >= 0; --k)
                                              if (!hops[k].ip.isEmpty() && outsideIp(hops[k].ip)) {
                                                  ++ips[hops[k].ip];
                                                  break;
                                              }
                                          return {};
                                      });
        if (Status c = checked(s, f.path); !c)
            return c;
        progress(i + chunk.size(), uids->size(), QCoreApplication::translate("SelfCheck", "Reading %1").arg(f.path));
    }
    m_f.sentMessages = times.size();
    std::sort(times.begin(), times.end());
    m_f.sentPerDay = perDay(times, m_o.zone);
    m_f.spikes = detectSpikes(m_f.sentPerDay);
    m_f.outboundIps = rankedIpUses(ips);
    for (auto it = selectors.begin(); it != selectors.end(); ++it)
        m_f.dkimSelectors.append({it.key().first, it.key().second, it.value()});
    std::sort(m_f.dkimSelectors.begin(), m_f.dkimSelectors.end(), [](const SelectorUse &a, const SelectorUse &b) {
        return a.messages != b.messages ? a.messages > b.messages : a.selector < b.selector;
    });
    return {};
}

void Scan::takeMessage(const FolderToScan &f, quint64 uid, qint64 arrived, const QByteArray &raw)
{
    if (auto report = parseMailReport(raw)) {
        FoundReport found{*report, f.path, uid, arrived, false};
        const QString id = normalizedId(report->originalMessageId);
        const QString fromDomain = domainOf(report->originalFrom);
        const QString mailFromDomain = domainOf(report->originalMailFrom);
        if (!id.isEmpty() && m_sentIds.contains(id)) {
            found.ourMail = true;
        } else if (!inDomain(fromDomain, m_domain) && !inDomain(mailFromDomain, m_domain)) {
            // Not about mail in the user's domain (another address of theirs, a list they are
            // on): neither theirs nor a forgery of it.
            if (id.isEmpty() && fromDomain.isEmpty() && mailFromDomain.isEmpty())
                m_f.problems << QCoreApplication::translate("SelfCheck", "%1 UID %2: a %3 that does not say which message it is about")
                                    .arg(f.path)
                                    .arg(uid)
                                    .arg(toString(report->kind));
            return;
        }
        m_f.reports << found;
        return;
    }
    const DmarcInMessage dm = dmarcReportsIn(raw);
    for (const QString &p : dm.problems)
        m_f.problems << QStringLiteral("%1 UID %2: %3").arg(f.path).arg(uid).arg(p);
    for (const DmarcAggregateReport &r : dm.reports) {
        if (inDomain(r.domain, m_domain))
            m_f.dmarc << r;
        else
            m_f.problems << QCoreApplication::translate("SelfCheck", "%1 UID %2: a DMARC report for %3, not %4: skipped")
                                .arg(f.path)
                                .arg(uid)
                                .arg(r.domain, m_domain);
    }
}

Status Scan::readReports(const FolderToScan &f)
{
    auto uids = uidsInWindow(f);
    if (!uids)
        return checked(uids.error(), f.path);
    struct Candidate
    {
        quint64 uid;
        qint64 size;
        qint64 arrived;
    };
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < uids->size(); i += kHeaderChunk) {
        if (cancelled())
            return cancelError();
        const QVector<quint64> chunk = uids->mid(i, kHeaderChunk);
        Status s = m_session.uidFetch(imap::compactSet(chunk),
                                      "UID INTERNALDATE RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (FROM SUBJECT)]",
                                      [&](imap::Response &&r) -> Status {
                                          const auto uid = uidOf(r);
                                          const qint64 arrived = internalDateOf(r);
                                          if (!uid || arrived < m_f.windowStartUtc || arrived > m_f.windowEndUtc)
                                              return {};
                                          const imap::Value *h = itemStartingWith(r, "BODY[");
                                          const mime::MessageHeaders mh = mime::parseHeaders(h ? QByteArrayView(h->bytes) : QByteArrayView());
                                          if (!worthReading(r.fetchItem("BODYSTRUCTURE"), mh))
                                              return {};
                                          const imap::Value *size = r.fetchItem("RFC822.SIZE");
                                          candidates.append(Candidate{*uid, size && size->isNumber() ? qint64(size->number) : 0, arrived});
                                          return {};
                                      });
        if (Status c = checked(s, f.path); !c)
            return c;
    }
    if (candidates.size() > m_o.maxCandidatesPerFolder) {
        m_f.problems << QCoreApplication::translate("SelfCheck", "%1: %2 possible reports; only the newest %3 were read")
                            .arg(f.path)
                            .arg(candidates.size())
                            .arg(m_o.maxCandidatesPerFolder);
        candidates.remove(0, candidates.size() - m_o.maxCandidatesPerFolder);
    }
    // Whole messages, bounded: a message over the limit is named, not read.
    QList<QList<Candidate>> batches;
    qint64 bytes = 0;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.size > m_o.maxMessageBytes) {
            m_f.problems << QCoreApplication::translate("SelfCheck", "%1 UID %2: %3 bytes, over the limit of %4 bytes: not read")
                                .arg(f.path)
                                .arg(c.uid)
                                .arg(c.size)
                                .arg(m_o.maxMessageBytes);
            continue;
        }
        if (batches.isEmpty() || batches.last().size() >= kBodyChunkMessages || bytes + c.size > kBodyChunkBytes) {
            batches.append(QList<Candidate>{});
            bytes = 0;
        }
        batches.last().append(c);
        bytes += c.size;
    }
    const QString what = QCoreApplication::translate("SelfCheck", "Looking for reports in %1").arg(f.path);
    qint64 done = 0;
    progress(0, candidates.size(), what);
    const QByteArray max = QByteArray::number(std::max<qsizetype>(1, m_o.maxMessageBytes));
    for (const QList<Candidate> &batch : std::as_const(batches)) {
        if (cancelled())
            return cancelError();
        QVector<quint64> set;
        QHash<quint64, qint64> arrivedOf;
        for (const Candidate &c : batch) {
            set << c.uid;
            arrivedOf.insert(c.uid, c.arrived);
        }
        Status s = m_session.uidFetch(imap::compactSet(set), "UID BODY.PEEK[]<0." + max + '>', [&](imap::Response &&r) -> Status {
            const auto uid = uidOf(r);
            const imap::Value *body = r.fetchItem("BODY[]<0>");
            if (!body)
                body = r.fetchItem("BODY[]");
            if (!uid || !body || !arrivedOf.contains(*uid))
                return {};
            takeMessage(f, *uid, arrivedOf.value(*uid), body->bytes);
            return {};
        });
        if (Status c = checked(s, f.path); !c)
            return c;
        done += batch.size();
        progress(done, candidates.size(), what);
    }
    return {};
}

Result<MailboxFindings> Scan::run(store::Store &store, qint64 accountId)
{
    m_domain = m_o.domain.trimmed().toLower();
    if (m_domain.endsWith(QLatin1Char('.')))
        m_domain.chop(1);
    const qint64 now = m_o.clock ? m_o.clock() : QDateTime::currentSecsSinceEpoch();
    m_f.windowEndUtc = now;
    m_f.windowStartUtc = now - qint64(std::max(1, m_o.days)) * 86400;
    if (auto accounts = store.accounts())
        for (const store::AccountInfo &a : accounts.value())
            if (a.id == accountId)
                m_f.account = a.name;

    // The folders as the server has them now; their use as the store knows it (the user's choice
    // kept by a sync), else as the server or the name says.
    QHash<QString, QString> storedUse;
    if (auto stored = store.imapFolders(accountId))
        for (const store::ImapFolder &f : stored.value())
            storedUse.insert(f.name, f.specialUse);
    auto listed = m_session.list();
    if (!listed)
        return cancelled() ? cancelError() : listed.error();
    QList<FolderToScan> folders;
    for (const imap::MailboxInfo &m : listed.value())
        if (m.selectable)
            folders.append(FolderToScan{m.serverName, m.path, storedUse.contains(m.path) ? storedUse.value(m.path) : m.specialUse});
    const auto sent = std::find_if(folders.begin(), folders.end(), [](const FolderToScan &f) { return f.use == QLatin1String("\\Sent"); });
    if (sent != folders.end()) {
        m_f.sentFolder = sent->path;
        m_f.foldersScanned << sent->path;
        if (Status s = readSent(*sent); !s)
            return s.error();
    }
    int index = 0;
    for (const FolderToScan &f : std::as_const(folders)) {
        ++index;
        if (f.use == QLatin1String("\\Sent") || f.use == QLatin1String("\\Trash") || f.use == QLatin1String("\\Drafts"))
            continue;
        if (cancelled())
            return cancelError();
        progress(index, folders.size(), QCoreApplication::translate("SelfCheck", "Looking for reports in %1").arg(f.path));
        m_f.foldersScanned << f.path;
        if (Status s = readReports(f); !s)
            return s.error();
    }
    if (cancelled())
        return cancelError();
    std::sort(m_f.reports.begin(), m_f.reports.end(), [](const FoundReport &a, const FoundReport &b) {
        return a.arrivedUtc != b.arrivedUtc ? a.arrivedUtc < b.arrivedUtc : a.uid < b.uid;
    });
    return m_f;
}

} // namespace

Result<MailboxFindings> scanMailbox(imap::Connection &connection, store::Store &store, qint64 accountId,
                                    const MailboxScanOptions &options)
{
    // The scan's cancel flag is the connection's while it runs (a cancel then also ends a wait
    // for the server); the caller's own flag is put back after.
    const std::atomic_bool *previous = connection.cancelFlag();
    if (options.cancel)
        connection.setCancelFlag(options.cancel);
    Scan scan(connection, options);
    auto result = scan.run(store, accountId);
    connection.setCancelFlag(previous);
    return result;
}

} // namespace mailtide::selfcheck
