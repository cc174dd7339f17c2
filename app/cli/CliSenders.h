#pragma once
/** @short `mailtide-cli senders`: sender reports (core/senders) from the command line. */
#include "Cli.h"

namespace mailtide::cli {

/** senders [--by address|domain|ip|campaign] [--limit N] [filters] [--format csv|json]
 *  [--rescan] [--set-authserv-id ID --account A]. */
int cmdSenders(Context &ctx, const QStringList &args);

} // namespace mailtide::cli
