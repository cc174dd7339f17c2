#pragma once
/** @short Computes sender evidence for messages already in the store: local mail is read again
 *  from its source (source_path, offset, length); IMAP messages are not (the store keeps no
 *  bytes), they get evidence when synced again.
 *
 * Runs on the thread that owns the Database (a worker for the GUI); commits every 500 messages,
 * so a cancelled re-scan keeps what it did and the next one goes on from there. A source that
 * moved or changed is counted in `unreadable`, never an error. */
#include "store/Database.h"

#include <atomic>
#include <functional>

namespace mailtide::senders {

struct RescanReport
{
    qint64 scanned = 0;    ///< messages given evidence
    qint64 unreadable = 0; ///< their source could not be read
    bool cancelled = false;
};

/** Re-scans the local messages of one account (0: all) that have no evidence yet, or all of
 *  them when `all` is true (after a change of the trusted authserv-id, say). progress(done) is
 *  called after each commit. */
Result<RescanReport> rescanEvidence(store::Database &db, qint64 accountId, bool all,
                                    const std::atomic_bool *cancel = nullptr,
                                    const std::function<void(qint64 done)> &progress = {});

} // namespace mailtide::senders
