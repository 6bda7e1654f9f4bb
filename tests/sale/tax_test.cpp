#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/sale/tax.h"

using namespace pos;

TEST_CASE("inclusive tax is the share inside the line amount") {
    CHECK(line_tax(1130, 1300, TaxMode::inclusive) == 130);         // 11.30 at 13% holds 1.30
    CHECK(line_tax(12000, 2000, TaxMode::inclusive) == 2000);       // RUB 120.00 at 20%
    CHECK(line_tax(1100000, 1000, TaxMode::inclusive) == 100000);   // VND at 10%
    CHECK(line_tax(191425, 1300, TaxMode::inclusive) == 22022);     // 22022.12 rounds down
    CHECK(line_tax(9999, 1300, TaxMode::inclusive) == 1150);        // 1150.32
    CHECK(line_tax(5000, 0, TaxMode::inclusive) == 0);
}

TEST_CASE("exclusive tax is added on top of the line amount") {
    CHECK(line_tax(1000, 1300, TaxMode::exclusive) == 130);
    CHECK(line_tax(191425, 1300, TaxMode::exclusive) == 24885);     // 24885.25
    CHECK(line_tax(10000, 825, TaxMode::exclusive) == 825);         // 8.25%
    CHECK(line_tax(5000, 0, TaxMode::exclusive) == 0);
}

TEST_CASE("tax rounds half a minor unit away from zero") {
    CHECK(line_tax(10, 500, TaxMode::exclusive) == 1);    // 0.5 -> 1
    CHECK(line_tax(30, 500, TaxMode::exclusive) == 2);    // 1.5 -> 2
    CHECK(line_tax(50, 500, TaxMode::exclusive) == 3);    // 2.5 -> 3
    CHECK(line_tax(-10, 500, TaxMode::exclusive) == -1);  // -0.5 -> -1
    CHECK(line_tax(9, 500, TaxMode::exclusive) == 0);     // 0.45 -> 0
    CHECK(line_tax(21, 10000, TaxMode::inclusive) == 11); // 10.5 -> 11
    CHECK(line_tax(105, 500, TaxMode::inclusive) == 5);   // exactly 5
    CHECK(line_tax(11, 1000, TaxMode::inclusive) == 1);   // 1.0
    CHECK(line_tax(5, 1000, TaxMode::inclusive) == 0);    // 0.4545 -> 0
    CHECK(line_tax(6, 1000, TaxMode::inclusive) == 1);    // 0.5454 -> 1
}

TEST_CASE("tax rates are validated") {
    CHECK_NOTHROW(validate_tax_rate(0));
    CHECK_NOTHROW(validate_tax_rate(10000));
    CHECK_THROWS_WITH_AS(validate_tax_rate(10001), doctest::Contains("out of range"), Error);
    CHECK_THROWS_AS(validate_tax_rate(-1), Error);
    CHECK_THROWS_AS(line_tax(100, 10001, TaxMode::exclusive), Error);
}

TEST_CASE("rates, modes and breakdown rows") {
    CHECK(format_rate(1300) == "13.00%");
    CHECK(format_rate(825) == "8.25%");
    CHECK(format_rate(5) == "0.05%");
    CHECK(format_rate(0) == "0.00%");
    CHECK(parse_tax_mode("exclusive") == TaxMode::exclusive);
    CHECK(tax_mode_name(TaxMode::inclusive) == "inclusive");
    CHECK_FALSE(parse_tax_mode("vat"));

    std::vector<TaxRow> rows;
    add_to_breakdown(rows, 1300, 1130, 130);
    add_to_breakdown(rows, 0, 500, 0);
    add_to_breakdown(rows, 1300, 2260, 260);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == TaxRow{0, 500, 0, 500});
    CHECK(rows[1] == TaxRow{1300, 3000, 390, 3390});
}
