#pragma once
/** @short `mailtide-cli unsubscribe`: safe unsubscribe from one message (hygiene/Unsubscribe.h). */
#include "Cli.h"

namespace mailtide::cli {

/** Plans the unsubscribe of a message file (.eml) and prints the plan; with --yes, carries it out
 *  (one-click or mailto) and records it in the store. Exit 0 when planned or done, 1 on failure,
 *  2 on usage errors, 3 when refused (spam, failed authentication, unsafe one-click). */
int cmdUnsubscribe(Context &ctx, const QStringList &args);

} // namespace mailtide::cli
