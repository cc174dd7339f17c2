#!/usr/bin/env bash
# with-keyring.sh PROGRAM [ARGS...]
#
# Runs PROGRAM with a real Secret Service: its own D-Bus session bus (dbus-run-session) and
# gnome-keyring-daemon's secrets component in it, unlocked with a throw-away password. The keyring
# files live in a temporary directory (XDG_DATA_HOME), so the user's own keyring is never read or
# written, and both daemons end with the session. Exits with PROGRAM's status.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null ||
    { echo "with-keyring.sh: $tool is missing (installer/install-deps.sh --test installs it)" >&2; exit 1; }
done
tmp=$(mktemp -d /tmp/mailtide-keyring.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/data" "$tmp/run"
chmod 700 "$tmp/run"
export XDG_DATA_HOME=$tmp/data XDG_RUNTIME_DIR=$tmp/run
rc=0
# --unlock reads the keyring's password on stdin and creates the "login" keyring with it.
dbus-run-session -- bash -c 'printf %s mailtide-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
  with-keyring "$@" || rc=$?
exit $rc
