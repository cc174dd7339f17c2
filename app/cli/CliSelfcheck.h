#pragma once
/** @short `mailtide-cli selfcheck`: the business self-check of a domain the user owns (issue 8).
 *  Exit code 0 when nothing is severe, 3 (ExitSevere) when a finding is, 1 or 2 for errors. */
#include "Cli.h"

namespace mailtide::cli {

inline constexpr int ExitSevere = 3;

int cmdSelfcheck(Context &ctx, const QStringList &args);

} // namespace mailtide::cli
