#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/staff/pin.h"

using namespace pos;

TEST_CASE("PINs are hashed with Argon2id and verified") {
    const std::string h = hash_pin("2580", PinCost::minimum());
    CHECK(h.rfind("$argon2id$", 0) == 0);
    CHECK(verify_pin("2580", h));
    CHECK_FALSE(verify_pin("2581", h));
    CHECK_FALSE(verify_pin("", h));
    CHECK(hash_pin("2580", PinCost::minimum()) != h);  // salted
    CHECK_FALSE(verify_pin("2580", "not a hash"));
}

TEST_CASE("PIN format is checked") {
    CHECK_THROWS_AS(validate_pin("123"), Error);
    CHECK_THROWS_AS(validate_pin("123456789"), Error);
    CHECK_THROWS_AS(validate_pin("12a4"), Error);
    CHECK_NOTHROW(validate_pin("0000"));
}

TEST_CASE("lockout after repeated wrong PINs, released after the lock time") {
    LockoutPolicy p;  // 5 attempts, 5 minutes
    LockoutState s;
    Timestamp t = 1'000'000;
    for (int i = 0; i < 4; ++i) {
        s = p.after_failure(s, t);
        CHECK_FALSE(p.is_locked(s, t));
    }
    s = p.after_failure(s, t);
    CHECK(p.is_locked(s, t));
    CHECK(p.is_locked(s, t + p.lock_ms - 1));
    CHECK_FALSE(p.is_locked(s, t + p.lock_ms));
    // a wrong PIN after the lock expired starts a fresh count
    s = p.after_failure(s, t + p.lock_ms);
    CHECK(s.failed_attempts == 1);
    CHECK_FALSE(p.is_locked(s, t + p.lock_ms));
    CHECK(p.after_success().failed_attempts == 0);
}
