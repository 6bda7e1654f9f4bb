#include <doctest/doctest.h>

#include "core/codes/gtin.h"
#include "core/common/error.h"

using namespace pos;

TEST_CASE("gtin_check_digit follows the GS1 mod-10 rule") {
    CHECK(gtin_check_digit("400638133393") == 1);
    CHECK(gtin_check_digit("03600029145") == 2);
    CHECK(gtin_check_digit("7351353") == 7);
    CHECK(gtin_check_digit("1001234567890") == 2);
    CHECK(gtin_check_digit("0950110153000") == 3);
    CHECK(gtin_check_digit("978030640615") == 7);
    CHECK(gtin_check_digit("9638507") == 4);
    CHECK(gtin_check_digit("0") == 0);
    CHECK_THROWS_AS(gtin_check_digit(""), Error);
    CHECK_THROWS_AS(gtin_check_digit("12a4"), Error);
    CHECK(gtin_check_ok("4006381333931"));
    CHECK_FALSE(gtin_check_ok("4006381333932"));
    CHECK_FALSE(gtin_check_ok("1"));
}

TEST_CASE("GTIN-8/12/13/14 normalise to GTIN-14") {
    CHECK(normalize_gtin("4006381333931") == "04006381333931");
    CHECK(normalize_gtin("036000291452") == "00036000291452");
    CHECK(normalize_gtin("0036000291452") == "00036000291452");  // the same item as EAN-13
    CHECK(normalize_gtin("00036000291452") == "00036000291452");
    CHECK(normalize_gtin("73513537") == "00000073513537");
    CHECK(normalize_gtin("96385074") == "00000096385074");
    CHECK(normalize_gtin("10012345678902") == "10012345678902");
    CHECK(normalize_gtin("9780306406157") == "09780306406157");

    const Gtin g = parse_gtin("036000291452");
    CHECK(g.form == GtinForm::upc_a);
    CHECK(g.digits == "036000291452");
    CHECK(g.expanded.empty());
    CHECK(parse_gtin("4006381333931").form == GtinForm::ean13);
    CHECK(parse_gtin("73513537").form == GtinForm::ean8);
    CHECK(parse_gtin("10012345678902").form == GtinForm::gtin14);
}

TEST_CASE("bad check digits and lengths are refused with a reason") {
    CHECK_THROWS_WITH_AS(parse_gtin("4006381333932"), "bad check digit in 4006381333932: expected 1", Error);
    CHECK_THROWS_WITH_AS(parse_gtin("036000291453"), "bad check digit in 036000291453: expected 2", Error);
    CHECK_THROWS_WITH_AS(parse_gtin("73513538"), "bad check digit in 73513538: expected 7", Error);
    CHECK_THROWS_WITH_AS(parse_gtin("10012345678901"), "bad check digit in 10012345678901: expected 2", Error);
    CHECK_THROWS_WITH_AS(parse_gtin("01234564"), "bad check digit in UPC-E 01234564 (UPC-A 012345000065): expected 5", Error);
    CHECK_THROWS_WITH_AS(parse_gtin("1234567890"), "a GTIN has 8, 12, 13 or 14 digits, '1234567890' has 10", Error);
    CHECK_THROWS_WITH_AS(parse_gtin("40063813339X1"), "a GTIN has digits only: '40063813339X1'", Error);
    CHECK(normalize_gtin("4006381333932") == std::nullopt);
    CHECK(normalize_gtin("") == std::nullopt);
    CHECK(normalize_gtin("SOFA-001") == std::nullopt);
}

TEST_CASE("UPC-E expands to UPC-A by the last data digit") {
    CHECK(expand_upce("01234505") == "012000003455");  // 0: ns d1 d2 0 0000 d3 d4 d5
    CHECK(expand_upce("01234514") == "012100003454");  // 1
    CHECK(expand_upce("01234523") == "012200003453");  // 2
    CHECK(expand_upce("01234531") == "012300000451");  // 3: ns d1 d2 d3 00000 d4 d5
    CHECK(expand_upce("01234543") == "012340000053");  // 4: ns d1..d4 00000 d5
    CHECK(expand_upce("01234565") == "012345000065");  // 5-9: ns d1..d5 0000 d6
    CHECK(expand_upce("04252614") == "042100005264");
    CHECK(expand_upce("12345670") == "123456000070");  // number system 1
    CHECK(expand_upce("123456") == "012345000065");    // six data digits, number system 0
    CHECK_THROWS_AS(expand_upce("21234565"), Error);
    CHECK_THROWS_AS(expand_upce("12345"), Error);

    CHECK(normalize_gtin("01234565") == "00012345000065");
    CHECK(normalize_gtin("04252614") == "00042100005264");
    CHECK(normalize_gtin("123456") == "00012345000065");
    const Gtin e = parse_gtin("01234565");
    CHECK(e.form == GtinForm::upc_e);
    CHECK(e.expanded == "012345000065");
    CHECK(parse_gtin("123456").digits == "01234565");
    // With ean8_only the same digits are an EAN-8 (scanner reported ]E4).
    const Gtin ean8 = parse_gtin("01234565", true);
    CHECK(ean8.form == GtinForm::ean8);
    CHECK(ean8.gtin14 == "00000001234565");
}

TEST_CASE("gtin_short_form gives the shortest form that normalises back") {
    CHECK(gtin_short_form("04006381333931") == "4006381333931");
    CHECK(gtin_short_form("00036000291452") == "036000291452");
    CHECK(gtin_short_form("00000073513537") == "73513537");
    CHECK(gtin_short_form("10012345678902") == "10012345678902");
    CHECK(gtin_short_form("00012345000065") == "012345000065");
    CHECK(gtin_short_form("00000001234565") == "000001234565");  // 8 digits would read as UPC-E
    CHECK(gtin_short_form("SOFA-001") == "SOFA-001");
    for (const char* key : {"04006381333931", "00036000291452", "00000073513537", "10012345678902", "00000001234565"})
        CHECK(normalize_gtin(gtin_short_form(key)) == key);
}
