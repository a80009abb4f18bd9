#!/bin/sh
# Builds the libFuzzer targets with clang and runs each for a short while on the corpus in
# the repository. New inputs go to a temporary directory, never into the tree.
# Usage: tests/fuzz/run-smoke.sh [seconds per target, default 20]
set -eu
cd "$(dirname "$0")/../.."
seconds="${1:-20}"

packaging/install-build-deps.sh clang libclang-rt-14-dev

CC=clang CXX=clang++ cmake -S . -B build/fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DPOKEDEX_FUZZ=ON -DPOKEDEX_BUILD_TESTS=OFF
cmake --build build/fuzz

artifacts=build/fuzz/artifacts   # crashing inputs are kept here for a regression row
mkdir -p "$artifacts"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The first UBSan report fails the run, also from a check that was built to recover.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
passed=0
failed=0
for target in pokeapiparser namenormalizer contentdecoding showdownformat; do
    mkdir -p "$work/$target"
    echo "=== fuzz_$target for ${seconds}s"
    if build/fuzz/tests/fuzz/fuzz_$target -max_total_time="$seconds" -max_len=65536 \
        -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$work/$target" "tests/fuzz/corpus/$target"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done
echo "fuzz smoke: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
