#!/usr/bin/env bash
# Runs a command with a private, unlocked gnome-keyring (a real Secret Service)
# on the current D-Bus session bus. Use under dbus-run-session, as test.sh does;
# the user's own keyring is never touched.
set -euo pipefail
: "${DBUS_SESSION_BUS_ADDRESS:?run this under dbus-run-session}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/runtime"
# A throw-away home so the keyring's files land there, not in the user's.
export HOME="$scratch/home"
mkdir -p -m 700 "$XDG_RUNTIME_DIR" "$HOME"
# Creates the login keyring with this password on first use and unlocks it.
printf 'cutover-tests' | gnome-keyring-daemon --daemonize --unlock --components=secrets >/dev/null
"$@"
