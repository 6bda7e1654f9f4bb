#include <doctest/doctest.h>

#include <limits>

#include "core/sale/money.h"

using namespace pos;

TEST_CASE("currency exponents follow ISO 4217") {
    CHECK(currency("CNY").exponent == 2);
    CHECK(currency("RUB").exponent == 2);
    CHECK(currency("USD").exponent == 2);
    CHECK(currency("VND").exponent == 0);
    CHECK(find_currency("XXX") == nullptr);
    CHECK_THROWS_WITH_AS(currency("XXX"), doctest::Contains("unknown currency 'XXX'"), Error);
}

TEST_CASE("parse_major converts major units to minor units") {
    const Currency& cny = currency("CNY");
    CHECK(parse_major("12", cny) == 1200);
    CHECK(parse_major("12.5", cny) == 1250);
    CHECK(parse_major("12.34", cny) == 1234);
    CHECK(parse_major("0.01", cny) == 1);
    CHECK(parse_major("-3.10", cny) == -310);
    const Currency& vnd = currency("VND");
    CHECK(parse_major("1500000", vnd) == 1500000);
}

TEST_CASE("parse_major rejects bad numbers with a reason") {
    const Currency& cny = currency("CNY");
    CHECK_THROWS_WITH_AS(parse_major("12.345", cny), doctest::Contains("too many decimals for CNY (2 allowed)"), Error);
    CHECK_THROWS_WITH_AS(parse_major("1500.5", currency("VND")), doctest::Contains("too many decimals for VND (0 allowed)"), Error);
    CHECK_THROWS_AS(parse_major("", cny), Error);
    CHECK_THROWS_AS(parse_major("12,50", cny), Error);
    CHECK_THROWS_AS(parse_major("1e3", cny), Error);
    CHECK_THROWS_AS(parse_major(".5", cny), Error);
    CHECK_THROWS_AS(parse_major("5.", cny), Error);
    CHECK_THROWS_AS(parse_major("99999999999999999999", cny), Error);
    CHECK_THROWS_AS(parse_major("92233720368547758.08", cny), Error);  // one past INT64_MAX minor units
    CHECK(parse_major("92233720368547758.07", cny) == std::numeric_limits<Minor>::max());
}

TEST_CASE("checked arithmetic detects overflow instead of wrapping") {
    const Minor max = std::numeric_limits<Minor>::max();
    const Minor min = std::numeric_limits<Minor>::min();
    CHECK(checked_add(1, 2) == 3);
    CHECK_THROWS_AS(checked_add(max, 1), Error);
    CHECK_THROWS_AS(checked_sub(min, 1), Error);
    CHECK_THROWS_AS(checked_mul(max / 2 + 1, 2), Error);
    CHECK_THROWS_AS(checked_neg(min), Error);
    try {
        checked_add(max, max);
        FAIL("no throw");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::overflow);
    }
}

TEST_CASE("mul_div_round rounds half away from zero") {
    CHECK(mul_div_round(5, 1, 2) == 3);     // 2.5 -> 3
    CHECK(mul_div_round(-5, 1, 2) == -3);   // -2.5 -> -3
    CHECK(mul_div_round(4, 1, 3) == 1);     // 1.33 -> 1
    CHECK(mul_div_round(-4, 1, 3) == -1);
    CHECK(mul_div_round(1130, 13, 113) == 130);  // tax inside 11.30 at 13%
    CHECK(mul_div_round(std::numeric_limits<Minor>::max(), 2, 2) == std::numeric_limits<Minor>::max());  // 128-bit intermediate
    CHECK_THROWS_AS(mul_div_round(std::numeric_limits<Minor>::max(), 3, 2), Error);
    CHECK_THROWS_AS(mul_div_round(1, 1, 0), Error);
}

TEST_CASE("format_plain is the machine format") {
    CHECK(format_plain(123450, currency("CNY")) == "1234.50");
    CHECK(format_plain(5, currency("CNY")) == "0.05");
    CHECK(format_plain(-5, currency("USD")) == "-0.05");
    CHECK(format_plain(1234500, currency("VND")) == "1234500");
    CHECK(format_plain(std::numeric_limits<Minor>::min(), currency("CNY")) == "-92233720368547758.08");
}

TEST_CASE("format_money follows each language's conventions") {
    CHECK(format_money(123450, currency("USD"), Lang::en) == "$1,234.50");
    CHECK(format_money(123450, currency("CNY"), Lang::zh_CN) == "¥1,234.50");
    CHECK(format_money(123450, currency("TWD"), Lang::zh_TW) == "NT$1,234.50");
    CHECK(format_money(123450, currency("RUB"), Lang::ru) == "1\u00A0234,50\u00A0₽");
    CHECK(format_money(1234500, currency("VND"), Lang::vi) == "1.234.500\u00A0₫");
    CHECK(format_money(999, currency("VND"), Lang::vi) == "999\u00A0₫");
    CHECK(format_money(-100, currency("CNY"), Lang::en) == "-¥1.00");
    CHECK(format_money(0, currency("CNY"), Lang::en) == "¥0.00");
}
