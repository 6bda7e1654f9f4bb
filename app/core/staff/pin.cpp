#include "core/staff/pin.h"

#include <sodium.h>

#include "core/common/error.h"

namespace pos {
namespace {

void ensure_sodium() {
    if (sodium_init() < 0) throw Error(Errc::io, "libsodium failed to initialise");
}

}  // namespace

PinCost PinCost::interactive() noexcept {
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PinCost PinCost::minimum() noexcept {
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

void validate_pin(std::string_view pin) {
    if (pin.size() < 4 || pin.size() > 8) throw Error(Errc::invalid_input, "a PIN has 4 to 8 digits");
    for (char c : pin)
        if (c < '0' || c > '9') throw Error(Errc::invalid_input, "a PIN has digits only");
}

std::string hash_pin(std::string_view pin, PinCost cost) {
    validate_pin(pin);
    ensure_sodium();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.data(), pin.size(), cost.ops, cost.mem) != 0)
        throw Error(Errc::io, "out of memory while hashing a PIN");
    return std::string(out);
}

bool verify_pin(std::string_view pin, const std::string& stored_hash) noexcept {
    if (sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(stored_hash.c_str(), pin.data(), pin.size()) == 0;
}

LockoutState LockoutPolicy::after_failure(LockoutState s, Timestamp now) const noexcept {
    if (s.locked_until != 0 && s.locked_until <= now) s = {};  // an expired lock starts a fresh count
    ++s.failed_attempts;
    if (s.failed_attempts >= max_attempts) {
        s.locked_until = now + lock_ms;
        s.failed_attempts = 0;
    }
    return s;
}

}  // namespace pos
