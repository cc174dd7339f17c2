#!/usr/bin/env bash
# classifier.sh [BUILD_DIR]   (a benchmark, not a test: it is not run by ctest)
#
# Trains Mailtide on the public corpus's train split and classifies the test split, as
# ../shared/bench/peers.sh does for bogofilter, SpamAssassin and rspamd, then prints
# score-metrics.py's figures, the training time, classify throughput (messages per CPU-second,
# files read from a warm cache) and peak memory. PEERS="bogofilter" (default "") runs those
# peers in the same run for the ratios.
# Env: CACHE_DIR (default ~/.cache/spam-corpus), BENCH (default ../shared/bench beside the
# checkout), OUT (default /tmp/mailtide-bench).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=${1:-$ROOT/build/release}
BENCH=${BENCH:-$ROOT/../shared/bench}
CACHE_DIR=${CACHE_DIR:-$HOME/.cache/spam-corpus}
OUT=${OUT:-/tmp/mailtide-bench}
CLI=$BUILD/bin/mailtide-cli
mkdir -p "$OUT"
"$BENCH/prepare-corpus.sh" "$CACHE_DIR" >/dev/null
CACHE_DIR=$(cd "$CACHE_DIR" && pwd)

awk -F'\t' -v c="$CACHE_DIR" 'NR > 1 && $4 == "train" { print $2 "\t" c "/" $1 }' "$CACHE_DIR/index.tsv" > "$OUT/train.lst"
awk -F'\t' -v c="$CACHE_DIR" 'NR > 1 && $4 == "test" { print c "/" $1 }' "$CACHE_DIR/index.tsv" > "$OUT/test.lst"
cat $(cut -f2 "$OUT/train.lst") $(cat "$OUT/test.lst") > /dev/null   # warm the page cache

DB=$(mktemp -d /tmp/mailtide-bench.XXXXXX)/bench.db
trap 'rm -rf "$(dirname "$DB")"' EXIT
/usr/bin/time -f '%e %U %S %M' -o "$OUT/mailtide.train.time" "$CLI" --db "$DB" train --files-from "$OUT/train.lst"
/usr/bin/time -f '%e %U %S %M' -o "$OUT/mailtide.score.time" "$CLI" --db "$DB" classify --files-from "$OUT/test.lst" \
  > "$OUT/mailtide.classify.tsv"
# score-metrics wants path, score, spam|ham: "unsure" counts as a missed spam (not flagged).
awk -F'\t' -v OFS='\t' '{ print $1, $3, ($2 == "spam" ? "spam" : "ham") }' "$OUT/mailtide.classify.tsv" \
  > "$OUT/mailtide.scores.tsv"
python3 "$BENCH/score-metrics.py" "$OUT/mailtide.scores.tsv" "$CACHE_DIR/index.tsv" --name mailtide | tee "$OUT/mailtide.metrics"
read -r tw tu ts trss < "$OUT/mailtide.train.time"
read -r sw su ss srss < "$OUT/mailtide.score.time"
n=$(wc -l < "$OUT/test.lst")
echo "mailtide: unsure verdicts: $(awk -F'\t' '$2 == "unsure"' "$OUT/mailtide.classify.tsv" | wc -l)"
awk -v n="$n" -v tw="$tw" -v tu="$tu" -v ts="$ts" -v sw="$sw" -v su="$su" -v ss="$ss" -v trss="$trss" -v srss="$srss" 'BEGIN {
  printf "mailtide: train %.2f s wall (%.2f CPU s, %.0f MB peak); classify %d messages in %.2f s wall, %.2f CPU s: %.0f messages per CPU-second, %.0f MB peak\n",
    tw, tu + ts, trss / 1024, n, sw, su + ss, n / (su + ss), srss / 1024 }'
if [ -n "${PEERS:-}" ]; then
  OUT=$OUT PEERS="$PEERS" "$BENCH/peers.sh" "$CACHE_DIR" | tail -n 4
fi
