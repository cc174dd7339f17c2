#pragma once
/** @short Moving messages between folders on the server, by UID, and where they landed.
 *
 * UID MOVE (RFC 6851) where offered; else UID COPY, then \Deleted and UID EXPUNGE of exactly those
 * UIDs (RFC 4315 UIDPLUS) — never a plain EXPUNGE, which would remove every message anyone marked
 * \Deleted. Without MOVE and without UIDPLUS nothing is moved (an Error says why). COPYUID tells
 * which UID each message got in the destination, for the store and for an undo. */
#include "imap/Session.h"

namespace mailtide::imap {

struct MoveResult
{
    quint64 destUidValidity = 0;
    QHash<quint64, quint64> destUid; ///< source UID -> destination UID (from COPYUID; may be empty)
};

/** Moves uids from the selected folder (SELECTed read-write by the caller) to destServerName. */
Result<MoveResult> moveSelected(Connection &c, const Capabilities &caps, const QVector<quint64> &uids,
                                const QByteArray &destServerName);

/** Reads a COPYUID response code (RFC 4315 section 3): "COPYUID <validity> <source set> <dest set>". */
std::optional<MoveResult> parseCopyUid(const QVector<Value> &code);

} // namespace mailtide::imap
