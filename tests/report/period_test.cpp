// Calendar ranges (day, ISO week, month, custom), the period summary's derived figures and
// renderings, and the monthly-target cascade month -> week -> day.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/report/period.h"

using namespace pos;
using namespace pos::report;

TEST_CASE("a week runs Monday to Sunday, across a month and a year boundary") {
    CHECK(range_containing(PeriodKind::week, "2026-11-20") == (DayRange{"2026-11-16", "2026-11-22"}));  // a Friday
    CHECK(range_containing(PeriodKind::week, "2026-11-16") == (DayRange{"2026-11-16", "2026-11-22"}));  // its Monday
    CHECK(range_containing(PeriodKind::week, "2026-11-22") == (DayRange{"2026-11-16", "2026-11-22"}));  // its Sunday
    CHECK(range_containing(PeriodKind::week, "2026-12-31") == (DayRange{"2026-12-28", "2027-01-03"}));
    CHECK(range_containing(PeriodKind::week, "2026-03-01") == (DayRange{"2026-02-23", "2026-03-01"}));
}

TEST_CASE("a month has its own length, February in leap years too") {
    CHECK(range_containing(PeriodKind::month, "2026-11-20") == (DayRange{"2026-11-01", "2026-11-30"}));
    CHECK(range_containing(PeriodKind::month, "2028-02-10") == (DayRange{"2028-02-01", "2028-02-29"}));
    CHECK(range_containing(PeriodKind::month, "2026-02-10") == (DayRange{"2026-02-01", "2026-02-28"}));
    CHECK(range_containing(PeriodKind::day, "2026-12-31") == (DayRange{"2026-12-31", "2026-12-31"}));
    CHECK(month_range("2026-12") == (DayRange{"2026-12-01", "2026-12-31"}));
    CHECK(day_count(month_range("2028-02")) == 29);
    CHECK(day_count({"2026-11-20", "2026-11-20"}) == 1);
    CHECK(day_count({"2025-12-31", "2027-01-01"}) == 367);
}

TEST_CASE("ranges are checked and listed day by day") {
    CHECK(make_range("2026-11-01", "2026-11-03") == (DayRange{"2026-11-01", "2026-11-03"}));
    CHECK_THROWS_WITH_AS(make_range("2026-11-04", "2026-11-03"), "the range starts after it ends: 2026-11-04 > 2026-11-03",
                         pos::Error);
    CHECK_THROWS_AS(make_range("2026-11-31", "2026-12-01"), pos::Error);
    CHECK_THROWS_AS(range_containing(PeriodKind::week, "20261120"), pos::Error);
    CHECK(days_of({"2026-12-30", "2027-01-02"}) == std::vector<std::string>{"2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"});
    CHECK(add_days("2026-03-01", -1) == "2026-02-28");
    CHECK(add_days("2028-02-28", 1) == "2028-02-29");
    CHECK(iso_weekday("2026-11-22") == 7);
    CHECK(is_valid_month("2026-11"));
    CHECK_FALSE(is_valid_month("2026-13"));
    CHECK_FALSE(is_valid_month("2026-1"));
    CHECK_FALSE(is_valid_month("2026-11-01"));
    CHECK_FALSE(is_valid_month("abcd-ef"));
    CHECK_THROWS_WITH_AS(month_range("2026-00"), "not a month: '2026-00' (use YYYY-MM)", pos::Error);
}

TEST_CASE("the cascade spreads what is left of the month over its remaining selling days") {
    // November 2026 has 30 days; on Friday the 20th, 11 days are left (20..30).
    const Cascade c = cascade(1'100'000, 450'000, "2026-11", "2026-11-20");
    CHECK(c.left == 650'000);
    CHECK(c.selling_days_left == 11);
    CHECK(c.today == 59'091);            // 650000 / 11 = 59090.9, rounded up
    CHECK(c.this_week == 59'091 * 3);    // Friday, Saturday, Sunday of this week

    SUBCASE("the last day carries everything left") {
        const Cascade last = cascade(1'000, 400, "2026-11", "2026-11-30");
        CHECK(last.selling_days_left == 1);
        CHECK(last.today == 600);
        CHECK(last.this_week == 600);
    }
    SUBCASE("a target already reached leaves nothing to do") {
        const Cascade done = cascade(1'000, 1'500, "2026-11", "2026-11-10");
        CHECK(done.left == 0);
        CHECK(done.today == 0);
        CHECK(done.this_week == 0);
    }
    SUBCASE("closed weekdays are not selling days") {
        const std::array<bool, 7> closed_sunday{true, true, true, true, true, true, false};
        // From Monday the 23rd: 23..28 and Monday the 30th are selling days.
        const Cascade m = cascade(700, 0, "2026-11", "2026-11-23", closed_sunday);
        CHECK(m.selling_days_left == 7);
        CHECK(m.today == 100);
        CHECK(m.this_week == 600);  // Monday..Saturday of this week at 100 a day
        // On the closed Sunday before: nothing today, nothing left in this week.
        const Cascade sunday = cascade(700, 0, "2026-11", "2026-11-22", closed_sunday);
        CHECK(sunday.selling_days_left == 7);
        CHECK(sunday.today == 0);
        CHECK(sunday.this_week == 0);
    }
    SUBCASE("the week stops at the month's end") {
        const Cascade w = cascade(300, 0, "2026-12", "2026-12-29");  // Tuesday; the month ends on Thursday
        CHECK(w.selling_days_left == 3);
        CHECK(w.today == 100);
        CHECK(w.this_week == 300);
    }
}

TEST_CASE("the cascade refuses a negative target and a day outside the month") {
    CHECK_THROWS_WITH_AS(cascade(-1, 0, "2026-11", "2026-11-20"), "a target cannot be negative", pos::Error);
    CHECK_THROWS_WITH_AS(cascade(100, 0, "2026-11", "2026-12-01"), "'2026-12-01' is not a day of 2026-11", pos::Error);
    CHECK_THROWS_AS(cascade(100, 0, "2026-13", "2026-12-01"), pos::Error);
}

TEST_CASE("period rates and renderings") {
    PeriodSummary s;
    s.range = {"2026-11-01", "2026-11-30"};
    s.base.currency = "CNY";
    s.base.store_name = "Store";
    s.visits_with_customer = 8;
    s.be_back_visits = 3;
    s.follow_ups_done = 4;
    s.follow_ups_bought = 1;
    s.revenue = 123'456;
    s.written = 200'000;
    s.days.push_back({"2026-11-01", 123'456, 10, 4});
    CHECK(s.be_back_bp() == 3750);
    CHECK(s.follow_up_sale_bp() == 2500);
    const std::string text = to_text(s);
    CHECK(text.find("Period summary 2026-11-01 to 2026-11-30 (30 days)") == 0);
    CHECK(text.find("delivered (revenue) 1234.56") != std::string::npos);
    CHECK(text.find("be-back visits 3 of 8 with a customer (37.50%)") != std::string::npos);
    CHECK(text.find("the drawer is counted per day") != std::string::npos);
    const std::string json = to_json(s);
    CHECK(json.find("\"rate_bp\": 3750") != std::string::npos);
    CHECK(json.find("\"revenue\": 123456") != std::string::npos);
    const std::string csv = to_csv(s);
    CHECK(csv.find("section,key,metric,value\nperiod,2026-11-01,to,2026-11-30\n") == 0);
    CHECK(csv.find("written,,total,2000.00") != std::string::npos);
    CHECK(csv.find("day,2026-11-01,revenue,1234.56") != std::string::npos);
    CHECK(csv.find("section,key,metric,value", 1) == std::string::npos);  // one header only
}
