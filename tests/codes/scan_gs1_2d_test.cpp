// GS1 2D codes at the till (issue #11): Digital Link URIs in QR / Data Matrix, AIs the till does not
// use kept with the scan, a trailing GS, and the refusals, all through parse_scan.
#include <doctest/doctest.h>

#include <string>

#include "core/codes/barcode.h"
#include "core/common/error.h"

using namespace pos;

namespace {
const std::string GS = "\x1d";
const std::string GTIN = "0109501101530003";
const std::string LINK = "https://id.gs1.org/01/09501101530003/10/ABC123?17=261231";
}  // namespace

TEST_CASE("a Digital Link URI in a QR code gives its GTIN and keeps the other AIs") {
    const ScanResult r = parse_scan("]Q1" + LINK + "\r\n");
    CHECK(r.symbology == Symbology::qr);
    CHECK(r.kind == ScanKind::gs1);
    CHECK(r.digital_link);
    CHECK(r.data == LINK);
    CHECK(r.lookup_key == "09501101530003");
    REQUIRE(r.gtin);
    CHECK(r.gtin->gtin14 == "09501101530003");
    REQUIRE(r.ais.size() == 3);
    CHECK(r.ais[1].position == 41);  // in the scanned text, after "]Q1"
    CHECK(r.kept_ais_text() == "AI (10) batch/lot: ABC123; AI (17) expiry: 2026-12-31");
    CHECK(r.describe() ==
          "symbology: QR Code (]Q1)\n"
          "kind: gs1\n"
          "GS1 Digital Link URI\n"
          "AI (01) GTIN: 09501101530003 (check digit ok)\n"
          "AI (10) batch/lot: ABC123\n"
          "AI (17) expiry: 2026-12-31\n"
          "GTIN-14: 09501101530003\n"
          "lookup key: 09501101530003");
}

TEST_CASE("Digital Link in Data Matrix, without AIM prefix, long, any domain, with a weight") {
    CHECK(parse_scan("]d1" + LINK).symbology == Symbology::datamatrix);
    CHECK(parse_scan("]d1" + LINK).lookup_key == "09501101530003");
    const ScanResult bare = parse_scan(LINK);
    CHECK(bare.symbology == Symbology::unknown);
    CHECK(bare.digital_link);
    CHECK(bare.lookup_key == "09501101530003");
    const std::string long_link = "https://www.example-furniture.com.cn/zh-hans/catalogue/sofas/" + std::string(150, 'x') +
                                  "/01/4006381333931/21/SN-000123?3103=012500&linkType=gs1:pip";
    const ScanResult l = parse_scan("]Q1" + long_link);
    CHECK(l.lookup_key == "04006381333931");
    CHECK(l.weight_g == 12500);
    CHECK(l.kept_ais_text() == "AI (21) serial: SN-000123; AI (3103) net weight (kg): 12.500");
    CHECK(parse_scan("]Q1POS-R:000123").kind == ScanKind::plain);  // a receipt's QR code is not a web address
}

TEST_CASE("AIs the till does not use are kept and shown; the GTIN still finds the item") {
    const ScanResult r = parse_scan("]d2" + GTIN + "235TPX9" + GS + "7007261201" + GS + "800309501101530003R1" + GS + "3952001250");
    CHECK(r.kind == ScanKind::gs1);
    CHECK(r.lookup_key == "09501101530003");
    REQUIRE(r.ais.size() == 5);
    CHECK(r.kept_ais_text() ==
          "AI (235) third-party serial extension (TPX): TPX9; AI (7007) harvest date: 261201; "
          "AI (8003) returnable asset id (GRAI): 09501101530003R1; AI (3952) price per unit of measure: 12.50");
    CHECK(r.describe().find("AI (7007) harvest date: 261201\n") != std::string::npos);
    CHECK(parse_scan("]C1" + GTIN).kept_ais_text() == "");
    CHECK(parse_scan("4006381333931").kept_ais_text() == "");
}

TEST_CASE("a trailing GS after the last field is accepted") {
    const ScanResult r = parse_scan("]d2" + GTIN + "10ABC123" + GS);
    REQUIRE(r.ais.size() == 2);
    CHECK(r.ais[1].value == "ABC123");
    CHECK(r.lookup_key == "09501101530003");
    CHECK(parse_scan("]Q3" + GTIN + "17261231" + GS + "\r\n").ais.size() == 2);
    CHECK(parse_scan("]C1" + GTIN + GS).ais.size() == 1);
    CHECK_THROWS_WITH_AS(parse_scan("]C1" + GTIN + "10ABC" + GS + GS), "GS1: separator (GS) at the end, character 25", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C1" + GS), "GS1: empty element string", Error);
}

TEST_CASE("GS1 2D refusals name the AI") {
    CHECK_THROWS_WITH_AS(parse_scan("]d2" + GTIN + "10A" + GS + "10B"),
                         "GS1 AI (10) at character 24: appears twice with different values (A at character 20, B here)", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]Q3" + GTIN + "3103000750" "3202000165"),
                         "GS1 AI (3202) at character 30: not allowed together with AI (3103) at character 20 (net weight in kg and in lb)",
                         Error);
    CHECK_THROWS_WITH_AS(parse_scan("]C1" "3922123456"),
                         "GS1 AI (3922) at character 4: a price needs the GTIN (AI 01) of the item in the same code", Error);
    CHECK_THROWS_WITH_AS(parse_scan("(3922)123456"),
                         "GS1 AI (3922) at character 1: a price needs the GTIN (AI 01) of the item in the same code", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]d2" + GTIN + "422999"), "GS1 AI (422) at character 20: 999 is not an ISO 3166 country code", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]Q3" + GTIN + "39329981500"), "GS1 AI (3932) at character 20: 998 is not an ISO 4217 currency code", Error);
}

TEST_CASE("Digital Link refusals at the till") {
    CHECK_THROWS_WITH_AS(parse_scan("https://id.gs1.org/01/09501101530003/10/A?10=B"),
                         "GS1 AI (10) at character 43: appears twice with different values (A at character 38, B here)", Error);
    CHECK(parse_scan("https://id.gs1.org/01/09501101530003/10/A?10=A").lookup_key == "09501101530003");
    CHECK_THROWS_WITH_AS(parse_scan("https://id.gs1.org/01/09501101530003?3103=000750&3202=000165"),
                         "GS1 AI (3202) at character 50: not allowed together with AI (3103) at character 38 (net weight in kg and in lb)",
                         Error);
    CHECK_THROWS_WITH_AS(parse_scan("https://id.gs1.org/01/09501101530003?422=999"),
                         "GS1 AI (422) at character 38: 999 is not an ISO 3166 country code", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]Q1https://example.com/menu"), "GS1 Digital Link: no /01/{GTIN} in the path at character 23", Error);
    CHECK_THROWS_WITH_AS(parse_scan("https://id.gs1.org/01/09501101530003/10/\xC3\x84"),
                         "web address contains byte 0xC3 at character 41 (only ASCII; other characters are percent-encoded)", Error);
    CHECK_THROWS_WITH_AS(parse_scan("]Q1https://id.gs1.org/01/09501101530003\x1d"),
                         "scan contains control character byte 0x1D at character 40", Error);
}
