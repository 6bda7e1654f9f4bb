#include <doctest/doctest.h>

#include "ui/checkout/quick_cash.h"

using pos::ui::quick_cash_amounts;

TEST_CASE("quick cash: the exact amount, then the next round amounts of the currency's notes") {
    CHECK(quick_cash_amounts(7130, "CNY") == std::vector<pos::Minor>{7130, 7200, 7500, 8000});
    CHECK(quick_cash_amounts(299950, "CNY") == std::vector<pos::Minor>{299950, 300000});
    CHECK(quick_cash_amounts(10000, "CNY") == std::vector<pos::Minor>{10000});  // already a round note
    CHECK(quick_cash_amounts(1234500, "VND") == std::vector<pos::Minor>{1234500, 1240000, 1250000, 1300000});
    CHECK(quick_cash_amounts(123400, "RUB") == std::vector<pos::Minor>{123400, 125000, 130000, 140000});
    CHECK(quick_cash_amounts(0, "CNY").empty());
    CHECK(quick_cash_amounts(7130, "XXX") == std::vector<pos::Minor>{7130, 7200, 7500, 8000});  // generic notes
}
