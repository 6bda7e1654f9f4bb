#include <doctest/doctest.h>

#include <string>

#include "core/codes/gs1.h"
#include "core/common/error.h"

using namespace pos;

namespace {
const std::string GS = "\x1d";
}

TEST_CASE("GS1 element string with fixed and variable AIs") {
    const std::string data = "0109501101530003" "17250101" "10ABC123" + GS + "21XYZ";
    const auto ais = parse_gs1(data, 4);  // after "]C1"
    REQUIRE(ais.size() == 4);
    CHECK(ais[0].ai == "01");
    CHECK(ais[0].value == "09501101530003");
    CHECK(ais[0].position == 4);
    CHECK(ais[1].ai == "17");
    CHECK(ais[1].value == "250101");
    CHECK(ais[1].position == 20);
    CHECK(ais[2].ai == "10");
    CHECK(ais[2].value == "ABC123");
    CHECK(ais[2].position == 28);
    CHECK(ais[3].ai == "21");
    CHECK(ais[3].value == "XYZ");
    CHECK(ais[3].position == 37);
    CHECK(describe_gs1_element(ais[0]) == "AI (01) GTIN: 09501101530003 (check digit ok)");
    CHECK(describe_gs1_element(ais[1]) == "AI (17) expiry: 2025-01-01");
    CHECK(describe_gs1_element(ais[2]) == "AI (10) batch/lot: ABC123");
    CHECK(describe_gs1_element(ais[3]) == "AI (21) serial: XYZ");
}

TEST_CASE("GS1 leading FNC1 and a redundant separator after a fixed field are tolerated") {
    const auto ais = parse_gs1(GS + "0109501101530003" + GS + "10LOT7");
    REQUIRE(ais.size() == 2);
    CHECK(ais[0].position == 2);
    CHECK(ais[1].value == "LOT7");
}

TEST_CASE("GS1 SSCC, weight, count and price") {
    const auto sscc = parse_gs1("00376104250021234569");
    REQUIRE(sscc.size() == 1);
    CHECK(sscc[0].ai == "00");
    CHECK(describe_gs1_element(sscc[0]) == "AI (00) SSCC: 376104250021234569 (check digit ok)");
    CHECK_THROWS_WITH_AS(parse_gs1("00376104250021234568"),
                         "GS1 AI (00) at character 1: bad check digit in 376104250021234568: expected 9", Error);

    const auto w = parse_gs1("0109501101530003" "3103000750");
    REQUIRE(w.size() == 2);
    CHECK(w[1].ai == "3103");
    REQUIRE(gs1_decimal(w[1]));
    CHECK(gs1_decimal(w[1])->units == 750);
    CHECK(gs1_decimal(w[1])->decimals == 3);
    CHECK(gs1_decimal(w[1])->str() == "0.750");
    CHECK(describe_gs1_element(w[1]) == "AI (3103) net weight (kg): 0.750");

    const auto p = parse_gs1("3922123456" + GS + "30" "12");
    REQUIRE(p.size() == 2);
    CHECK(p[0].ai == "3922");
    CHECK(gs1_decimal(p[0])->str() == "1234.56");
    CHECK(gs1_decimal_to_minor(*gs1_decimal(p[0]), currency("CNY")) == 123456);
    CHECK_THROWS_WITH_AS(gs1_decimal_to_minor(*gs1_decimal(p[0]), currency("VND")),
                         "too many decimals for VND (0 allowed): 1234.56", Error);
    CHECK(gs1_decimal_to_minor(Gs1Decimal{150000, 2}, currency("VND")) == 1500);
    CHECK(gs1_decimal_to_minor(Gs1Decimal{15, 0}, currency("CNY")) == 1500);
    CHECK(p[1].ai == "30");
    CHECK(p[1].value == "12");
    CHECK(describe_gs1_element(p[1]) == "AI (30) variable count: 12");

    const auto cur = parse_gs1("39329781500");
    CHECK(gs1_decimal(cur[0])->str() == "15.00");
    CHECK(describe_gs1_element(cur[0]) == "AI (3932) price with currency: 15.00 (ISO 4217 currency 978)");
    CHECK(gs1_decimal(parse_gs1("10ABC")[0]) == std::nullopt);
}

TEST_CASE("GS1 dates: DD=00 allowed, invalid months and days refused") {
    CHECK(describe_gs1_element(parse_gs1("15250200")[0]) == "AI (15) best before: 2025-02 (day 00: end of month)");
    CHECK(parse_gs1("11240229")[0].value == "240229");  // 2024 is a leap year
    CHECK_THROWS_WITH_AS(parse_gs1("11250229"), "GS1 AI (11) at character 1: bad date 250229 (day 29)", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("0109501101530003" "17251301"),
                         "GS1 AI (17) at character 17: bad date 251301 (month 13)", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("17250431"), "GS1 AI (17) at character 1: bad date 250431 (day 31)", Error);
    CHECK(parse_gs1("70032501011230")[0].ai == "7003");
    CHECK_THROWS_WITH_AS(parse_gs1("70032501012530"), "GS1 AI (7003) at character 1: bad hour 25", Error);
}

TEST_CASE("GS1 errors name the AI and the character") {
    CHECK_THROWS_WITH_AS(parse_gs1("01095011015", 4), "GS1 AI (01) at character 4: truncated: needs 14 characters, only 9 left", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("010950110153000" + GS + "10A"),
                         "GS1 AI (01) at character 1: truncated: needs 14 characters, only 13 left", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("0109501101530003" "1725"), "GS1 AI (17) at character 17: truncated: needs 6 characters, only 2 left", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("0109501101530003" "19ABC"), "GS1: unknown AI at character 17 ('19AB')", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("0109501101530004"), "GS1 AI (01) at character 1: bad check digit in 09501101530004: expected 3", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("10" + std::string(21, 'A')), "GS1 AI (10) at character 1: bad length: at most 20 characters allowed, got 21", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("30123456789"), "GS1 AI (30) at character 1: bad length: at most 8 characters allowed, got 9", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("3012X4"), "GS1 AI (30) at character 1: 'X' at character 5 is not allowed (digits only)", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("10" + GS + "21A"), "GS1 AI (10) at character 1: empty value", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("10A B"), "GS1 AI (10) at character 1: ' ' at character 4 is not allowed", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("4221234"), "GS1 AI (422) at character 1: bad length: needs exactly 3 characters, got 4", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("3107000750"), "GS1 AI (3107) at character 1: decimal indicator 7 not allowed (0-6)", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("10A" + GS), "GS1: separator (GS) at the end, character 4", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("10A" + GS + GS + "21B"), "GS1: unexpected separator (GS) at character 5", Error);
    CHECK_THROWS_WITH_AS(parse_gs1(""), "GS1: empty element string", Error);
}

TEST_CASE("GS1 human-readable form with parentheses") {
    const auto ais = parse_gs1_hri("(01)09501101530003(17)250101(10)ABC123");
    REQUIRE(ais.size() == 3);
    CHECK(ais[0].ai == "01");
    CHECK(ais[1].value == "250101");
    CHECK(ais[2].value == "ABC123");
    CHECK(ais[2].position == 29);
    CHECK_THROWS_WITH_AS(parse_gs1_hri("(01)09501101530003(17)251301"), "GS1 AI (17) at character 19: bad date 251301 (month 13)", Error);
    CHECK_THROWS_WITH_AS(parse_gs1_hri("(1)X"), "GS1: unknown AI at character 1 ('1')", Error);
    CHECK_THROWS_WITH_AS(parse_gs1_hri("01(10)X"), "GS1: expected '(AI)' at character 1", Error);
    CHECK(gs1_ai_title("3103") == "net weight (kg)");
    CHECK(gs1_ai_title("17") == "expiry");
    CHECK(gs1_ai_title("1") == "");
}
