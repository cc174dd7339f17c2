#include "store/Store.h"

#include "store/SenderReader.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mailtide::store {

QString toString(ReceivedSource s)
{
    switch (s) {
    case ReceivedSource::InternalDate: return QStringLiteral("internaldate");
    case ReceivedSource::Received: return QStringLiteral("received");
    case ReceivedSource::Date: return QStringLiteral("date");
    case ReceivedSource::File: return QStringLiteral("file");
    }
    return QStringLiteral("file");
}

std::optional<ReceivedSource> receivedSourceFromString(const QString &s)
{
    for (auto v : {ReceivedSource::InternalDate, ReceivedSource::Received, ReceivedSource::Date,
                   ReceivedSource::File})
        if (toString(v) == s)
            return v;
    return std::nullopt;
}

Store::Store(std::unique_ptr<Database> db) : m_db(std::move(db))
{
}

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    auto db = Database::open(path);
    if (!db)
        return db.error();
    return std::make_unique<Store>(std::move(db.value()));
}

Result<qint64> Store::ensureLocalAccount(const QString &name, const QString &source)
{
    if (auto existing = account(name)) {
        if (existing->kind != QLatin1String("local"))
            return Error{QCoreApplication::translate("Store", "An IMAP account with this name already exists"),
                         name};
        return existing->id;
    }
    auto st = m_db->prepare("INSERT INTO accounts (name, kind, read_only, source, created_utc) "
                            "VALUES (?1, 'local', 1, ?2, ?3)");
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, source).bind(3, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db->lastInsertId();
}

std::optional<AccountInfo> Store::account(const QString &name)
{
    auto all = accounts();
    if (!all)
        return std::nullopt;
    for (const auto &a : all.value())
        if (a.name == name)
            return a;
    return std::nullopt;
}

Result<QVector<AccountInfo>> Store::accounts()
{
    auto st = m_db->prepare("SELECT a.id, a.name, a.kind, a.read_only, a.source, "
                            "(SELECT COUNT(*) FROM messages m WHERE m.account_id = a.id), "
                            "a.host, a.port, a.username, "
                            "COALESCE(a.password_command, '') <> '' OR COALESCE(a.oauth2_command, '') <> '' "
                            "FROM accounts a ORDER BY a.name COLLATE NOCASE");
    if (!st)
        return st.error();
    QVector<AccountInfo> out;
    while (st->step())
        out.push_back({st->int64(0), st->text(1), st->text(2), st->int64(3) != 0, st->text(4), st->int64(5),
                       st->text(6), int(st->int64(7)), st->text(8), st->int64(9) != 0});
    if (st->error())
        return *st->error();
    return out;
}

Result<qint64> Store::ensureFolder(qint64 accountId, const QString &name)
{
    auto sel = m_db->prepare("SELECT id FROM folders WHERE account_id = ?1 AND name = ?2");
    if (!sel)
        return sel.error();
    sel->bind(1, accountId).bind(2, name);
    if (sel->step())
        return sel->int64(0);
    if (sel->error())
        return *sel->error();
    auto ins = m_db->prepare("INSERT INTO folders (account_id, name) VALUES (?1, ?2)");
    if (!ins)
        return ins.error();
    ins->bind(1, accountId).bind(2, name);
    if (Status s = ins->exec(); !s)
        return s.error();
    return m_db->lastInsertId();
}

Result<QVector<FolderInfo>> Store::folders(qint64 accountId)
{
    auto st = m_db->prepare(
        "SELECT f.id, f.account_id, f.name, f.special_use, "
        "  (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id), "
        "  (SELECT COUNT(*) FROM messages m WHERE m.folder_id = f.id AND m.verdict = 1) "
        "FROM folders f WHERE (?1 = 0 OR f.account_id = ?1) ORDER BY f.account_id, f.name COLLATE NOCASE");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    QVector<FolderInfo> out;
    while (st->step())
        out.push_back({st->int64(0), st->int64(1), st->text(2), st->text(3), st->int64(4), st->int64(5)});
    if (st->error())
        return *st->error();
    return out;
}

Result<qint64> Store::addImapAccount(const ImapAccount &a)
{
    if (account(a.name))
        return Error{QCoreApplication::translate("Store", "An account with this name already exists"), a.name};
    auto st = m_db->prepare("INSERT INTO accounts (name, kind, read_only, host, port, tls, username, "
                            "password_command, oauth2_command, ca_file, pinned_key, fetch_bytes, created_utc) "
                            "VALUES (?1, 'imap', 0, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    if (!st)
        return st.error();
    auto orNull = [](const QString &s) { return s.isEmpty() ? QString() : s; };
    st->bind(1, a.name).bind(2, a.host).bind(3, qint64(a.port)).bind(4, a.tls).bind(5, a.user);
    st->bind(6, orNull(a.passwordCommand)).bind(7, orNull(a.oauth2Command)).bind(8, orNull(a.caFile));
    st->bind(9, orNull(a.pinnedKey)).bind(10, a.fetchBytes).bind(11, QDateTime::currentSecsSinceEpoch());
    if (Status s = st->exec(); !s)
        return s.error();
    return m_db->lastInsertId();
}

Result<ImapAccount> Store::imapAccount(const QString &name)
{
    auto st = m_db->prepare("SELECT id, name, host, port, tls, username, password_command, oauth2_command, "
                            "ca_file, pinned_key, fetch_bytes, kind FROM accounts WHERE name = ?1");
    if (!st)
        return st.error();
    st->bind(1, name);
    if (!st->step())
        return st->error() ? *st->error() : Error{QCoreApplication::translate("Store", "No such account"), name};
    if (st->text(11) != QLatin1String("imap"))
        return Error{QCoreApplication::translate("Store", "Not an IMAP account"), name};
    ImapAccount a;
    a.id = st->int64(0);
    a.name = st->text(1);
    a.host = st->text(2);
    a.port = int(st->int64(3));
    a.tls = st->text(4);
    a.user = st->text(5);
    a.passwordCommand = st->text(6);
    a.oauth2Command = st->text(7);
    a.caFile = st->text(8);
    a.pinnedKey = st->text(9);
    a.fetchBytes = st->int64(10);
    return a;
}

Status Store::setPinnedKey(qint64 accountId, const QString &pin)
{
    auto st = m_db->prepare("UPDATE accounts SET pinned_key = ?2 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, accountId).bind(2, pin.isEmpty() ? QString() : pin);
    return st->exec();
}

Result<QVector<ImapFolder>> Store::imapFolders(qint64 accountId)
{
    auto st = m_db->prepare("SELECT id, name, COALESCE(server_name, name), COALESCE(special_use, '') FROM folders "
                            "WHERE account_id = ?1 ORDER BY name");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    QVector<ImapFolder> out;
    while (st->step())
        out.push_back({st->int64(0), st->text(1), st->text(2), st->text(3)});
    if (st->error())
        return *st->error();
    return out;
}

Status Store::setSpecialUseByUser(qint64 accountId, const QString &folder, const QString &use)
{
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    if (!use.isEmpty()) {
        auto clear = m_db->prepare("UPDATE folders SET special_use = NULL, special_use_by_user = 1 "
                                   "WHERE account_id = ?1 AND special_use = ?2 AND name <> ?3");
        if (!clear)
            return clear.error();
        clear->bind(1, accountId).bind(2, use).bind(3, folder);
        if (Status s = clear->exec(); !s)
            return s;
    }
    auto st = m_db->prepare("UPDATE folders SET special_use = ?3, special_use_by_user = 1 WHERE account_id = ?1 AND name = ?2");
    if (!st)
        return st.error();
    st->bind(1, accountId).bind(2, folder).bind(3, use.isEmpty() ? QString() : use);
    if (Status s = st->exec(); !s)
        return s;
    if (m_db->changes() == 0)
        return Error{QCoreApplication::translate("Store", "No such folder"), folder};
    return tx.commit();
}

Result<QVector<MessageLocation>> Store::locations(const QVector<qint64> &ids)
{
    auto st = m_db->prepare("SELECT m.id, m.account_id, m.folder_id, COALESCE(f.server_name, f.name), m.uid "
                            "FROM messages m JOIN folders f ON f.id = m.folder_id WHERE m.id = ?1");
    if (!st)
        return st.error();
    QVector<MessageLocation> out;
    for (qint64 id : ids) {
        st->bind(1, id);
        if (st->step()) {
            MessageLocation l{st->int64(0), st->int64(1), st->int64(2), st->text(3), std::nullopt};
            if (!st->isNull(4))
                l.uid = st->int64(4);
            out.push_back(l);
        }
        if (st->error())
            return *st->error();
        st->reset();
    }
    return out;
}

Status Store::relocate(qint64 messageId, qint64 folderId, qint64 uid)
{
    auto st = m_db->prepare("UPDATE messages SET folder_id = ?2, uid = ?3 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, messageId).bind(2, folderId).bind(3, uid);
    return st->exec();
}

Status Store::removeMessage(qint64 messageId)
{
    auto st = m_db->prepare("DELETE FROM messages WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, messageId);
    return st->exec();
}

Result<qint64> Store::ensureImapFolder(qint64 accountId, const QString &name, const QString &serverName,
                                       const QString &specialUse)
{
    auto id = ensureFolder(accountId, name);
    if (!id)
        return id;
    auto st = m_db->prepare("UPDATE folders SET server_name = ?2, "
                            "special_use = CASE WHEN special_use_by_user THEN special_use ELSE ?3 END WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id.value()).bind(2, serverName).bind(3, specialUse.isEmpty() ? QString() : specialUse);
    if (Status s = st->exec(); !s)
        return s.error();
    return id;
}

Status Store::removeFolder(qint64 folderId)
{
    if (Status s = clearFolder(folderId); !s)
        return s;
    auto st = m_db->prepare("DELETE FROM folders WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, folderId);
    return st->exec();
}

Result<FolderSyncState> Store::folderState(qint64 folderId)
{
    auto st = m_db->prepare("SELECT uidvalidity, uidnext, highestmodseq FROM folders WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, folderId);
    if (!st->step())
        return st->error() ? *st->error() : Error{QCoreApplication::translate("Store", "No such folder"), QString::number(folderId)};
    FolderSyncState s;
    if (!st->isNull(0))
        s.uidValidity = st->int64(0);
    if (!st->isNull(1))
        s.uidNext = st->int64(1);
    if (!st->isNull(2))
        s.highestModSeq = st->int64(2);
    return s;
}

Status Store::setFolderState(qint64 folderId, const FolderSyncState &state)
{
    auto st = m_db->prepare("UPDATE folders SET uidvalidity = ?2, uidnext = ?3, highestmodseq = ?4 WHERE id = ?1");
    if (!st)
        return st.error();
    st->bind(1, folderId).bindOptional(2, state.uidValidity).bindOptional(3, state.uidNext);
    st->bindOptional(4, state.highestModSeq);
    return st->exec();
}

Result<QHash<qint64, int>> Store::uidFlags(qint64 folderId)
{
    auto st = m_db->prepare("SELECT uid, flags FROM messages WHERE folder_id = ?1 AND uid IS NOT NULL");
    if (!st)
        return st.error();
    st->bind(1, folderId);
    QHash<qint64, int> out;
    while (st->step())
        out.insert(st->int64(0), int(st->int64(1)));
    if (st->error())
        return *st->error();
    return out;
}

Status Store::removeUids(qint64 folderId, const QVector<qint64> &uids)
{
    auto st = m_db->prepare("DELETE FROM messages WHERE folder_id = ?1 AND uid = ?2");
    if (!st)
        return st.error();
    for (qint64 uid : uids) {
        st->bind(1, folderId).bind(2, uid);
        if (Status s = st->exec(); !s)
            return s;
    }
    return {};
}

Result<QStringList> Store::messageIdsOf(qint64 folderId, const QVector<qint64> &uids)
{
    auto st = m_db->prepare("SELECT message_id FROM messages WHERE folder_id = ?1 AND uid = ?2 AND message_id <> ''");
    if (!st)
        return st.error();
    QStringList out;
    for (qint64 uid : uids) {
        st->bind(1, folderId).bind(2, uid);
        while (st->step())
            out << st->text(0);
        if (st->error())
            return *st->error();
        st->reset();
    }
    return out;
}

Result<QSet<QString>> Store::messageIdsIn(qint64 accountId, const QString &place, qint64 maxRowId)
{
    auto st = m_db->prepare("SELECT m.message_id FROM messages m JOIN folders f ON f.id = m.folder_id "
                            "WHERE m.account_id = ?1 AND COALESCE(f.special_use, f.name) = ?2 AND m.id <= ?3 "
                            "AND m.message_id <> ''");
    if (!st)
        return st.error();
    st->bind(1, accountId).bind(2, place).bind(3, maxRowId);
    QSet<QString> out;
    while (st->step())
        out.insert(st->text(0));
    if (st->error())
        return *st->error();
    return out;
}

Result<qint64> Store::lastMessageRowId()
{
    auto st = m_db->prepare("SELECT COALESCE(MAX(id), 0) FROM messages");
    if (!st)
        return st.error();
    if (!st->step())
        return st->error() ? Result<qint64>(*st->error()) : Result<qint64>(qint64(0));
    return st->int64(0);
}

Status Store::clearFolder(qint64 folderId)
{
    auto st = m_db->prepare("DELETE FROM messages WHERE folder_id = ?1");
    if (!st)
        return st.error();
    st->bind(1, folderId);
    return st->exec();
}

Status Store::setFlags(qint64 folderId, const QHash<qint64, int> &uidToFlags)
{
    auto st = m_db->prepare("UPDATE messages SET flags = ?3 WHERE folder_id = ?1 AND uid = ?2");
    if (!st)
        return st.error();
    for (auto it = uidToFlags.cbegin(); it != uidToFlags.cend(); ++it) {
        st->bind(1, folderId).bind(2, it.key()).bind(3, qint64(it.value()));
        if (Status s = st->exec(); !s)
            return s;
    }
    return {};
}

Result<QSet<QString>> Store::localKeys(qint64 accountId)
{
    auto st = m_db->prepare("SELECT local_key FROM messages WHERE account_id = ?1 AND local_key IS NOT NULL");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    QSet<QString> out;
    while (st->step())
        out.insert(st->text(0));
    if (st->error())
        return *st->error();
    return out;
}

Result<qint64> Store::messageCount(qint64 accountId)
{
    auto st = m_db->prepare("SELECT COUNT(*) FROM messages WHERE (?1 = 0 OR account_id = ?1)");
    if (!st)
        return st.error();
    st->bind(1, accountId);
    if (!st->step())
        return st->error() ? *st->error() : Error{QStringLiteral("COUNT returned no row"), {}};
    return st->int64(0);
}

namespace {
// The columns of a MessageRow, in readRow()'s order.
constexpr const char *kRowColumns = "SELECT id, folder_id, received_utc, received_offset, from_name, from_addr, "
                                    "subject, size, flags, COALESCE(verdict, -1), COALESCE(score, 0) FROM messages";

MessageRow readRow(Statement &st)
{
    MessageRow r;
    r.id = st.int64(0);
    r.folderId = st.int64(1);
    r.receivedUtc = st.int64(2);
    r.receivedOffset = int(st.int64(3));
    r.fromName = st.text(4);
    r.fromAddr = st.text(5);
    r.subject = st.text(6);
    r.size = st.int64(7);
    r.flags = int(st.int64(8));
    r.verdict = int(st.int64(9));
    r.score = st.real(10);
    return r;
}
} // namespace

Result<MessageRows> Store::messageRows(const MessageFilter &filter, MessageSort sort, bool descending,
                                       int limit)
{
    // The sort column is chosen from a fixed list, never from user text.
    const char *order = nullptr;
    switch (sort) {
    case MessageSort::Received: order = "received_utc"; break;
    case MessageSort::From: order = "COALESCE(NULLIF(from_name, ''), from_addr) COLLATE NOCASE"; break;
    case MessageSort::Subject: order = "subject COLLATE NOCASE"; break;
    case MessageSort::Size: order = "size"; break;
    case MessageSort::Verdict: order = "COALESCE(score, -1)"; break;
    }
    QByteArray sql = kRowColumns;
    sql += " WHERE (?1 = 0 OR account_id = ?1) AND (?2 = 0 OR folder_id = ?2) AND id > ?3 ORDER BY ";
    sql += order;
    sql += descending ? " DESC, id DESC" : " ASC, id ASC";
    sql += " LIMIT ?4";
    auto st = m_db->prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, filter.accountId).bind(2, filter.folderId).bind(3, filter.afterId).bind(4, qint64(limit));
    MessageRows out;
    while (st->step())
        out.push_back(readRow(*st));
    if (st->error())
        return *st->error();
    return out;
}

Result<MessageRows> Store::messageRowsById(const QVector<qint64> &ids)
{
    // Chunks of bound parameters (SQLite's default limit is 32766; 500 keeps statements small),
    // then the rows are put back in the order asked.
    constexpr qsizetype kChunk = 500;
    QHash<qint64, MessageRow> byId;
    byId.reserve(ids.size());
    for (qsizetype at = 0; at < ids.size(); at += kChunk) {
        const qsizetype n = std::min(kChunk, ids.size() - at);
        QByteArray sql = kRowColumns;
        sql += " WHERE id IN (?";
        for (qsizetype i = 1; i < n; ++i)
            sql += ",?";
        sql += ')';
        auto st = m_db->prepare(sql.constData());
        if (!st)
            return st.error();
        for (qsizetype i = 0; i < n; ++i)
            st->bind(int(i + 1), ids.at(at + i));
        while (st->step()) {
            MessageRow r = readRow(*st);
            byId.insert(r.id, std::move(r));
        }
        if (st->error())
            return *st->error();
    }
    MessageRows out;
    out.reserve(byId.size());
    for (qint64 id : ids)
        if (auto it = byId.constFind(id); it != byId.constEnd())
            out.push_back(*it);
    return out;
}

Result<MessageDetail> Store::messageDetail(qint64 id)
{
    auto st = m_db->prepare(
        "SELECT m.id, m.folder_id, m.received_utc, m.received_offset, m.from_name, m.from_addr, m.subject, "
        "m.size, m.flags, COALESCE(m.verdict, -1), COALESCE(m.score, 0), a.name, f.name, m.message_id, "
        "m.received_source, m.date_utc, m.reply_to, m.return_path, m.reasons, m.source_path, "
        "m.source_offset, m.source_length "
        "FROM messages m JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = m.account_id "
        "WHERE m.id = ?1");
    if (!st)
        return st.error();
    st->bind(1, id);
    if (!st->step())
        return st->error() ? *st->error()
                           : Error{QCoreApplication::translate("Store", "No such message"), QString::number(id)};
    MessageDetail d;
    d.row = {st->int64(0), st->int64(1), st->int64(2), int(st->int64(3)), st->text(4), st->text(5), st->text(6),
             st->int64(7), int(st->int64(8)), int(st->int64(9)), st->real(10)};
    d.accountName = st->text(11);
    d.folderName = st->text(12);
    d.messageId = st->text(13);
    d.receivedSource = st->text(14);
    if (!st->isNull(15))
        d.dateUtc = st->int64(15);
    d.replyTo = st->text(16);
    d.returnPath = st->text(17);
    d.reasons = st->text(18);
    d.sourcePath = st->text(19);
    if (!st->isNull(20))
        d.sourceOffset = st->int64(20);
    if (!st->isNull(21))
        d.sourceLength = st->int64(21);
    return d;
}

Result<Store::Inserter> Store::inserter()
{
    auto st = m_db->prepare(
        "INSERT INTO messages (account_id, folder_id, uid, local_key, message_id, received_utc, "
        "received_offset, received_source, date_utc, date_offset, from_addr, from_name, from_domain, "
        "reply_to, return_path, subject, size, flags, origin_ip, source_path, source_offset, source_length, "
        "verdict, score, reasons, list_id, unsubscribe) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, "
        "?21, ?22, ?23, ?24, ?25, ?26, ?27) ON CONFLICT DO NOTHING");
    if (!st)
        return st.error();
    auto ev = prepareEvidenceInsert(*m_db);
    if (!ev)
        return ev.error();
    return Inserter(*m_db, std::move(st.value()), std::move(ev.value()));
}

Result<bool> Store::Inserter::insert(const NewMessage &m)
{
    auto &s = m_st;
    s.bind(1, m.accountId).bind(2, m.folderId).bindOptional(3, m.uid);
    s.bind(4, m.localKey.isEmpty() ? QString() : m.localKey);
    s.bind(5, m.messageId).bind(6, m.receivedUtc).bind(7, qint64(m.receivedOffset));
    s.bind(8, toString(m.receivedSource)).bindOptional(9, m.dateUtc);
    s.bindOptional(10, m.dateOffset ? std::optional<qint64>(*m.dateOffset) : std::nullopt);
    s.bind(11, m.fromAddr).bind(12, m.fromName).bind(13, m.fromDomain).bind(14, m.replyTo);
    s.bind(15, m.returnPath).bind(16, m.subject).bind(17, m.size).bind(18, qint64(m.flags));
    s.bind(19, m.originIp).bind(20, m.sourcePath).bindOptional(21, m.sourceOffset).bindOptional(22, m.sourceLength);
    s.bindOptional(23, m.verdict ? std::optional<qint64>(*m.verdict) : std::nullopt);
    if (m.score)
        s.bind(24, *m.score);
    else
        s.bindNull(24);
    s.bind(25, m.reasons.isEmpty() ? QString() : m.reasons);
    s.bind(26, m.listId.isEmpty() ? QString() : m.listId).bind(27, qint64(m.unsubscribe));
    if (Status st = s.exec(); !st)
        return st.error();
    const bool added = m_db.changes() > 0;
    if (added && m.evidence)
        if (Status st = writeEvidence(m_evidence, m_db.lastInsertId(), *m.evidence); !st)
            return st.error();
    return added;
}

} // namespace mailtide::store
