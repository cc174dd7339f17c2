#pragma once
/** @short Applies a hygiene plan on the server, exactly: the plan's UIDs and no other, in batches,
 *  with progress and cancel; resumes an interrupted action; undoes one.
 *
 * Every action is first written to the action log (store/HygieneStore.h) with its UIDs; each batch's
 * state is written before its command is sent and after its answer is read, so an action cut by a
 * dropped connection resumes (run() again, on a new connection) without acting on any message twice:
 *  - UID MOVE (RFC 6851) is atomic: a planned UID no longer in the folder after a lost answer was
 *    moved by that command; one still there was not.
 *  - Without MOVE, UID COPY + \Deleted + UID EXPUNGE of exactly those UIDs (RFC 4315 UIDPLUS; never
 *    a plain EXPUNGE). COPY is atomic too (RFC 3501 6.4.7); the destination's UIDNEXT is noted before
 *    each COPY, so after a lost answer the messages that arrived since are read (by Message-ID) to
 *    tell whether the copy happened, and it is not repeated if it did.
 *  - Mark read is UID STORE +FLAGS.SILENT (\Seen), idempotent.
 * Refused, before anything is done, when the folder's UIDVALIDITY is not the plan's or a planned UID
 * is gone. Nothing is ever expunged from a Trash folder: moving out of Trash without MOVE copies and
 * leaves the originals. COPYUID gives each message's new UID, which the log keeps for undo and the
 * store follows (a row whose new UID is unknown is dropped; the next sync fetches it again).
 *
 * Lives on one thread with its Store and the Connection given to run(); cancel may be set from any
 * thread and is read between batches (a batch in flight completes). */
#include "hygiene/Plan.h"
#include "imap/Connection.h"
#include "store/Store.h"

#include <atomic>
#include <functional>

namespace mailtide::hygiene {

struct ApplyProgress
{
    qint64 done = 0;  ///< messages acted on, this run and before
    qint64 total = 0;
    int batch = 0;    ///< batches finished
    int batches = 0;
};

struct ApplyReport
{
    qint64 actionId = 0;
    qint64 acted = 0;         ///< messages acted on by this run
    qint64 resumed = 0;       ///< found already done by an interrupted run (not acted on again)
    qint64 gone = 0;          ///< vanished from the server while an interrupted action waited
    qint64 total = 0;
    qint64 commands = 0;      ///< IMAP commands this run sent
    int batches = 0;          ///< batches this run sent
    bool usedMove = false;    ///< UID MOVE (else COPY + UID EXPUNGE, or STORE for read)
    bool keptInTrash = false; ///< moved out of Trash by COPY only: the originals stay there
    bool cancelled = false;
    double seconds = 0;
};

/** A dry run's findings: whether the plan still matches the server. */
struct CheckReport
{
    qint64 serverValidity = 0;
    bool validityMatches = false;
    QVector<qint64> missing; ///< planned UIDs no longer in the folder
    bool ok() const { return validityMatches && missing.isEmpty(); }
};

class Applier
{
public:
    explicit Applier(store::Store &store) : m_store(store), m_log(store.db()) {}

    void setBatchSize(int n) { m_batchSize = qBound(1, n, 10000); }
    void setCancelFlag(const std::atomic_bool *flag) { m_cancel = flag; }
    void setProgress(std::function<void(const ApplyProgress &)> fn) { m_progress = std::move(fn); }
    /** For tests: called after a batch's moving command (MOVE, COPY or STORE) was sent and before
     *  its answer is read, e.g. to drop the connection there. */
    void setAfterSend(std::function<void(imap::Connection &, int batch)> fn) { m_afterSend = std::move(fn); }

    /** Writes the plan to the action log (state "planned"); no server contact. ruleId: the rule
     *  that made it, or 0. */
    Result<qint64> record(const Plan &plan, qint64 ruleId = 0);
    /** Dry run: opens the folder read-only (EXAMINE) and compares it with the plan. Changes nothing. */
    Result<CheckReport> check(imap::Connection &c, const Plan &plan);
    /** Applies a logged action, or resumes it where an earlier run stopped. An action that is done
     *  reports nothing to do; a refused one stays refused. */
    Result<ApplyReport> run(imap::Connection &c, qint64 actionId);
    /** Logs the undo of a done action (the messages back where they were, or unread again) and
     *  returns its id, to run(). Refused when the action was undone already, or when the server
     *  gave no COPYUID (the new UIDs are unknown). */
    Result<qint64> recordUndo(qint64 actionId);

private:
    struct Folders;
    Status fail(qint64 actionId, const QString &state, const Error &e);

    store::Store &m_store;
    store::HygieneStore m_log;
    int m_batchSize = 500;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const ApplyProgress &)> m_progress;
    std::function<void(imap::Connection &, int)> m_afterSend;
};

} // namespace mailtide::hygiene
