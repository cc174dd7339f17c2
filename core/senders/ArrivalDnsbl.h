#pragma once
/** @short Block list look-ups at arrival: after an import or a sync stored new messages, the
 *  distinct origin IPs of those messages (message_evidence.origin_ip) are looked up on the user's
 *  block lists and saved as arrival rows (store/DnsblTable.h, DnsblKind::Arrival), so a sender
 *  report can say which addresses were listed when their mail came — beside the listing now.
 *
 * Opt-in: nothing happens, and no query is sent, unless DnsblSettings::enabled (each look-up tells
 * a list's operator an address that mailed the user). The work runs on arrivalPool() (one
 * thread: one import's look-ups after another's), never on the caller's thread, so an import or a
 * sync reports its own progress and ends without waiting for DNS; the per-process cache (loaded
 * once from the profile's unexpired answers) and rate limiter are shared by every call. At most
 * kMaxArrivalIps addresses per call. The CLI, which exits after its command, waits with
 * waitForArrivalLookUps(); the GUI does not. */
#include "senders/Dnsbl.h"
#include "store/Database.h"

#include <QHash>
#include <QHostAddress>
#include <QList>

class QThreadPool;

namespace mailtide::senders {

inline constexpr int kMaxArrivalIps = 5000;

/** The highest message id stored so far (0 for none): "new" messages are those after it. */
Result<qint64> lastMessageId(store::Database &db);

/** The distinct origin IPs of the messages stored after afterMessageId (parsable addresses only),
 *  at most limit, in first-seen order. */
Result<QList<QHostAddress>> originIpsAfter(store::Database &db, qint64 afterMessageId, int limit = kMaxArrivalIps);

/** What the profile knows of one address's block list listings (listed answers only). */
struct IpListing
{
    QStringList arrivalLists; ///< ids of lists that listed it in an arrival check
    QStringList nowLists;     ///< ids of lists that list it at their latest check
};

/** Every address some list listed, keyed by its canonical text (QHostAddress::toString; IPv4 as
 *  a.b.c.d), at most limit rows read. For the sender reports. */
Result<QHash<QString, IpListing>> listedAddresses(store::Database &db, int limit = 200000);

/** The pool arrival look-ups run on (one thread). */
QThreadPool *arrivalPool();

/** When settings.enabled and settings has a list: starts, on arrivalPool(), looking up the origin
 *  IPs of the messages of dbPath stored after afterMessageId and saving the answers as arrival rows;
 *  returns true at once. Returns false and does nothing when look-ups are off. Failures (the
 *  profile, DNS) are logged to the category mailtide.dnsbl, never thrown at the importer. */
bool scheduleArrivalLookUps(const QString &dbPath, qint64 afterMessageId, const DnsblSettings &settings,
                            DnsblCheckerOptions options = {});

/** Waits up to msecs for the scheduled look-ups; false when some still run. */
bool waitForArrivalLookUps(int msecs);

} // namespace mailtide::senders
