#!/usr/bin/env bash
# Install, build and launch the wizard. With no project given, Cutover reopens the
# last project, or creates and opens a demo project on first run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release
exec build-release/app/cutover "$@"
