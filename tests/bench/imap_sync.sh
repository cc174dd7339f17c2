#!/usr/bin/env bash
# imap_sync.sh [BUILD_DIR] [N]   (a benchmark, not a test: it is not run by ctest)
#
# IMAP sync throughput against a local throw-away Dovecot whose INBOX holds N messages (default
# 10,000) from the public corpus (imap_server, built from tests/bench/imap_server.cpp). In one run:
#   (a) the baseline: Python's standard imaplib logs in, EXAMINEs INBOX and reads everything of one
#       UID FETCH 1:* (UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[]<0.65536>). Not curl's command
#       line: Debian 12's libcurl 7.88 fails large custom responses (RECIPES.md).
#   (b) mailtide-cli sync --no-classify on a fresh database (it also LISTs, EXAMINEs every folder,
#       UID SEARCHes and stores a row per message: reported as it is);
#   (c) a full mailtide-cli sync, with the shipped default model, on a fresh database;
#   (d) a second sync on (c)'s database with nothing changed on the server.
# (a) and (b) run RUNS times (default 3) alternating, after one untimed warm-up of each (Dovecot
# builds its index and cache on the first fetch); medians are reported, since the machine is
# noisy. (d) also runs RUNS times. Wall and CPU (user+sys of the client process and its children)
# come from /usr/bin/time; Dovecot's own CPU is not counted for any of them.
# All runs use the same transport and the same fetch size (--fetch-bytes 65536).
# Env: TLS=implicit (default, IMAPS) or none (plain IMAP on loopback); RUNS; PYTHON (default
# /usr/bin/python3, not a pyenv shim, whose start-up would be timed); KEEP=1 keeps the work dir.
# To profile a sync by hand: `sleep 3600 | imap_server > env.txt &`, source env.txt, add an account as
# new_db() does, then `perf record -F 999 --call-graph dwarf mailtide-cli --db DB sync ...` (perf stat
# counters do not work on the VMs this was written on); killing the sleep stops the server.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
BUILD=$(cd "${1:-$ROOT/build/release}" && pwd)
N=${2:-10000}
TLS=${TLS:-implicit}
RUNS=${RUNS:-3}
PYTHON=${PYTHON:-/usr/bin/python3}
FETCH_BYTES=65536
CLI=$BUILD/bin/mailtide-cli
SERVER=$BUILD/tests/bench/imap_server
for f in "$CLI" "$SERVER" /usr/bin/time "$PYTHON"; do
  [ -x "$f" ] || { echo "imap_sync.sh: $f is missing (build mailtide-cli and imap_server)" >&2; exit 1; }
done
case $TLS in implicit|none) ;; *) echo "imap_sync.sh: TLS must be implicit or none" >&2; exit 2 ;; esac

WORK=$(mktemp -d /tmp/mailtide-imapbench.XXXXXX)
SERVER_PID=
cleanup() {
  if [ -n "${SRV_IN:-}" ]; then eval "exec $SRV_IN>&-"; SRV_IN=; fi   # EOF on its stdin: it stops Dovecot
  if [ -n "$SERVER_PID" ]; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  if [ "${KEEP:-0}" = 1 ]; then echo "imap_sync.sh: kept $WORK" >&2; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- the server -------------------------------------------------------------------------------
echo "imap_sync.sh: starting Dovecot with $N messages in INBOX..." >&2
coproc SRV { exec "$SERVER" --count "$N" 2>"$WORK/server.err"; }
SERVER_PID=$SRV_PID
SRV_OUT=${SRV[0]}
SRV_IN=${SRV[1]}
ready=0
while IFS= read -r -t 600 line <&"$SRV_OUT"; do
  case $line in
    READY=1) ready=1; break ;;
    [A-Z_]*=*) eval "SRV_$line" ;;   # the tool single-quotes every value
  esac
done
if [ $ready != 1 ]; then
  echo "imap_sync.sh: imap_server did not get ready:" >&2; cat "$WORK/server.err" >&2; exit 1
fi
PORT=$([ "$TLS" = implicit ] && echo "$SRV_IMAPS_PORT" || echo "$SRV_IMAP_PORT")
echo "imap_sync.sh: $SRV_COUNT messages ($SRV_BYTES bytes) at $SRV_HOST:$PORT, TLS $TLS" >&2

# --- (a) the baseline ---------------------------------------------------------------------------
cat > "$WORK/fetch.py" <<'EOF'
import imaplib, ssl, sys, time
host, port, tls, ca, user, pwfile, nbytes = sys.argv[1:8]
password = open(pwfile).read().strip()
t0 = time.perf_counter()
if tls == "implicit":
    m = imaplib.IMAP4_SSL(host, int(port), ssl_context=ssl.create_default_context(cafile=ca))
else:
    m = imaplib.IMAP4(host, int(port))
m.login(user, password)
typ, _ = m.select("INBOX", readonly=True)   # EXAMINE
assert typ == "OK", typ
typ, data = m.uid("FETCH", "1:*", f"(UID FLAGS INTERNALDATE RFC822.SIZE BODY.PEEK[]<0.{nbytes}>)")
assert typ == "OK", typ
messages = sum(1 for item in data if isinstance(item, tuple))
size = sum(len(item[1]) for item in data if isinstance(item, tuple))
m.logout()
print(messages, size, f"{time.perf_counter() - t0:.3f}")
EOF
run_a() { # $1: label
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/$1.time" \
    "$PYTHON" "$WORK/fetch.py" "$SRV_HOST" "$PORT" "$TLS" "$SRV_CA_FILE" "$SRV_USER" "$SRV_PASSWORD_FILE" \
    "$FETCH_BYTES" > "$WORK/$1.out"
  read -r got _ _ < "$WORK/$1.out"
  [ "$got" = "$N" ] || { echo "imap_sync.sh: imaplib fetched $got messages, not $N" >&2; exit 1; }
}

# --- mailtide -----------------------------------------------------------------------------------
new_db() { # $1: label -> prints the database path
  local db=$WORK/$1.db
  rm -f "$db"*
  "$CLI" --db "$db" account add --name bench --host "$SRV_HOST" --port "$PORT" --tls "$TLS" \
    --user "$SRV_USER" --password-command "cat $SRV_PASSWORD_FILE" --ca-file "$SRV_CA_FILE" \
    --fetch-bytes "$FETCH_BYTES" --no-test > /dev/null
  echo "$db"
}
run_sync() { # $1: label, $2: database, $3...: more sync options; checks INBOX's counts
  local label=$1 db=$2; shift 2
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/$label.time" \
    "$CLI" --db "$db" sync --account bench --quiet "$@" > "$WORK/$label.out"
}
inbox_new() { awk -F'\t' '$1 == "INBOX" { split($2, f, /, /); sub(/ new/, "", f[2]); print f[2] }' "$WORK/$1.out"; }
inbox_spam() { awk -F'\t' '$1 == "INBOX" { n = split($2, f, /, /); sub(/ spam.*/, "", f[n]); print f[n] }' "$WORK/$1.out"; }
check_new() { # $1: label, $2: expected new messages in INBOX
  local got; got=$(inbox_new "$1")
  [ "$got" = "$2" ] || { echo "imap_sync.sh: $1: $got new in INBOX, expected $2:" >&2; cat "$WORK/$1.out" >&2; exit 1; }
}

echo "imap_sync.sh: warm-up (untimed), then (a) and (b) alternating, $RUNS times..." >&2
run_a a0
run_sync b0 "$(new_db b0)" --no-classify; check_new b0 "$N"
for i in $(seq 1 "$RUNS"); do
  run_a "a$i"
  run_sync "b$i" "$(new_db "b$i")" --no-classify; check_new "b$i" "$N"
  if command -v sqlite3 >/dev/null; then
    vb=$(sqlite3 "$WORK/b$i.db" 'SELECT count(*) FROM messages WHERE verdict IS NOT NULL')
    [ "$vb" = 0 ] || { echo "imap_sync.sh: (b) stored $vb verdicts with --no-classify" >&2; exit 1; }
  fi
  rm -f "$WORK/b$i.db"*
done

echo "imap_sync.sh: (c) full sync, (d) second sync $RUNS times..." >&2
DB_C=$(new_db c)
"$CLI" --db "$DB_C" model import-default > /dev/null
run_sync c "$DB_C"; check_new c "$N"
SPAM=$(inbox_spam c)
if command -v sqlite3 >/dev/null; then   # proof that (c) classified every message, and (b) none
  vc=$(sqlite3 "$DB_C" 'SELECT count(*) FROM messages WHERE verdict IS NOT NULL')
  [ "$vc" = "$N" ] || { echo "imap_sync.sh: (c) stored $vc verdicts, not $N" >&2; exit 1; }
fi
for i in $(seq 1 "$RUNS"); do
  run_sync "d$i" "$DB_C"; check_new "d$i" 0
done

# --- the summary --------------------------------------------------------------------------------
# One line per run: label wall user sys maxrss_kb
for f in "$WORK"/[abcd]*.time; do
  l=$(basename "$f" .time); [[ $l == ?0 ]] && continue
  echo "$l $(cat "$f")"
done > "$WORK/all.txt"
echo
echo "IMAP sync benchmark: $N messages ($SRV_BYTES bytes) in INBOX, loopback Dovecot, TLS $TLS," \
  "fetch <0.$FETCH_BYTES>; medians of $RUNS (a) and (b) runs, alternating"
awk -v n="$N" -v runs="$RUNS" -v spam="$SPAM" '
  function median(k,   m, i, j, t, v) {
    m = cnt[k]; for (i = 1; i <= m; i++) v[i] = vals[k, i]
    for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return m % 2 ? v[(m + 1) / 2] : (v[m / 2] + v[m / 2 + 1]) / 2
  }
  function add(k, x) { vals[k, ++cnt[k]] = x }
  { g = substr($1, 1, 1); add(g "w", $2); add(g "c", $3 + $4); add(g "m", $5 / 1024)
    runs_of[g] = runs_of[g] sprintf(" %.2f", $2) }
  END {
    aw = median("aw"); ac = median("ac")
    name["a"] = "(a) imaplib UID FETCH"; name["b"] = "(b) mailtide sync --no-classify"
    name["c"] = "(c) mailtide sync (classify)"; name["d"] = "(d) second sync, no change"
    printf "%-34s %8s %8s %10s %10s %10s %8s  %s\n", "run", "wall s", "CPU s", "msg/s", "wall/(a)", "CPU/(a)", "peak MB", "walls"
    split("a b c d", gs, " ")
    for (i = 1; i <= 4; i++) {
      g = gs[i]; w = median(g "w"); c = median(g "c")
      rate = (g == "d") ? "-" : sprintf("%.0f", n / w)
      printf "%-34s %8.2f %8.2f %10s %9.2fx %9.2fx %8.0f %s\n", name[g], w, c, rate, w / aw, c / ac, median(g "m"), runs_of[g]
    }
    bw = median("bw"); dw = median("dw")
    printf "\n(c) classified %d messages as spam\n", spam
    printf "goal (b) within 1.2x of (a): %.2fx  %s\n", bw / aw, (bw / aw <= 1.2 ? "MET" : "NOT MET")
    printf "goal second sync under 1 s:  %.2f s %s\n", dw, (dw < 1 ? "MET" : "NOT MET")
  }' "$WORK/all.txt"
