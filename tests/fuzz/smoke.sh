#!/usr/bin/env bash
# Fuzz smoke: builds the libFuzzer targets with clang + ASan + UBSan in build-fuzz and runs each for
# FUZZ_SECONDS (default 20) on a copy of its seed corpus. Exits non-zero on any crash, leak or UB.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${FUZZ_SECONDS:-20}"
targets=(barcode hid escpos_status catalog_csv intent playbook)

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DPOS_FUZZ=ON -DPOS_SANITIZE=ON -DPOS_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"${FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
status=0
for t in "${targets[@]}"; do
    work="$(mktemp -d)"
    cp "$root/tests/fuzz/corpus/$t/"* "$work/"
    echo "== fuzz_$t (${seconds}s)"
    if ! "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$build/crash-$t-" "$work" 2>"$build/fuzz_$t.log"; then
        echo "FAILED: fuzz_$t, see $build/fuzz_$t.log and $build/crash-$t-*"
        status=1
    fi
    grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|cov:' "$build/fuzz_$t.log" | tail -3
    rm -rf "$work"
done
exit $status
