#!/usr/bin/env bash
# Showroom POS developer entry point (Debian 12).
#   ./dev.sh run [app args]   install what is missing, build, launch the app on the embedded demo database
#   ./dev.sh test             install what is missing, build, run every test (CI runs exactly this):
#                             normal build + tests, ASan+UBSan build + tests, fuzz smoke
#   ./dev.sh bench            install, build, and run the benchmarks (prints figures)
#   ./dev.sh deps             only install the Debian packages
# Set BUILD_DIR to use another build directory; CI=true turns warnings into errors.
# Builds use Ninja, lld and (when installed) ccache, with line-table debug info (-g1: enough for
# backtraces, sanitizer reports and perf; POS_DEBUG_LEVEL=2 for full -g).
set -euo pipefail
cd "$(dirname "$0")"

BUILD_DIR=${BUILD_DIR:-build}
# What ./dev.sh run needs (the app), and what the tests, fuzzing and benchmarks add.
APP_PACKAGES=(
    cmake ninja-build g++ lld pkg-config
    libimgui-dev libglfw3-dev libgl-dev
    libsqlite3-dev sqlite3 libusb-1.0-0-dev libsodium-dev nlohmann-json3-dev
    libfreetype-dev libpng-dev libqrencode-dev fonts-noto-cjk fonts-noto-core
)
TEST_PACKAGES=(
    doctest-dev libumockdev-dev umockdev zbar-tools zint
    clang libclang-rt-14-dev
    xvfb xauth xdotool imagemagick
)
PACKAGES=("${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}")

install_deps() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
    done
    if ((${#missing[@]})); then
        echo "Installing Debian packages: ${missing[*]}"
        local sudo=""
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

# configure [cmake args]: configure $BUILD_DIR (Ninja for a new directory; an existing one keeps
# its generator).
configure() {
    local werror=OFF args=()
    [ "${CI:-}" = "true" ] && werror=ON
    [ -f "$BUILD_DIR/CMakeCache.txt" ] || args+=(-G Ninja)
    if command -v ccache >/dev/null && [ "${POS_CCACHE:-1}" != 0 ]; then
        args+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
    fi
    local g="-g${POS_DEBUG_LEVEL:-1}" o="-O${POS_OPT_LEVEL:-2}"
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPOS_WERROR=$werror \
        "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$o $g -DNDEBUG" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$o $g -DNDEBUG" \
        "${args[@]}" "$@"
}

# build [cmake args]: configure and build everything the tests need (no previews, no benchmark).
build() {
    configure -DBUILD_TESTING=ON -DPOS_BUILD_TOOLS=OFF "$@"
    cmake --build "$BUILD_DIR" -j"$(nproc)"
}

cmd=${1:-}
shift || true
case "$cmd" in
    run)
        # Only the app: its packages, and the showroom-pos target.
        install_deps "${APP_PACKAGES[@]}"
        configure -DBUILD_TESTING=OFF
        cmake --build "$BUILD_DIR" -j"$(nproc)" --target showroom-pos
        exec "$BUILD_DIR/showroom-pos" "$@"
        ;;
    test)
        # CI: the normal build + every test, the ASan + UBSan build (build-asan) + every test, and
        # the fuzz smoke (tests/fuzz/smoke.sh, clang, build-fuzz). POS_TEST_STAGES picks stages
        # ("normal asan fuzz" by default); each stage prints its duration.
        install_deps "${PACKAGES[@]}"
        stages=${POS_TEST_STAGES:-normal asan fuzz}
        timed() {
            local name=$1 start=$SECONDS
            shift
            echo "== stage $name"
            "$@"
            echo "== stage $name passed in $((SECONDS - start)) s"
            stage_times+="$name $((SECONDS - start)) s, "
        }
        run_tests() { ctest --test-dir "$1" --output-on-failure -j"$(nproc)"; }
        # CI builds what it only runs once: the normal tree without debug info (-g0: no one
        # debugs a CI tree; the sanitizer tree keeps -g1 for its stack traces), the sanitizer
        # tree at -O1 (what the ASan manual recommends; a fifth less compile time than -O2).
        normal_build() {
            local POS_DEBUG_LEVEL=${POS_DEBUG_LEVEL:-$([ "${CI:-}" = "true" ] && echo 0 || echo 1)}
            build
        }
        asan_build() {
            local BUILD_DIR=${ASAN_BUILD_DIR:-build-asan} POS_OPT_LEVEL=${POS_OPT_LEVEL:-1}
            build -DPOS_SANITIZE=ON
        }
        total_start=$SECONDS
        stage_times=""
        for stage in $stages; do
            case "$stage" in
                normal)
                    timed normal-build normal_build
                    timed normal-tests run_tests "$BUILD_DIR"
                    ;;
                asan)
                    timed asan-build asan_build
                    # shellcheck source=tests/ci/sanitizers.sh
                    timed asan-tests bash -c '. tests/ci/sanitizers.sh && ctest --test-dir "$1" --output-on-failure -j"$(nproc)"' \
                        _ "${ASAN_BUILD_DIR:-build-asan}"
                    ;;
                fuzz)
                    timed fuzz-smoke env FUZZ_SECONDS="${FUZZ_SECONDS:-25}" FUZZ_JOBS="$(nproc)" tests/fuzz/smoke.sh
                    ;;
                *)
                    echo "unknown stage '$stage' in POS_TEST_STAGES (normal, asan, fuzz)" >&2
                    exit 2
                    ;;
            esac
        done
        echo "== all stages ($stages) passed in $((SECONDS - total_start)) s: ${stage_times%, }"
        ;;
    bench)
        install_deps "${PACKAGES[@]}"
        configure -DBUILD_TESTING=ON -DPOS_BUILD_TOOLS=ON
        cmake --build "$BUILD_DIR" -j"$(nproc)" --target pos_bench
        "$BUILD_DIR/tests/bench/pos_bench" "$@"
        ;;
    deps)
        install_deps "${PACKAGES[@]}"
        ;;
    *)
        sed -n '2,10p' "$0"
        exit 2
        ;;
esac
