#!/usr/bin/env bash
# Builds the libFuzzer targets in tests/fuzz (clang, ASan + UBSan) into build-fuzz/
# and runs each for a while, starting from its seed corpus in tests/fuzz/corpus/.
#   FUZZ_SECONDS=300 scripts/fuzz.sh          longer runs (default 20 s per target)
#   scripts/fuzz.sh FuzzCsv                   only the targets named
# New inputs found go to build-fuzz/corpus/, crashes to build-fuzz/artifacts/; the
# committed seeds are only read. Exits non-zero as soon as a target fails.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-20}
build=build-fuzz

if ! command -v clang++ >/dev/null; then
    echo "fuzz.sh: clang++ is needed (apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi
cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=clang++ >/dev/null
cmake --build "$build" -j2

targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for exe in "$build"/Fuzz*; do
        [ -x "$exe" ] && [ -f "$exe" ] && targets+=("$(basename "$exe")")
    done
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
for target in "${targets[@]}"; do
    name=$(echo "${target#Fuzz}" | tr '[:upper:]' '[:lower:]') # FuzzCsv -> csv
    seeds=tests/fuzz/corpus/$name
    mkdir -p "$build/corpus/$name" "$build/artifacts"
    echo "== $target: ${seconds}s from $seeds"
    "$build/$target" "$build/corpus/$name" $( [ -d "$seeds" ] && echo "$seeds" ) \
        -max_total_time="$seconds" -print_final_stats=1 \
        -artifact_prefix="$build/artifacts/$name-"
done
