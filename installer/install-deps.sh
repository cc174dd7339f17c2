#!/usr/bin/env bash
# install-deps.sh [--build] [--test] [--bench]
#
# Installs the Debian 12 packages Mailtide needs that are not installed yet, in one apt-get call.
# Idempotent and fast when nothing is missing (only dpkg-query runs). Needs root or sudo.
#   --build  compilers, Qt 6, libcurl, GMime, gumbo, libpsl, SQLite, zlib (the default)
#   --test   adds what the tests start or use: Dovecot, OpenSSL, Xvfb, ImageMagick, poppler, and
#            gnome-keyring with a D-Bus session bus (a real Secret Service for the keyring test),
#            dnsmasq (a real DNS server on loopback), Postfix (real SMTP servers: open relay,
#            closed, mailto unsubscribe), lighttpd with TLS (the one-click unsubscribe endpoint)
#   --bench  adds the peer spam filters the benchmarks compare against
set -euo pipefail

BUILD=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-charts-dev qt6-svg-dev
       qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6opengl6-dev
       qtkeychain-qt6-dev libcurl4-openssl-dev libgmime-3.0-dev libgumbo-dev libpsl-dev
       libsqlite3-dev zlib1g-dev publicsuffix ca-certificates python3)
TEST=(dovecot-core dovecot-imapd openssl xvfb xauth x11-utils imagemagick poppler-utils
      gnome-keyring dbus-daemon dnsmasq-base postfix lighttpd lighttpd-mod-openssl)
BENCH=(bogofilter time)

want=()
[ $# -eq 0 ] && set -- --build
for arg; do
  case $arg in
    --build) want+=("${BUILD[@]}") ;;
    --test)  want+=("${BUILD[@]}" "${TEST[@]}") ;;
    --bench) want+=("${BUILD[@]}" "${BENCH[@]}") ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
# The sample mailbox comes from the npm registry: npm is needed unless a Node.js install already
# provides it (Debian's npm package conflicts with NodeSource's nodejs).
command -v npm >/dev/null || want+=(npm)

missing=()
for p in $(printf '%s\n' "${want[@]}" | sort -u); do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
# The tests run their own Postfix from a private config; the system's own stays unconfigured (and
# so does not start listening on port 25).
if printf '%s\n' "${missing[@]}" | grep -qx postfix; then
  echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
fi
echo "install-deps.sh: installing ${missing[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
