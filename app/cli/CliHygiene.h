#pragma once
/** @short `mailtide-cli hygiene ...`: groups, plan, apply [--dry-run], log, undo, rules. */
#include "Cli.h"

namespace mailtide::store {
class Store;
}
namespace mailtide::imap {
class Connection;
}

namespace mailtide::cli {

int cmdHygiene(Context &ctx, const QStringList &args);

/** After a sync: runs the account's hygiene rules on the same connection and prints what each
 *  did. Returns false when a rule failed (the sync itself still succeeded). */
bool runRulesAfterSync(Context &ctx, store::Store &store, imap::Connection &c, const QString &account);

} // namespace mailtide::cli
