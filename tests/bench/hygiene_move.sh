#!/bin/sh
# Plans and applies a hygiene move of 5,000 messages on a throw-away local Dovecot, with UID MOVE
# and with the COPY + UID EXPUNGE fallback, then undoes it; prints times and IMAP command counts.
# Usage: tests/bench/hygiene_move.sh [BUILD_DIR] [N]
set -eu
build=${1:-build/dev}
n=${2:-5000}
"$build/tests/bench/bench_hygiene" -n "$n"
"$build/tests/bench/bench_hygiene" -n "$n" --no-move
