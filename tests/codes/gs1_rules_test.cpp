// Which AIs may appear together: duplicates, invalid pairs, a price without its GTIN.
#include <doctest/doctest.h>

#include <string>

#include "core/codes/gs1.h"
#include "core/codes/gs1_rules.h"
#include "core/common/error.h"

using namespace pos;

namespace {
const std::string GS = "\x1d";
const std::string GTIN = "0109501101530003";

// As parse_scan sees an element string after "]C1".
void check(const std::string& data) { check_gs1_combination(parse_gs1(data, 4)); }
}  // namespace

TEST_CASE("AIs that may appear together are accepted") {
    CHECK_NOTHROW(check(GTIN + "10ABC" + GS + "10ABC"));  // the same AI twice with the same value
    CHECK_NOTHROW(check(GTIN + "3922123456"));             // a price with its GTIN
    CHECK_NOTHROW(check(GTIN + "3103000750" "3302000800"));  // net and gross weight
    CHECK_NOTHROW(check(GTIN + "7030156A1" + GS + "7031276B2"));  // two processors
    CHECK_NOTHROW(check(GTIN + "422156" + GS + "424156"));
    CHECK_NOTHROW(check("00376104250021234569"));            // no price, no GTIN needed
    CHECK_NOTHROW(check_gs1_combination({}));
}

TEST_CASE("the same AI twice with different values is refused") {
    CHECK_THROWS_WITH_AS(check(GTIN + "10ABC" + GS + "10XYZ"),
                         "GS1 AI (10) at character 26: appears twice with different values (ABC at character 20, XYZ here)", Error);
    CHECK_THROWS_WITH_AS(check(GTIN + "0104006381333931"),
                         "GS1 AI (01) at character 20: appears twice with different values (09501101530003 at character 4, "
                         "04006381333931 here)",
                         Error);
}

TEST_CASE("AIs that must not appear together are refused") {
    CHECK_THROWS_WITH_AS(check(GTIN + "3103000750" "3202000165"),
                         "GS1 AI (3202) at character 30: not allowed together with AI (3103) at character 20 (net weight in kg and in lb)",
                         Error);
    CHECK_THROWS_WITH_AS(check(GTIN + "3102000150" "3103001500"),
                         "GS1 AI (3103) at character 30: not allowed together with AI (3102) at character 20 (the same value twice "
                         "with different decimals: net weight (kg))",
                         Error);
    CHECK_THROWS_WITH_AS(check(GTIN + "0209501101530003"),
                         "GS1 AI (02) at character 20: not allowed together with AI (01) at character 4 (a trade item's GTIN and "
                         "the GTIN of its contents)",
                         Error);
    CHECK_THROWS_WITH_AS(check(GTIN + "422156" + GS + "426156"),
                         "GS1 AI (426) at character 27: not allowed together with AI (422) at character 20 (a country of origin "
                         "and a country of the full process chain)",
                         Error);
    CHECK_THROWS_WITH_AS(check(GTIN + "21S1" + GS + "235T1"),
                         "GS1 AI (235) at character 25: not allowed together with AI (21) at character 20 (a serial and a "
                         "third-party serial extension)",
                         Error);
    CHECK_THROWS_WITH_AS(check(GTIN + "3922100" + GS + "3932978100"),
                         "GS1 AI (3932) at character 28: not allowed together with AI (3922) at character 20 (two prices)", Error);
}

TEST_CASE("a price without a GTIN is refused") {
    CHECK_THROWS_WITH_AS(check("3922123456"),
                         "GS1 AI (3922) at character 4: a price needs the GTIN (AI 01) of the item in the same code", Error);
    CHECK_THROWS_WITH_AS(check("0209501101530003" "3700000012" + GS + "39329781500"),
                         "GS1 AI (3932) at character 31: a price needs the GTIN (AI 01) of the item in the same code", Error);
    CHECK_THROWS_WITH_AS(check("00376104250021234569" "3955000100"),
                         "GS1 AI (3955) at character 24: a price needs the GTIN (AI 01) of the item in the same code", Error);
    CHECK_THROWS_WITH_AS(check("8005000150"), "GS1 AI (8005) at character 4: a price needs the GTIN (AI 01) of the item in the same code",
                         Error);
}
