#!/usr/bin/env bash
# Fuzz smoke: builds the libFuzzer targets with clang + ASan + UBSan in build-fuzz and runs each for
# FUZZ_SECONDS (default 20) on a copy of its seed corpus, FUZZ_JOBS (default 2) targets at a time.
# Exits non-zero on any crash, leak or UB.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${FUZZ_SECONDS:-20}"
targets=(barcode hid escpos_status catalog_csv intent playbook)

cmake -S "$root" -B "$build" -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
    -DPOS_FUZZ=ON -DPOS_SANITIZE=ON -DPOS_WERROR=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG" \
    $([ -f "$build/CMakeCache.txt" ] || echo -G Ninja) >/dev/null
cmake --build "$build" -j"${FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"

export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
# fuzz_one <target>: runs one target for $seconds on a copy of its seeds; its output goes to
# $build/fuzz_<target>.log, its verdict to $build/fuzz_<target>.status.
fuzz_one() {
    local t=$1 work
    work="$(mktemp -d)"
    cp "$root/tests/fuzz/corpus/$t/"* "$work/"
    if "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$build/crash-$t-" "$work" 2>"$build/fuzz_$t.log"; then
        echo ok >"$build/fuzz_$t.status"
    else
        echo failed >"$build/fuzz_$t.status"
    fi
    rm -rf "$work"
}
# FUZZ_JOBS targets at a time (each fuzzer is one process on one core).
jobs="${FUZZ_JOBS:-2}"
running=0
for t in "${targets[@]}"; do
    echo "== fuzz_$t (${seconds}s)"
    rm -f "$build/fuzz_$t.status"
    fuzz_one "$t" &
    running=$((running + 1))
    if ((running >= jobs)); then
        wait -n || true
        running=$((running - 1))
    fi
done
wait
status=0
for t in "${targets[@]}"; do
    echo "== fuzz_$t: $(cat "$build/fuzz_$t.status" 2>/dev/null || echo failed)"
    if [ "$(cat "$build/fuzz_$t.status" 2>/dev/null)" != ok ]; then
        echo "FAILED: fuzz_$t, see $build/fuzz_$t.log and $build/crash-$t-*"
        status=1
    fi
    grep -E 'stat::number_of_executed_units|stat::average_exec_per_sec|cov:' "$build/fuzz_$t.log" | tail -3
done
exit $status
