#pragma once
/** @short The profile's data: accounts, folders, message metadata. All SQL lives here.
 *
 * A Store wraps one Database connection and so lives on one thread (the one that opened it).
 * Writes go through RAII transactions; bulk inserts use one prepared statement per batch. */
#include "store/Database.h"
#include "store/Types.h"

#include <QHash>
#include <QSet>

namespace mailtide::store {

class Store
{
public:
    explicit Store(std::unique_ptr<Database> db);
    /** Opens the database at path (":memory:" for a private one), migrating it forward. */
    static Result<std::unique_ptr<Store>> open(const QString &path);

    Database &db() { return *m_db; }

    // Accounts and folders -------------------------------------------------------------
    Result<qint64> ensureLocalAccount(const QString &name, const QString &source);
    std::optional<AccountInfo> account(const QString &name);
    Result<QVector<AccountInfo>> accounts();
    Result<qint64> ensureFolder(qint64 accountId, const QString &name);
    /** Folders with their message and spam counts; accountId 0 = every account. */
    Result<QVector<FolderInfo>> folders(qint64 accountId = 0);

    // IMAP ----------------------------------------------------------------------------------
    /** Adds an IMAP account; an account of that name already existing is an error. */
    Result<qint64> addImapAccount(const ImapAccount &a);
    Result<ImapAccount> imapAccount(const QString &name);
    Status setPinnedKey(qint64 accountId, const QString &pin);
    Result<QVector<ImapFolder>> imapFolders(qint64 accountId);
    /** The user's choice of what a folder is for ("\\Junk"..., or "" for nothing); a sync keeps
     *  it. Another folder of the account with that use loses it. */
    Status setSpecialUseByUser(qint64 accountId, const QString &folder, const QString &use);
    Result<QVector<MessageLocation>> locations(const QVector<qint64> &messageIds);
    /** A message the user moved on the server: its new folder and UID (a sync then finds it in
     *  place and neither refetches nor relearns it). */
    Status relocate(qint64 messageId, qint64 folderId, qint64 uid);
    Status removeMessage(qint64 messageId);
    /** The folder of that name, created if new; its server name and (unless the user chose one)
     *  special use are updated. */
    Result<qint64> ensureImapFolder(qint64 accountId, const QString &name, const QString &serverName,
                                    const QString &specialUse);
    /** Removes a folder the server no longer has, with its messages. */
    Status removeFolder(qint64 folderId);
    Result<FolderSyncState> folderState(qint64 folderId);
    Status setFolderState(qint64 folderId, const FolderSyncState &state);
    /** UID -> flags of the messages stored for a folder. */
    Result<QHash<qint64, int>> uidFlags(qint64 folderId);
    Status removeUids(qint64 folderId, const QVector<qint64> &uids);
    /** The Message-IDs of these UIDs (those that have one). */
    Result<QStringList> messageIdsOf(qint64 folderId, const QVector<qint64> &uids);
    /** The Message-IDs stored in an account's folders at `place`: a special use ("\\Junk") or,
     *  for folders without one, a name ("INBOX"); only rows with an id up to maxRowId (what was
     *  stored before a sync began: see lastMessageRowId()). */
    Result<QSet<QString>> messageIdsIn(qint64 accountId, const QString &place, qint64 maxRowId);
    /** The highest message row id so far (0 for none): rows added later have higher ones. */
    Result<qint64> lastMessageRowId();
    Status clearFolder(qint64 folderId);
    Status setFlags(qint64 folderId, const QHash<qint64, int> &uidToFlags);

    // Messages -----------------------------------------------------------------------------
    /** The local keys already stored for an account (an import skips those before parsing). */
    Result<QSet<QString>> localKeys(qint64 accountId);
    Result<qint64> messageCount(qint64 accountId = 0);
    Result<MessageRows> messageRows(const MessageFilter &filter, MessageSort sort = MessageSort::Received,
                                    bool descending = true, int limit = -1);
    /** The rows of these message ids, in the order given; ids not stored are left out. */
    Result<MessageRows> messageRowsById(const QVector<qint64> &ids);
    Result<MessageDetail> messageDetail(qint64 id);

    /** Inserts many messages through one prepared statement. Run it inside a Transaction.
     *  A message whose (account, local key) or (folder, UID) is already stored is skipped. */
    class Inserter
    {
    public:
        /** True when inserted, false when it was already stored; an Error otherwise. */
        Result<bool> insert(const NewMessage &m);

    private:
        friend class Store;
        Inserter(Database &db, Statement st, Statement evidence)
            : m_db(db), m_st(std::move(st)), m_evidence(std::move(evidence)) {}
        Database &m_db;
        Statement m_st;
        Statement m_evidence;
    };
    Result<Inserter> inserter();

private:
    std::unique_ptr<Database> m_db;
};

} // namespace mailtide::store
