// The full GS1 AI table: AIs the till does not act on are parsed, validated and described, and the
// ISO country and currency codes some AIs carry are checked.
#include <doctest/doctest.h>

#include <string>

#include "core/codes/gs1.h"
#include "core/codes/gs1_ai_table.h"
#include "core/codes/iso_codes.h"
#include "core/common/error.h"

using namespace pos;

namespace {
const std::string GS = "\x1d";
}

TEST_CASE("the AI table is well formed") {
    CHECK(gs1::check_ai_table() == "");
    CHECK(gs1::all_ais().size() >= 190);
    CHECK(gs1::find_exact_ai("3103") != nullptr);
    CHECK(gs1::find_exact_ai("310") == nullptr);
    CHECK(gs1::find_exact_ai("19") == nullptr);
}

TEST_CASE("ISO 3166 and ISO 4217 code lists") {
    for (const char* c : {"004", "156", "158", "276", "344", "643", "704", "840", "894"}) CHECK_MESSAGE(is_iso3166_numeric(c), c);
    for (const char* c : {"000", "001", "900", "999", "15", "1560", "15a", ""}) CHECK_FALSE_MESSAGE(is_iso3166_numeric(c), c);
    for (const char* c : {"CN", "DE", "TW", "US", "VN"}) CHECK_MESSAGE(is_iso3166_alpha2(c), c);
    for (const char* c : {"XX", "cn", "C", "DEU", "AA", ""}) CHECK_FALSE_MESSAGE(is_iso3166_alpha2(c), c);
    for (const char* c : {"156", "344", "643", "704", "840", "901", "924", "978", "999"}) CHECK_MESSAGE(is_iso4217_numeric(c), c);
    for (const char* c : {"000", "100", "276", "998", "97", "9780", "97x"}) CHECK_FALSE_MESSAGE(is_iso4217_numeric(c), c);
}

TEST_CASE("AIs the till does not use are parsed and described") {
    const auto ais = parse_gs1("0109501101530003" "235TPX-123" + GS + "7007261201261231" + GS + "800309501101530003SER1" + GS +
                               "3952001250");
    REQUIRE(ais.size() == 5);
    CHECK(describe_gs1_element(ais[1]) == "AI (235) third-party serial extension (TPX): TPX-123");
    CHECK(describe_gs1_element(ais[2]) == "AI (7007) harvest date: 261201261231");
    CHECK(describe_gs1_element(ais[3]) == "AI (8003) returnable asset id (GRAI): 09501101530003SER1");
    CHECK(describe_gs1_element(ais[4]) == "AI (3952) price per unit of measure: 12.50");
    CHECK(gs1_decimal(ais[4])->units == 1250);
    CHECK(parse_gs1("7007261201")[0].value == "261201");  // a single harvest date
    CHECK(describe_gs1_element(parse_gs1("3202000165")[0]) == "AI (3202) net weight (lb): 1.65");
    CHECK(describe_gs1_element(parse_gs1("2539501101530003DOC7")[0]) ==
          "AI (253) document type id (GDTI): 9501101530003DOC7 (check digit ok)");
    CHECK(gs1_ai_title("8200") == "product URL");
    CHECK(gs1_ai_title("3170") == "");  // not a GS1 measure
}

TEST_CASE("values are checked against their format") {
    CHECK_THROWS_WITH_AS(parse_gs1("7007261201261"),
                         "GS1 AI (7007) at character 1: bad length: the part at character 11 needs exactly 6 characters, got 3", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("7007261200"), "GS1 AI (7007) at character 1: bad date 261200 (day 0)", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("800319501101530003"), "GS1 AI (8003) at character 1: must start with 0, got 1", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("800309501101530004"),
                         "GS1 AI (8003) at character 1: bad check digit in 9501101530004: expected 3", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("8006" "09501101530003" "0302"), "GS1 AI (8006) at character 1: piece 03 of total 02 is not valid", Error);
    CHECK(parse_gs1("8006" "09501101530003" "0202")[0].value == "095011015300030202");
    CHECK_THROWS_WITH_AS(parse_gs1("43212"), "GS1 AI (4321) at character 1: must be 0 (no) or 1 (yes), got 2", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("8010ab"), "GS1 AI (8010) at character 1: 'a' at character 5 is not allowed (A-Z, 0-9, #, -, / only)", Error);
    CHECK(parse_gs1("800826120112")[0].ai == "8008");
    CHECK_THROWS_WITH_AS(parse_gs1("8008261201123"), "GS1 AI (8008) at character 1: bad length: date and time need an even number of digits", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("80082612011275"), "GS1 AI (8008) at character 1: bad minute 75", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("4330001500+"), "GS1 AI (4330) at character 1: only '-' (below zero) may follow the temperature, got '+'", Error);
    CHECK(parse_gs1("4330001500-")[0].value == "001500-");
    CHECK_THROWS_WITH_AS(parse_gs1("3170000100"), "GS1: unknown AI at character 1 ('3170')", Error);
}

TEST_CASE("ISO country codes in AIs that carry them") {
    CHECK(parse_gs1("0109501101530003" "422156")[1].value == "156");
    CHECK_THROWS_WITH_AS(parse_gs1("0109501101530003" "422999"), "GS1 AI (422) at character 17: 999 is not an ISO 3166 country code", Error);
    CHECK(parse_gs1("42127610115")[0].value == "27610115");
    CHECK_THROWS_WITH_AS(parse_gs1("421000ABC"), "GS1 AI (421) at character 1: 000 is not an ISO 3166 country code", Error);
    CHECK(parse_gs1("423156276")[0].value == "156276");
    CHECK_THROWS_WITH_AS(parse_gs1("42315627"), "GS1 AI (423) at character 1: bad length: country codes have 3 digits each, got 5 digits", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("425156900"), "GS1 AI (425) at character 1: 900 is not an ISO 3166 country code", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("424012" + GS + "426901"), "GS1 AI (426) at character 8: 901 is not an ISO 3166 country code", Error);
    CHECK(parse_gs1("7030999ABC")[0].value == "999ABC");  // 999: processor in more than one country
    CHECK_THROWS_WITH_AS(parse_gs1("7030998ABC"), "GS1 AI (7030) at character 1: 998 is not an ISO 3166 country code", Error);
    CHECK(parse_gs1("4307DE")[0].value == "DE");
    CHECK_THROWS_WITH_AS(parse_gs1("4317XX"), "GS1 AI (4317) at character 1: XX is not an ISO 3166 alpha-2 country code", Error);
}

TEST_CASE("ISO currency codes in AIs that carry them") {
    CHECK(parse_gs1("0109501101530003" "39321561500")[1].value == "1561500");
    CHECK_THROWS_WITH_AS(parse_gs1("0109501101530003" "39329981500"),
                         "GS1 AI (3932) at character 17: 998 is not an ISO 4217 currency code", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("3912000100"), "GS1 AI (3912) at character 1: 000 is not an ISO 4217 currency code", Error);
    CHECK_THROWS_WITH_AS(parse_gs1("3932978"), "GS1 AI (3932) at character 1: bad length: needs at least 4 characters, got 3", Error);
}
