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
dbus-run-session -- scripts/with-keyring.sh ctest --preset ci "$@"
# A short run of each export reader's libFuzzer target (scripts/fuzz.sh runs them
# longer). Skipped when ctest was given arguments, i.e. a partial run.
if [ $# -eq 0 ]; then
    FUZZ_SECONDS=${FUZZ_SECONDS:-15} scripts/fuzz.sh
fi
