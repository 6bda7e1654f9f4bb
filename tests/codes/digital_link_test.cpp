// GS1 Digital Link URIs decoded to AIs.
#include <doctest/doctest.h>

#include <string>

#include "core/codes/digital_link.h"
#include "core/common/error.h"

using namespace pos;

namespace {
const std::string ID = "https://id.gs1.org";  // 18 characters: the path starts at character 19
}

TEST_CASE("primary key, qualifiers and query attributes") {
    const auto ais = parse_digital_link(ID + "/01/09501101530003/10/ABC123?17=261231");
    REQUIRE(ais.size() == 3);
    CHECK(ais[0].ai == "01");
    CHECK(ais[0].value == "09501101530003");
    CHECK(ais[0].position == 20);
    CHECK(ais[1].ai == "10");
    CHECK(ais[1].value == "ABC123");
    CHECK(ais[1].position == 38);
    CHECK(ais[2].ai == "17");
    CHECK(ais[2].value == "261231");
    CHECK(ais[2].position == 48);
    CHECK(parse_digital_link(ID + "/01/09501101530003", 4)[0].position == 23);  // after "]Q1"

    const auto all = parse_digital_link("https://brand.example/01/09501101530003/22/2A/10/L1/21/S9");
    REQUIRE(all.size() == 4);
    CHECK(all[1].ai == "22");
    CHECK(all[2].ai == "10");
    CHECK(all[3].ai == "21");
    CHECK(parse_digital_link(ID + "/01/09501101530003/235/TPX1")[1].ai == "235");
    CHECK(parse_digital_link(ID + "/01/09501101530003/21/S9")[1].ai == "21");  // qualifiers are optional
}

TEST_CASE("any domain, a path prefix, short GTINs, short names, encodings") {
    CHECK(parse_digital_link("https://example.com/products/shop/01/4006381333931")[0].value == "04006381333931");
    CHECK(parse_digital_link("http://localhost:8080/01/96385074")[0].value == "00000096385074");
    CHECK(parse_digital_link(ID + "/01/036000291452")[0].value == "00036000291452");
    CHECK(parse_digital_link("HTTPS://ID.GS1.ORG/01/09501101530003")[0].value == "09501101530003");
    CHECK(parse_digital_link(ID + "/01/09501101530003/")[0].value == "09501101530003");  // trailing slash

    const auto named = parse_digital_link("https://example.com/gtin/09501101530003/lot/L1/ser/S2");
    REQUIRE(named.size() == 3);
    CHECK(named[0].ai == "01");
    CHECK(named[1].ai == "10");
    CHECK(named[2].ai == "21");

    CHECK(parse_digital_link(ID + "/01/09501101530003/10/AB%2FC%25")[1].value == "AB/C%");
    // A lot "01" and a prefix segment "01" are not taken for the primary key.
    CHECK(parse_digital_link(ID + "/01/09501101530003/10/01")[1].value == "01");
    CHECK(parse_digital_link(ID + "/01/shop/01/09501101530003")[0].value == "09501101530003");

    const auto q = parse_digital_link(ID + "/01/09501101530003?linkType=gs1:pip&3103=000195&&17=261231#top");
    REQUIRE(q.size() == 3);
    CHECK(q[1].ai == "3103");
    CHECK(q[1].value == "000195");
    CHECK(q[2].ai == "17");

    const std::string long_uri = "https://shop.example.com/" + std::string(300, 'p') + "/01/09501101530003/10/" +
                                 std::string(20, 'L') + "?17=261231&21=" + std::string(20, 'S');
    CHECK(parse_digital_link(long_uri).size() == 4);
}

TEST_CASE("Digital Link refusals") {
    CHECK_THROWS_WITH_AS(parse_digital_link("https://example.com/about"), "GS1 Digital Link: no /01/{GTIN} in the path at character 20", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link("https://example.com"), "GS1 Digital Link: no /01/{GTIN} in the path at character 20", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/00/376104250021234569"), "GS1 Digital Link: no /01/{GTIN} in the path at character 19", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003/21/S1/10/L1"),
                         "GS1 Digital Link: /10/ must not come after /21/ at character 44", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003/17/261231"),
                         "GS1 Digital Link: /17/ is not a qualifier of /01/ (only /22/, /10/, /21/ in that order, or /235/) at character 38",
                         Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003/21/S1/235/T"),
                         "GS1 Digital Link: /235/ must be the only qualifier after /01/ at character 44", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530004"),
                         "GS1 AI (01) at character 20: bad check digit in 09501101530004: expected 3", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/12345"),
                         "GS1 AI (01) at character 20: bad length: needs exactly 14 characters, got 5", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003/10/A%2"),
                         "GS1 Digital Link: bad percent-encoding (a % needs two hex digits) at character 42", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003/10/A%20B"),
                         "GS1 AI (10) at character 38: ' ' at character 42 is not allowed", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003?19=1"), "GS1: unknown AI at character 38 ('19')", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003?17=261301"),
                         "GS1 AI (17) at character 38: bad date 261301 (month 13)", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01/09501101530003?17="), "GS1 AI (17) at character 38: empty value", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link(ID + "/01//10/A"), "GS1 Digital Link: empty path segment at character 20", Error);
    CHECK_THROWS_WITH_AS(parse_digital_link("ftp://x.org/01/09501101530003"), "GS1 Digital Link: not an http:// or https:// address at character 1",
                         Error);
    CHECK_THROWS_WITH_AS(parse_digital_link("https:///01/09501101530003"), "GS1 Digital Link: no domain at character 9", Error);
    CHECK(is_web_uri("Http://x"));
    CHECK_FALSE(is_web_uri("POS-R:000123"));
}
