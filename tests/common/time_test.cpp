#include <doctest/doctest.h>

#include <cstdlib>
#include <ctime>

#include "core/common/time.h"

using namespace pos;

namespace {
struct UtcZone {
    UtcZone() { setenv("TZ", "UTC", 1), tzset(); }
};
}  // namespace

TEST_CASE("local datetime parse and day/hour extraction (TZ=UTC)") {
    UtcZone utc;
    auto t = parse_local_datetime("2026-11-23T10:15:30");
    REQUIRE(t);
    CHECK(*t == 1795428930000);
    CHECK(local_day(*t) == "2026-11-23");
    CHECK(local_hour(*t) == 10);
    CHECK(local_datetime(*t) == "2026-11-23 10:15");
    CHECK(parse_local_datetime("2026-11-23 10:15:30") == t);
    CHECK(local_day_start("2026-11-23") == 1795392000000);
}

TEST_CASE("another zone shifts the business day") {
    setenv("TZ", "Asia/Ho_Chi_Minh", 1);
    tzset();
    // 2026-11-23 20:00 UTC is already the 24th in Ho Chi Minh City (UTC+7).
    CHECK(local_day(1795464000000) == "2026-11-24");
    setenv("TZ", "UTC", 1);
    tzset();
}

TEST_CASE("malformed dates are refused") {
    CHECK_FALSE(parse_local_datetime("2026-13-01T00:00:00"));
    CHECK_FALSE(parse_local_datetime("2026-02-30T00:00:00"));
    CHECK_FALSE(parse_local_datetime("2026-11-23T24:00:00"));
    CHECK_FALSE(parse_local_datetime("2026-11-23"));
    CHECK(is_valid_date("2024-02-29"));
    CHECK_FALSE(is_valid_date("2023-02-29"));
    CHECK_FALSE(is_valid_date("2023-2-28"));
    CHECK_FALSE(local_day_start("yesterday"));
}

TEST_CASE("manual clock") {
    ManualClock c(5);
    c.advance(10);
    CHECK(c.now() == 15);
    c.set(1);
    CHECK(c.now() == 1);
}
