#!/bin/sh
# Builds Pokedex and runs every test twice (a release build, then ASan + UBSan), then a short
# fuzzing smoke run and the .deb checks. Installs the Debian packages it needs first.
# Usage (as root on Debian 12): tests/run-all.sh
set -eu
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh

for preset in release asan; do
    echo "=== $preset: configure and build"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    echo "=== $preset: test"
    ctest --preset "$preset" --parallel 2
done
tests/fuzz/run-smoke.sh 20   # libFuzzer: parsers and name normaliser, 20 s each
packaging/check-deb.sh       # the .deb: build, lintian, validate, install, run, purge
