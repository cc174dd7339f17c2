#pragma once
/** @short `mailtide-cli senders`: sender reports (core/senders) from the command line. */
#include "Cli.h"

namespace mailtide::store {
class Database;
}

namespace mailtide::cli {

/** senders [--by address|domain|ip|campaign] [--limit N] [filters] [--format csv|json]
 *  [--rescan] [--set-authserv-id ID --account A]. */
int cmdSenders(Context &ctx, const QStringList &args);

/** The profile's last message id before an import or a sync (0 when it cannot be read): the mark
 *  finishArrivalLookUps() measures "new" from. */
qint64 arrivalMark(store::Database &db);
/** After `import` or `sync` stored messages: when the user switched block list look-ups on (the
 *  setting dnsbl/enabled), looks up the new messages' origin IPs (senders/ArrivalDnsbl.h) and
 *  waits for them (bounded) before the command exits. Nothing, and no query, when off. */
void finishArrivalLookUps(Context &ctx, const QString &command, qint64 mark);

} // namespace mailtide::cli
