#!/usr/bin/env bash
# test.sh [ctest options]   e.g.  installer/test.sh -L unit
#
# Installs what is missing, builds Mailtide (dev preset, warnings as errors) and runs every test:
# unit, integration and GUI (offscreen). Each step is a fast no-op when already done.
set -euo pipefail
cd "$(dirname "$0")/.."
installer/install-deps.sh --test
[ -f build/dev/CMakeCache.txt ] || cmake --preset dev >/dev/null
installer/fetch-sample.sh build/dev/sample
cmake --build --preset dev
ctest --preset dev "$@"
