#include <doctest/doctest.h>

#include <string>

#include "core/codes/barcode.h"
#include "core/common/error.h"

using namespace pos;

namespace {
const std::string GS = "\x1d";
}

TEST_CASE("plain EAN-13 without AIM prefix, trailing CR/LF stripped") {
    const ScanResult r = parse_scan("4006381333931\r\n");
    CHECK(r.symbology == Symbology::unknown);
    CHECK(r.aim.empty());
    CHECK(r.data == "4006381333931");
    CHECK(r.kind == ScanKind::gtin);
    CHECK(r.lookup_key == "04006381333931");
    REQUIRE(r.gtin);
    CHECK(r.gtin->form == GtinForm::ean13);
    CHECK(r.describe() ==
          "symbology: unknown (no AIM identifier)\n"
          "kind: gtin\n"
          "GTIN-13: 4006381333931 (check digit ok)\n"
          "GTIN-14: 04006381333931\n"
          "lookup key: 04006381333931");
}

TEST_CASE("AIM prefixes are recorded and the same item is found in every GTIN form") {
    const ScanResult ean = parse_scan("]E04006381333931");
    CHECK(ean.symbology == Symbology::ean_upc);
    CHECK(ean.aim == "]E0");
    CHECK(ean.describe().rfind("symbology: EAN-13/UPC-A (]E0)\n", 0) == 0);
    CHECK(ean.lookup_key == "04006381333931");
    CHECK(parse_scan("]I104006381333931").lookup_key == "04006381333931");  // ITF-14 of the same item
    CHECK(parse_scan("]e00104006381333931").lookup_key == "04006381333931");  // GS1 DataBar

    const ScanResult upca = parse_scan("]E0036000291452");
    CHECK(upca.gtin->form == GtinForm::upc_a);
    CHECK(upca.lookup_key == "00036000291452");
    CHECK(parse_scan("]E00036000291452").lookup_key == "00036000291452");

    const ScanResult ean8 = parse_scan("]E473513537");
    CHECK(ean8.symbology == Symbology::ean8);
    CHECK(ean8.lookup_key == "00000073513537");
    CHECK(parse_scan("]E401234565").lookup_key == "00000001234565");  // ]E4: EAN-8, not UPC-E

    const ScanResult upce = parse_scan("]E001234565");
    CHECK(upce.gtin->form == GtinForm::upc_e);
    CHECK(upce.lookup_key == "00012345000065");
    CHECK(upce.describe() ==
          "symbology: EAN-13/UPC-A (]E0)\n"
          "kind: gtin\n"
          "UPC-E: 01234565 (check digit ok)\n"
          "expands to UPC-A: 012345000065\n"
          "GTIN-14: 00012345000065\n"
          "lookup key: 00012345000065");
    CHECK(parse_scan("]E0123456").lookup_key == "00012345000065");
    CHECK(parse_scan("01234565").lookup_key == "00012345000065");

    const ScanResult itf = parse_scan("]I110012345678902");
    CHECK(itf.symbology == Symbology::itf);
    CHECK(itf.lookup_key == "10012345678902");
}

TEST_CASE("EAN/UPC scan errors") {
    CHECK_THROWS_WITH_AS(parse_scan("4006381333932"), "bad check digit in 4006381333932: expected 1", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]E04006381333932"), "bad check digit in 4006381333932: expected 1", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C04006381333932"), "bad check digit in 4006381333932: expected 1", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]E1400638133393112"),
                         "EAN/UPC add-on codes (]E1) are not supported: scan the code without the 2/5-digit add-on", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]E2400638133393112345"),
                         "EAN/UPC add-on codes (]E2) are not supported: scan the code without the 2/5-digit add-on", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]E0ABC"), "EAN-13/UPC-A scan must be digits only: 'ABC'", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]E01234567"), "EAN/UPC scan must have 6, 8, 12 or 13 digits: '1234567'", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]E44006381333931"), "EAN-8 scan must have 8 digits: '4006381333931'", Error);
    CHECK_THROWS_WITH_AS(parse_scan(""), "empty scan", Error);
    CHECK_THROWS_WITH_AS(parse_scan("\r\n"), "empty scan", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C0"), "empty scan", Error);
}

TEST_CASE("GS1-128 element string") {
    const ScanResult r = parse_scan("]C1" "0109501101530003" "17250101" "10ABC123" + GS + "21XYZ\r");
    CHECK(r.symbology == Symbology::gs1_128);
    CHECK(r.kind == ScanKind::gs1);
    CHECK(r.lookup_key == "09501101530003");
    REQUIRE(r.ais.size() == 4);
    CHECK(r.ais[3].value == "XYZ");
    CHECK(r.describe() ==
          "symbology: GS1-128 (]C1)\n"
          "kind: gs1\n"
          "AI (01) GTIN: 09501101530003 (check digit ok)\n"
          "AI (17) expiry: 2025-01-01\n"
          "AI (10) batch/lot: ABC123\n"
          "AI (21) serial: XYZ\n"
          "GTIN-14: 09501101530003\n"
          "lookup key: 09501101530003");

    const ScanResult w = parse_scan("]C1" "0109501101530003" "3103000750");
    CHECK(w.weight_g == 750);
    CHECK(parse_scan("]d2" "0109501101530003" "3102000755").weight_g == 7550);
    CHECK(parse_scan("]d2" "0109501101530003" "3104007505").weight_g == 751);  // 0.7505 kg, half up

    const ScanResult p = parse_scan("]Q3" "0109501101530003" "3922123456");
    CHECK(p.symbology == Symbology::gs1_qr);
    REQUIRE(p.gs1_price);
    CHECK(p.gs1_price->str() == "1234.56");
    CHECK(p.gs1_price_currency.empty());
    CHECK(parse_scan("]Q3" "0109501101530003" "39329781500").gs1_price_currency == "978");

    const ScanResult sscc = parse_scan("]C1" "00376104250021234569");
    CHECK(sscc.kind == ScanKind::gs1);
    CHECK(sscc.lookup_key.empty());
    CHECK(sscc.describe().find("no GTIN (AI 01): not a product code\n") != std::string::npos);

    const ScanResult hri = parse_scan("(01)09501101530003(3103)000750");
    CHECK(hri.kind == ScanKind::gs1);
    CHECK(hri.lookup_key == "09501101530003");
    CHECK(hri.weight_g == 750);
}

TEST_CASE("GS1 scan errors give the position in the scanned text") {
    CHECK_THROWS_WITH_AS(parse_scan("]C1" "0109501101530003" "17251301"),
                         "GS1 AI (17) at character 20: bad date 251301 (month 13)", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C1" "01095011015300"),
                         "GS1 AI (01) at character 4: truncated: needs 14 characters, only 12 left", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]d2" "0109501101530003" "19"), "GS1: unknown AI at character 20 ('19')", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C1" "0109501101530004"),
                         "GS1 AI (01) at character 4: bad check digit in 09501101530004: expected 3", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C1SOFA-001"), "GS1: unknown AI at character 4 ('SOFA')", Error);
}

TEST_CASE("in-store variable measure codes") {
    const ScanResult r = parse_scan("2012345012349");
    CHECK(r.kind == ScanKind::variable_measure);
    CHECK(r.lookup_key == "2012345");
    CHECK(r.price_minor == 1234);
    CHECK(r.weight_g == std::nullopt);
    CHECK(r.describe() ==
          "symbology: unknown (no AIM identifier)\n"
          "kind: variable_measure\n"
          "GTIN-13: 2012345012349 (check digit ok)\n"
          "GTIN-14: 02012345012349\n"
          "variable measure: prefix 20, item 12345\n"
          "price: 1234 (minor units)\n"
          "lookup key: 2012345");

    // Check digit computed rather than copied: prefix 29, item 99999, value 99999.
    const std::string body = "299999999999";
    const std::string code = body + std::to_string(gtin_check_digit(body));
    CHECK(code == "2999999999991");
    CHECK(parse_scan(code).price_minor == 99999);
    CHECK_THROWS_WITH_AS(parse_scan("2012345012340"), "bad check digit in 2012345012340: expected 9", Error);

    // UPC-A number system 2 is the EAN-13 prefix 02.
    const ScanResult upc = parse_scan("]E0212345001509");
    CHECK(upc.lookup_key == "0212345");
    CHECK(upc.price_minor == 150);

    VariableMeasureRules rules;
    rules.set("23", MeasureValue::weight);
    const ScanResult w = parse_scan("2300420007503", rules);
    CHECK(w.lookup_key == "2300420");
    CHECK(w.weight_g == 750);
    CHECK(w.price_minor == std::nullopt);
    CHECK(w.describe().find("weight: 750 g\n") != std::string::npos);

    rules.remove("20");
    const ScanResult plain_gtin = parse_scan("2012345012349", rules);
    CHECK(plain_gtin.kind == ScanKind::gtin);
    CHECK(plain_gtin.lookup_key == "02012345012349");
    CHECK_THROWS_WITH_AS(rules.set("2", MeasureValue::price), "variable-measure prefix must be two digits, got '2'", Error);
}

TEST_CASE("variable measure with a price check digit") {
    CHECK(price_check_digit5("14685") == 6);
    CHECK(price_check_digit5("00000") == 0);
    CHECK_THROWS_AS(price_check_digit5("1468"), Error);
    VariableMeasureRules rules;
    rules.set("21", MeasureValue::price, true);
    const ScanResult r = parse_scan("2112346146859", rules);
    CHECK(r.kind == ScanKind::variable_measure);
    CHECK(r.lookup_key == "211234");
    CHECK(r.price_minor == 14685);
    CHECK_THROWS_WITH_AS(parse_scan("2112345146850", rules), "bad price check digit in 2112345146850: expected 6 at position 7", Error);
    // Without the rule the same digits are an ordinary variable-price code.
    CHECK(parse_scan("2112345146850").lookup_key == "2112345");
}

TEST_CASE("plain internal codes") {
    const ScanResult c128 = parse_scan("]C0SOFA-001\r\n");
    CHECK(c128.symbology == Symbology::code128);
    CHECK(c128.kind == ScanKind::plain);
    CHECK(c128.lookup_key == "SOFA-001");
    CHECK(c128.describe() ==
          "symbology: Code 128 (]C0)\n"
          "kind: plain\n"
          "code: SOFA-001\n"
          "lookup key: SOFA-001");
    CHECK(parse_scan("]A0SOFA-001").symbology == Symbology::code39);
    CHECK(parse_scan("SOFA-001").symbology == Symbology::unknown);
    CHECK(parse_scan("]Z0abc").symbology == Symbology::other);
    CHECK(parse_scan("1234567").kind == ScanKind::plain);   // 7 digits is not a GTIN length
    CHECK(parse_scan("123456").kind == ScanKind::plain);    // 6 digits is UPC-E only after ]E0
    CHECK(parse_scan(std::string(48, 'A')).lookup_key == std::string(48, 'A'));
    CHECK_THROWS_WITH_AS(parse_scan(std::string(49, 'A')), "code is 49 characters long (at most 48)", Error);
    CHECK_THROWS_WITH_AS(parse_scan("SOFA\x01" "01"), "scan contains control character byte 0x01 at character 5", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C0SOFA" + GS + "1"), "scan contains control character byte 0x1D at character 8", Error);
    CHECK_THROWS_WITH_AS(parse_scan("SOFA-\xC3\x84"), "code contains byte 0xC3 at character 6 (only printable ASCII allowed)", Error);
    CHECK_THROWS_WITH_AS(parse_scan(" SOFA"), "code ' SOFA' starts or ends with a space", Error);
}
