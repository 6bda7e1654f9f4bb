#pragma once
// Staff PINs: hashed with Argon2id through libsodium (crypto_pwhash_str), and a lockout
// policy for repeated wrong PINs. The policy is pure: the caller stores its state.
#include <string>
#include <string_view>

#include "core/common/types.h"

namespace pos {

struct PinCost {
    unsigned long long ops;
    std::size_t mem;
    static PinCost interactive() noexcept;  // libsodium's INTERACTIVE limits (production)
    static PinCost minimum() noexcept;      // the smallest allowed limits (tests, demo data)
};

// A PIN is 4 to 8 ASCII digits. Throws Error(invalid_input) otherwise.
void validate_pin(std::string_view pin);
// Argon2id hash string in libsodium's encoded format ("$argon2id$v=19$...").
std::string hash_pin(std::string_view pin, PinCost cost = PinCost::interactive());
// Constant-time verification against a stored hash.
bool verify_pin(std::string_view pin, const std::string& stored_hash) noexcept;

struct LockoutState {
    int failed_attempts = 0;
    Timestamp locked_until = 0;  // ms since epoch; 0 = not locked
};

struct LockoutPolicy {
    int max_attempts = 5;                 // wrong PINs in a row before a lock
    Timestamp lock_ms = 5 * 60 * 1000;    // how long a lock lasts

    bool is_locked(const LockoutState& s, Timestamp now) const noexcept { return s.locked_until > now; }
    // State after a wrong PIN at `now`.
    LockoutState after_failure(LockoutState s, Timestamp now) const noexcept;
    // State after a correct PIN.
    LockoutState after_success() const noexcept { return {}; }
};

}  // namespace pos
