#!/usr/bin/env bash
# The whole test suite from a fresh Debian 12 machine: install, build, test.
# CI runs exactly this (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci
# Keychain tests need a Secret Service: give them a private D-Bus session with an
# unlocked gnome-keyring. Everything else runs offscreen (set per test by CTest).
exec dbus-run-session -- scripts/with-keyring.sh ctest --preset ci "$@"
