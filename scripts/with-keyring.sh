#!/usr/bin/env bash
# Runs a command with a private, unlocked gnome-keyring (a real Secret Service)
# on the current D-Bus session bus. Use under dbus-run-session, as test.sh does;
# the user's own keyring is never touched.
set -euo pipefail
: "${DBUS_SESSION_BUS_ADDRESS:?run this under dbus-run-session}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR_FOR_TESTS:-$(mktemp -d)}"
chmod 700 "$XDG_RUNTIME_DIR"
# A throw-away home so the keyring's files land there, not in the user's.
export HOME="$(mktemp -d)"
# Creates the login keyring with this password on first use and unlocks it.
printf 'cutover-tests' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
exec "$@"
