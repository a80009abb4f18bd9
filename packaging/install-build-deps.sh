#!/bin/sh
# Installs the Debian 12 packages Pokedex needs to build and test, if any is missing.
# Usage: packaging/install-build-deps.sh [extra-package...]   (as root, or with sudo available)
set -eu

# librsvg2-bin (rsvg-convert) and help2man make the hicolor PNG icons and the man page (packaging/);
# clang-format checks the code layout (a ctest); nodejs runs the HTTP/2 fake PokeAPI of the tests
# (tests/support/h2server.mjs); libzstd-dev compresses the disk cache; zlib1g-dev inflates
# gzip answers; qt6-l10n-tools (lupdate, lrelease) and qt6-tools-dev (its CMake package) build the window's translations (ui/translations);
# qt6-translations-l10n is Qt's own (dialog buttons), which tst_mainwindow checks.
# qt6-multimedia-dev plays cries, and the tests play a real Ogg Vorbis cry through GStreamer's
# base and good plugins.
packages="cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good qt6-l10n-tools qt6-tools-dev qt6-translations-l10n libzstd-dev zlib1g-dev librsvg2-bin help2man clang-format nodejs $*"

missing=""
for p in $packages; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing:$missing"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO=sudo
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
