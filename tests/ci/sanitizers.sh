# Sourced by dev.sh for the ASan + UBSan test stage: runtime options and suppressions.
# shellcheck shell=bash
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# verify_asan_link_order=0: the USB tests link libumockdev-preload (and a few spawn helpers under
#   umockdev's LD_PRELOAD); ASan then does not come first in the library list, which is harmless
#   here because the preload library only wraps libc file and ioctl calls.
# detect_leaks=1 with suppressions for leaks inside system libraries (see lsan.supp).
export ASAN_OPTIONS="verify_asan_link_order=0:detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=0"
export LSAN_OPTIONS="suppressions=$root/tests/ci/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$root/tests/ci/ubsan.supp"
