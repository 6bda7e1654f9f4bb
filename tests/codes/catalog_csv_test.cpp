#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include "core/codes/catalog_csv.h"
#include "core/common/error.h"

using namespace pos;

namespace {

const std::string kHeader = "sku,name,price,tax_rate,barcodes,category\n";

BarcodeOwnerLookup owners(std::map<std::string, std::string> m) {
    return [m = std::move(m)](const std::string& key) -> std::optional<std::string> {
        const auto it = m.find(key);
        if (it == m.end()) return std::nullopt;
        return it->second;
    };
}

std::vector<std::string> errors_of(const std::string& text, const Currency& cur = currency("CNY"),
                                   const BarcodeOwnerLookup& owner = {}) {
    const CatalogParse p = parse_catalog_csv(text, "f.csv", cur, owner);
    CHECK(p.rows.empty());
    return p.errors;
}

}  // namespace

TEST_CASE("catalog rows are parsed into minor units, basis points and barcode keys") {
    const std::string text = kHeader +
                             "SOFA-01,Oslo sofa,12999.00,13,4006381333931;SOFA-01-BOX,Sofas\n"
                             "CHAIR-7,\"Chair, oak\",899.5,13.5,,Chairs\n"
                             "LAMP,Lamp 灯,49,0, 036000291452 ; 01234565 ,\n";
    std::vector<std::string> asked;
    const BarcodeOwnerLookup owner = [&](const std::string& key) -> std::optional<std::string> {
        asked.push_back(key);
        if (key == "04006381333931") return std::string("SOFA-01");  // already ours: fine
        return std::nullopt;
    };
    const CatalogParse p = parse_catalog_csv(text, "cat.csv", currency("CNY"), owner);
    REQUIRE(p.ok());
    REQUIRE(p.rows.size() == 3);
    CHECK(p.rows[0] == CatalogRow{"SOFA-01", "Oslo sofa", 1299900, 1300, {"04006381333931", "SOFA-01-BOX"}, "Sofas", 2});
    CHECK(p.rows[1] == CatalogRow{"CHAIR-7", "Chair, oak", 89950, 1350, {}, "Chairs", 3});
    CHECK(p.rows[2] == CatalogRow{"LAMP", "Lamp 灯", 4900, 0, {"00036000291452", "00012345000065"}, "", 4});
    CHECK(asked == std::vector<std::string>{"04006381333931", "SOFA-01-BOX", "00036000291452", "00012345000065"});
}

TEST_CASE("tax rate parsing and formatting") {
    CHECK(parse_tax_rate_bp("13.5") == 1350);
    CHECK(parse_tax_rate_bp("13.50") == 1350);
    CHECK(parse_tax_rate_bp("0") == 0);
    CHECK(parse_tax_rate_bp("0.05") == 5);
    CHECK(parse_tax_rate_bp("100") == 10000);
    CHECK(parse_tax_rate_bp("7.25") == 725);
    for (const char* bad : {"", "-1", "100.01", "13.555", "13.", ".5", "13,5", "1e2", "abc", "1000"})
        CHECK_THROWS_AS(parse_tax_rate_bp(bad), Error);
    CHECK(format_tax_rate_bp(1350) == "13.5");
    CHECK(format_tax_rate_bp(1300) == "13");
    CHECK(format_tax_rate_bp(725) == "7.25");
    CHECK(format_tax_rate_bp(5) == "0.05");
    CHECK(format_tax_rate_bp(0) == "0");
    CHECK(format_tax_rate_bp(10000) == "100");
}

TEST_CASE("catalog header, syntax and empty-file errors") {
    CHECK(errors_of("sku,name,price,tax,barcodes,category\nA,B,1,0,,\n") ==
          std::vector<std::string>{"f.csv:1:1: header must be exactly sku,name,price,tax_rate,barcodes,category"});
    CHECK(errors_of("sku,name,price,tax_rate,barcodes\n") ==
          std::vector<std::string>{"f.csv:1:1: header must be exactly sku,name,price,tax_rate,barcodes,category"});
    CHECK(errors_of("") ==
          std::vector<std::string>{"f.csv:1:1: empty file: expected the header sku,name,price,tax_rate,barcodes,category"});
    CHECK(errors_of(kHeader + "A,B\"x,1,0,,\n") ==
          std::vector<std::string>{"f.csv:2:4: quote inside an unquoted field (quote the whole field and double the quote)"});
    CHECK(errors_of(kHeader + "A,B\xFF,1,0,,\n") == std::vector<std::string>{"f.csv:2:4: invalid UTF-8 byte 0xFF"});
    // A BOM before the header is fine.
    CHECK(parse_catalog_csv("\xEF\xBB\xBF" + kHeader + "A,B,1,0,,\n", "f.csv", currency("CNY"), {}).ok());
}

TEST_CASE("every catalog row error with file:line:column") {
    const std::string text = kHeader +
                             ",No sku,10,13,,\n"                                   // 2
                             "A1,,10,13,,\n"                                        // 3
                             "A2,Name,12.345,13,,\n"                                // 4
                             "A3,Name,-5,13,,\n"                                    // 5
                             "A4,Name,abc,13,,\n"                                   // 6
                             "A5,Name,10,100.5,,\n"                                 // 7
                             "A6,Name,10,13.555,,\n"                                // 8
                             "A7,Name,10,13,4006381333932,\n"                       // 9
                             "A8,Name,10,13,4006381333931;;X,\n"                    // 10
                             "A9,Name,10,13,04006381333931,\n"                      // 11
                             "A1,Dup,10,13,,\n"                                     // 12
                             "A10,Name,10,13\n"                                     // 13
                             "A11,Name,10,13,73513537,\n"                           // 14
                             "A12,Name,10,13,96385074,\n"                           // 15 (owned by itself: fine)
                             "A13,\"Bad\nname\",10,13,,\n"                          // 16-17
                             "A14,Name,10,13,Y;" + std::string(49, 'B') + ",\n"     // 18
                             "\tA15,Name,10,13,,\n"                                 // 19
                             + std::string(65, 'S') + ",Name,10,13,,\n"             // 20
                             "A16,Name,10,13,SOFA 01;X,\n"                          // 21 (X again)
                             "A17,Name,10,13,,Cat\x01\n";                           // 22
    const std::vector<std::string> expected{
        "f.csv:2:1: sku is empty",
        "f.csv:3:4: name is empty",
        "f.csv:4:9: bad price: too many decimals for CNY (2 allowed): '12.345'",
        "f.csv:5:9: price must not be negative: -5",
        "f.csv:6:9: bad price: not a number: 'abc' (use digits and '.' as the decimal point)",
        "f.csv:7:12: bad tax_rate '100.5': use a percentage from 0 to 100 with at most 2 decimals",
        "f.csv:8:12: bad tax_rate '13.555': use a percentage from 0 to 100 with at most 2 decimals",
        "f.csv:9:15: bad barcode: bad check digit in 4006381333932: expected 1",
        "f.csv:10:29: empty barcode in the list (check the ';' separators)",
        "f.csv:11:15: barcode 04006381333931 appears twice in the file (first on line 10)",
        "f.csv:12:1: duplicate sku A1 (first on line 3)",
        "f.csv:13:1: expected 6 fields, found 4",
        "f.csv:14:16: barcode 73513537 already belongs to sku SOFA-01",
        "f.csv:16:5: name contains a control character",
        "f.csv:18:18: bad barcode: code is 49 characters long (at most 48)",
        "f.csv:19:1: sku contains a control character",
        "f.csv:20:1: sku is longer than 64 characters",
        "f.csv:21:24: barcode X appears twice in the file (first on line 10)",
        "f.csv:22:17: category contains a control character",
    };
    const auto got = errors_of(text, currency("CNY"),
                               owners({{"00000073513537", "SOFA-01"}, {"00000096385074", "A12"}}));
    CHECK(got == expected);
}

TEST_CASE("VND prices refuse decimals") {
    CHECK(errors_of(kHeader + "TV,Television,1500000.5,10,,\n", currency("VND")) ==
          std::vector<std::string>{"f.csv:2:15: bad price: too many decimals for VND (0 allowed): '1500000.5'"});
    const CatalogParse ok = parse_catalog_csv(kHeader + "TV,Television,1500000,10,,\n", "f.csv", currency("VND"), {});
    REQUIRE(ok.ok());
    CHECK(ok.rows[0].price == 1500000);
}

TEST_CASE("the same barcode twice in one row and the owner rule for the same sku") {
    CHECK(errors_of(kHeader + "A,B,1,0,4006381333931;04006381333931,\n") ==
          std::vector<std::string>{"f.csv:2:23: barcode 04006381333931 appears twice in the file (first on line 2)"});
    CHECK(errors_of(kHeader + "A,B,1,0,\"SOFA-1\",\n", currency("CNY"), owners({{"SOFA-1", "OTHER"}})) ==
          std::vector<std::string>{"f.csv:2:10: barcode SOFA-1 already belongs to sku OTHER"});
    CHECK(parse_catalog_csv(kHeader + "A,B,1,0,SOFA-1,\n", "f.csv", currency("CNY"), owners({{"SOFA-1", "A"}})).ok());
}

TEST_CASE("errors are capped at 50") {
    std::string text = kHeader;
    for (int i = 0; i < 60; ++i) text += ",x,1,0,,\n";
    const CatalogParse p = parse_catalog_csv(text, "big.csv", currency("CNY"), {});
    CHECK(p.errors.size() == 50);
    CHECK(p.errors_dropped == 10);
    CHECK(p.errors.front() == "big.csv:2:1: sku is empty");
    CHECK(p.errors.back() == "big.csv:51:1: sku is empty");
    CHECK(p.rows.empty());
}

TEST_CASE("barcode keys and export text") {
    CHECK(catalog_barcode_key("4006381333931") == "04006381333931");
    CHECK(catalog_barcode_key("2012345") == "2012345");
    CHECK(catalog_barcode_key("SOFA-01") == "SOFA-01");
    CHECK_THROWS_WITH_AS(catalog_barcode_key("73513538"), "bad check digit in 73513538: expected 7", Error);
    CHECK(catalog_barcode_text("04006381333931") == "4006381333931");
    CHECK(catalog_barcode_text("00036000291452") == "036000291452");
    CHECK(catalog_barcode_text("00000073513537") == "73513537");
    CHECK(catalog_barcode_text("10012345678902") == "10012345678902");
    CHECK(catalog_barcode_text("SOFA-01") == "SOFA-01");
}

TEST_CASE("export then import reproduces the rows") {
    const Currency& cny = currency("CNY");
    const std::vector<CatalogRow> rows{
        {"SOFA-01", "Oslo sofa", 1299900, 1300, {"04006381333931", "SOFA-01-BOX"}, "Sofas", 2},
        {"CHAIR-7", "Chair, \"oak\"", 89950, 1350, {}, "Chairs", 3},
        {"LAMP", "Lamp 灯", 4900, 0, {"00036000291452", "00000073513537", "10012345678902", "00012345000065"}, "", 4},
        {"VASE", "Vase", 5, 725, {"00000001234565", "2012345"}, "Décor; glass", 5},
    };
    const std::string csv = write_catalog_csv(rows, cny);
    CHECK(csv ==
          "sku,name,price,tax_rate,barcodes,category\n"
          "SOFA-01,Oslo sofa,12999.00,13,4006381333931;SOFA-01-BOX,Sofas\n"
          "CHAIR-7,\"Chair, \"\"oak\"\"\",899.50,13.5,,Chairs\n"
          "LAMP,Lamp 灯,49.00,0,036000291452;73513537;10012345678902;012345000065,\n"
          "VASE,Vase,0.05,7.25,000001234565;2012345,Décor; glass\n");
    const CatalogParse back = parse_catalog_csv(csv, "export.csv", cny, {});
    REQUIRE(back.ok());
    CHECK(back.rows == rows);

    const Currency& vnd = currency("VND");
    const std::vector<CatalogRow> vrows{{"TV", "Tivi", 15990000, 1000, {"08934567890120"}, "Điện tử", 2}};
    const std::string vcsv = write_catalog_csv(vrows, vnd);
    CHECK(vcsv == kHeader + "TV,Tivi,15990000,10,8934567890120,Điện tử\n");
    CHECK(parse_catalog_csv(vcsv, "v.csv", vnd, {}).rows == vrows);
}
