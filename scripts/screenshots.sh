#!/usr/bin/env bash
# Refreshes docs/screenshots/ (the README's pictures and the AppStream screenshots):
# builds cutover-screenshots if needed and runs it on a real X server (Xvfb), so
# fonts and rendering are what a user sees, with a private keyring for the
# rehearsal's token. Every step on the demo project, the rehearsal against a local
# cutover-sandbox, and the French shots listed below. docs/screenshots is replaced
# only when every shot was taken.
#   scripts/screenshots.sh            # all of them
#   scripts/screenshots.sh NAME...    # only these (e.g. cutoff-page), the others kept
set -euo pipefail
cd "$(dirname "$0")/.."

# The shots also taken in French (as NAME-fr.png).
french=(export-issues)

scripts/install-deps.sh
cmake --preset ci >/dev/null
cmake --build --preset ci --target cutover-screenshots

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
shoot() {
    # English whatever the desktop's language; 1180x800 fits a 1600x1000 screen.
    env -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 LANG=C.UTF-8 \
        xvfb-run -a -s "-screen 0 1600x1000x24" \
        dbus-run-session -- scripts/with-keyring.sh \
        build-ci/tests/cutover-screenshots "$out" "$@"
}

if [ $# -gt 0 ]; then
    only=$(IFS=,; echo "$*")
    shoot --only "$only"
    fr=()
    for name in "$@"; do
        [[ " ${french[*]} " == *" $name "* ]] && fr+=("$name")
    done
    [ ${#fr[@]} -eq 0 ] || shoot --lang fr --only "$(IFS=,; echo "${fr[*]}")"
else
    shoot
    shoot --lang fr --only "$(IFS=,; echo "${french[*]}")"
    rm -f docs/screenshots/*.png
fi
mkdir -p docs/screenshots
cp "$out"/*.png docs/screenshots/
ls docs/screenshots
