#!/usr/bin/env bash
# run.sh [mailtide options]   e.g.  installer/run.sh --demo
#
# Installs what is missing, builds Mailtide (release preset) and starts the GUI with the given
# options. Each step is a fast no-op when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh --build
[ -f build/release/CMakeCache.txt ] || cmake --preset release >/dev/null
installer/fetch-sample.sh build/release/sample
cmake --build --preset release --target mailtide mailtide-cli
exec build/release/bin/mailtide "$@"
