#pragma once
/** @short `mailtide-cli hygiene ...`: groups, plan, apply [--dry-run], log, undo, rules,
 *  unsubscribe (the `unsubscribe` command), still-mailing. */
#include "Cli.h"

class QCommandLineParser;

namespace mailtide::store {
class Store;
struct StillMailing;
}
namespace mailtide::imap {
class Connection;
}

namespace mailtide::cli {

int cmdHygiene(Context &ctx, const QStringList &args);

/** `hygiene still-mailing [--account A] [--days N] --format csv|json`: senders whose mail still
 *  arrived more than N days (default 2) after a successful unsubscribe, with the rule to add
 *  (CliStillMailing.cpp). */
int stillMailing(Context &ctx, const QCommandLineParser &p, store::Store &store);
/** The command line that adds the rule for a sender still mailing: by List-Id when the unsubscribe
 *  was from a list, else by From address; action junk. Shell-quoted. */
QString suggestedRule(const store::StillMailing &m);

/** After a sync: runs the account's hygiene rules on the same connection and prints what each
 *  did. Returns false when a rule failed (the sync itself still succeeded). */
bool runRulesAfterSync(Context &ctx, store::Store &store, imap::Connection &c, const QString &account);

} // namespace mailtide::cli
