#!/usr/bin/env bash
# hostile.sh [BUILD_DIR]   (a benchmark, not a test: it is not run by ctest)
#
# Writes the hostile messages (tests/data/hostile/make-hostile.py: 10,000-deep multipart, a 100 MB
# line, NUL bytes, invalid base64 and quoted-printable, unknown charsets, a 50 MB attachment, HTML
# with 100,000 nested tags...) into a temporary directory and times each one in-process: reading
# excluded, MIME parse + HTML + tokenize + rules + score + reasons included, best and worst of three runs.
# The issue's bound is 100 ms per message. tst_parsedmessage checks the outcomes (no crash, what
# is kept); this prints the times.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${1:-$ROOT/build/release}
DIR=$(mktemp -d /tmp/mailtide-hostile.XXXXXX)
trap 'rm -rf "$DIR"' EXIT
python3 "$ROOT/tests/data/hostile/make-hostile.py" "$DIR" >/dev/null
cp "$ROOT/tests/data/nul-bytes.eml" "$DIR/"
"$BUILD/tests/bench/bench_each" "$DIR"/*
