#!/usr/bin/env bash
# Installs the Debian 12 packages Cutover builds, runs and tests with.
# Idempotent: when everything is already installed it does nothing (no apt-get update).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # desktop notifications and launcher progress (QtDBus; its headers come with qt6-base-dev)
    libqt6dbus6
    qtkeychain-qt6-dev
    # export readers: workbooks are zips (QuaZip), CSV encodings are guessed (uchardet)
    libquazip1-qt6-dev libuchardet-dev
    # staging inserts through SQLite's own API on Qt's connection
    libsqlite3-dev
    # SHA-256 of loaded files (OpenSSL's, with the CPU's SHA instructions)
    libssl-dev
    # business-day calendar: the firm's days off from iCalendar (.ics) files
    libical-dev
    # time-tracking templates: libxlsxwriter's headers (the library is loaded at run time)
    libxlsxwriter-dev
    # import: Clio's OAuth flow (Qt Network Authorization); the local sandbox target (QtHttpServer)
    # (qt6-httpserver-dev's CMake config needs Qt6WebSockets, which Debian does not pull in)
    qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    # review: the report's chart (Qt Charts) drawn into the PDF
    # (Debian's Qt6Charts CMake config needs Qt6OpenGL's, which qt6-charts-dev does not pull in)
    qt6-charts-dev libqt6opengl6-dev
    # run
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins qt6-translations-l10n fonts-dejavu-core libxlsxwriter4
    # test: a real Secret Service for the keychain tests
    dbus dbus-daemon gnome-keyring libsecret-tools
    # test: the review report's PDF is read back as text (pdftotext, pdfinfo)
    poppler-utils
    # test: libFuzzer targets for the readers (clang)
    clang libclang-rt-14-dev
    # benchmarks: the sqlite3 shell's .import is the baseline staging is measured against
    sqlite3
    # test: packaging, the installed .desktop file, AppStream metadata and MIME type validated
    desktop-file-utils appstream shared-mime-info
    # looking at the running program: a virtual display and a screenshot (README)
    xvfb xauth x11-apps imagemagick
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}" >&2
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: run as root or install sudo" >&2; exit 1; }
    sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
