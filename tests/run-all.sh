#!/bin/sh
# Builds Pokedex and runs every test twice (a release build, then ASan + UBSan), then a short
# fuzzing smoke run and the .deb checks. Installs the Debian packages it needs first.
# Usage (as root on Debian 12): tests/run-all.sh
set -eu
cd "$(dirname "$0")/.."

packaging/install-build-deps.sh

log=$(mktemp)
step=$(mktemp)
trap 'rm -f "$log" "$step"' EXIT

# Runs a step, shows its output, keeps it for the closing line, and fails as the step did.
logged() {
    if "$@" >"$step" 2>&1; then rc=0; else rc=$?; fi
    cat "$step"
    cat "$step" >>"$log"
    return "$rc"
}

# Every tests/tst_*.cpp is one ctest: fewer registered means a test was dropped from the build.
test_files=$(find tests -maxdepth 1 -name 'tst_*.cpp' | wc -l)
for preset in release asan; do
    echo "=== $preset: configure and build"
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    echo "=== $preset: test"
    registered=$(ctest --preset "$preset" -N | sed -n 's/^Total Tests: \([0-9]*\)$/\1/p')
    if [ -z "$registered" ] || [ "$registered" -lt "$test_files" ]; then
        echo "run-all: $preset registers ${registered:-no} ctest tests, fewer than the $test_files tests/tst_*.cpp" >&2
        exit 1
    fi
    logged ctest --preset "$preset" --parallel 2
    ran=$(sed -n 's/.*tests failed out of \([0-9]*\)$/\1/p' "$step")
    if [ "$ran" != "$registered" ]; then
        echo "run-all: $preset ran ${ran:-no} ctest tests, expected the $registered registered" >&2
        exit 1
    fi
done
logged tests/fuzz/run-smoke.sh 20   # libFuzzer: parsers and name normaliser, 20 s each
logged packaging/check-deb.sh       # the .deb: build, lintian, validate, install, run, purge

# One closing line over everything above; any failure has already stopped the script.
total=0
for n in $(sed -n -e 's/.*tests failed out of \([0-9]*\)$/\1/p' \
                  -e 's/^\(fuzz smoke\|deb checks\): \([0-9]*\) passed.*/\2/p' "$log"); do
    total=$((total + n))
done
echo "Total: $total passed, 0 failed"
