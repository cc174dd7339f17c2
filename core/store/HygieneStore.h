#pragma once
/** @short The SQL of inbox hygiene: mail grouped by sender, domain and list; the messages a plan
 *  selects; the action log (what a bulk action did to which UID, for resume and undo); the rules.
 *
 * Works on a Database it does not own, on that database's thread. Grouping is one aggregate query
 * over the messages table (bounded by `limit`), cancellable from another thread through the flag
 * given to groups() (SQLite's progress handler checks it). Never talks to a server: hygiene/Applier
 * does, and writes here what it did before and after each batch. */
#include "store/Database.h"

#include <QHash>
#include <QVector>

#include <atomic>
#include <optional>

namespace mailtide::store {

enum class GroupBy { Address, Domain, List };
enum class GroupSort { Count, Size };

/** Which messages the groups count. */
struct GroupFilter
{
    qint64 accountId = 0;
    qint64 folderId = 0;                 ///< 0: every folder of the account
    std::optional<qint64> receivedBefore; ///< "older than": received strictly before this UTC time
    bool neverRead = false;               ///< only messages without \Seen
    bool newslettersOnly = false;         ///< only messages with a List-Id or a List-Unsubscribe
};

/** One group: a sender address, a registrable domain or a List-Id. */
struct SenderGroup
{
    QString key;
    qint64 count = 0;
    qint64 totalSize = 0;
    qint64 firstUtc = 0;
    qint64 lastUtc = 0;
    qint64 readCount = 0;
    qint64 spam = 0;
    qint64 ham = 0;
    qint64 unsure = 0;
    int unsubscribe = 0; ///< the best any message offers: 0 none, 1 a URI, 2 RFC 8058 one-click
    double shareRead() const { return count ? double(readCount) / double(count) : 0.0; }
};

/** The messages a plan takes: one folder, and a sender, domain or list (exactly one set). */
struct PlanSelector
{
    qint64 folderId = 0;
    QString fromAddress; ///< compared case-insensitively
    QString domain;      ///< the registrable domain (messages.from_domain)
    QString listId;
    std::optional<qint64> receivedBefore;
    bool unreadOnly = false;
};

/** A stored message a plan can act on (it has a UID). */
struct PlanCandidate
{
    qint64 rowId = 0;
    qint64 uid = 0;
    QString messageId;
    QString fromAddress;
    QString subject;
    qint64 receivedUtc = 0;
    qint64 size = 0;
    int flags = 0;
};

/** One bulk action in the log. */
struct HygieneAction
{
    qint64 id = 0;
    qint64 accountId = 0;
    qint64 createdUtc = 0;
    QString kind; ///< junk | archive | trash | read | unread | move
    QString description;
    qint64 sourceFolderId = 0;
    qint64 sourceValidity = 0;
    qint64 destFolderId = 0; ///< 0 for read/unread
    std::optional<qint64> destValidity;
    std::optional<qint64> destUidNext;
    QString state; ///< planned | running | interrupted | cancelled | done | refused
    qint64 undoOf = 0;
    qint64 undoneBy = 0;
    qint64 ruleId = 0;
    QString error;
    // Filled by actions()/action(): per item state.
    qint64 items = 0;
    qint64 itemsDone = 0;
};

enum ItemState : int { ItemPending = 0, ItemSent = 1, ItemCopied = 2, ItemDone = 3, ItemGone = 4 };

struct HygieneActionItem
{
    qint64 uid = 0;
    QString messageId;
    int batch = 0;
    int state = ItemPending;
    std::optional<qint64> destUid;
};

/** "Always move mail from X / list Y to Junk / Archive". */
struct HygieneRule
{
    qint64 id = 0;
    qint64 accountId = 0;
    QString matchKind; ///< address | domain | list
    QString matchValue;
    QString action;    ///< junk | archive | trash
    bool enabled = true;
    qint64 lastCount = 0;  ///< what the last sync's run moved
    qint64 totalCount = 0; ///< since the rule was made
};

class HygieneStore
{
public:
    explicit HygieneStore(Database &db) : m_db(db) {}

    /** Groups, largest first (by count or total size), at most limit rows. cancel (may be null) is
     *  read while the query runs; when set, the query stops with an error saying so. */
    Result<QVector<SenderGroup>> groups(const GroupFilter &filter, GroupBy by, GroupSort sort, int limit = 1000,
                                        const std::atomic_bool *cancel = nullptr);
    /** The messages of selector's folder that match it, oldest UID first. */
    Result<QVector<PlanCandidate>> candidates(const PlanSelector &selector);

    /** Writes a new action and its items (state "planned"); returns its id. */
    Result<qint64> addAction(const HygieneAction &a, const QVector<HygieneActionItem> &items);
    Result<HygieneAction> action(qint64 id);
    /** The log, newest first. accountId 0: every account. */
    Result<QVector<HygieneAction>> actions(qint64 accountId = 0, int limit = 200);
    Result<QVector<HygieneActionItem>> items(qint64 actionId);
    Status setState(qint64 actionId, const QString &state, const QString &error = {});
    Status setDestination(qint64 actionId, std::optional<qint64> validity, std::optional<qint64> uidNext);
    Status setUndoneBy(qint64 actionId, qint64 undoId);
    /** Sets the state (and destination UID, where given) of these items. */
    Status setItems(qint64 actionId, const QVector<qint64> &uids, int state, const QHash<qint64, qint64> &destUids = {});
    /** Sets (set) or clears these flag bits on the stored messages with these UIDs in folderId. */
    Status changeFlags(qint64 folderId, const QVector<qint64> &uids, int bits, bool set);
    /** The message row in folderId with this UID, if stored. */
    Result<std::optional<qint64>> rowOf(qint64 folderId, qint64 uid);

    Result<qint64> addRule(const HygieneRule &r);
    Status updateRule(const HygieneRule &r);
    Status removeRule(qint64 id);
    Result<QVector<HygieneRule>> rules(qint64 accountId = 0);
    Status addRuleCount(qint64 ruleId, qint64 count);

private:
    Database &m_db;
};

QString toString(GroupBy by);
std::optional<GroupBy> groupByFromString(const QString &s);

} // namespace mailtide::store
