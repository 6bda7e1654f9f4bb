#include <doctest/doctest.h>

#include "core/sale/completed_sale.h"
#include "sale/sale_fixtures.h"

using namespace pos;
using namespace sale_test;

TEST_CASE("a paid cart becomes a completed sale") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(book(), 2);
    c.set_visit_id(501);
    c.set_customer_id(77);
    c.override_price(1, 150000, cashier, approval);
    const Minor total = compute_totals(c, TaxMode::inclusive).totals.total;
    CHECK(total == 159000);
    Payment p(total, c.currency());
    p.add_card(100000, "AUTH1");
    p.add_cash(60000);
    const CompletedSale s = complete_sale(c, TaxMode::inclusive, p, cashier.staff_id, 1763900000000);
    CHECK(s.currency_code() == "CNY");
    CHECK(s.tax_mode() == TaxMode::inclusive);
    REQUIRE(s.lines().size() == 2);
    CHECK(s.lines()[0].item.unit_price == 150000);
    CHECK(s.lines()[0].item.list_price == 199900);
    CHECK(s.lines()[0].amounts == LineAmounts{1, 150000, 0, 0, 150000, 17257, 150000});
    CHECK(s.lines()[1].amounts.payable == 9000);
    CHECK(s.totals().total == 159000);
    CHECK(s.totals().tax_total == 17257);
    CHECK(s.breakdown().size() == 2);
    CHECK(s.tenders().size() == 2);
    CHECK(s.change() == 1000);
    REQUIRE(s.overrides().size() == 1);
    CHECK(s.overrides()[0].action == Action::price_override);
    CHECK(s.visit_id() == 501);
    CHECK(s.customer_id() == 77);
    CHECK(s.cashier_id() == 2);
    CHECK(s.completed_at() == 1763900000000);
}

TEST_CASE("completing refuses an empty cart, a short payment or a stale payment") {
    Cart c(currency("CNY"));
    Payment zero(0, c.currency());
    CHECK_THROWS_WITH_AS(complete_sale(c, TaxMode::inclusive, zero, 2, 0), doctest::Contains("cart is empty"), Error);
    c.add_product(book());
    Payment p(4500, c.currency());
    p.add_cash(4000);
    try {
        complete_sale(c, TaxMode::inclusive, p, 2, 0);
        FAIL("no throw");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::invalid_state);
        CHECK(std::string(e.what()) == "payment is not complete: 5.00 still due");
    }
    p.add_cash(500);
    c.add_product(book());  // cart changed after payment started
    CHECK_THROWS_WITH_AS(complete_sale(c, TaxMode::inclusive, p, 2, 0),
                         doctest::Contains("payment was taken for 45.00 but the cart total is 90.00"), Error);
    Payment usd(9000, currency("USD"));
    usd.add_cash(9000);
    CHECK_THROWS_AS(complete_sale(c, TaxMode::inclusive, usd, 2, 0), Error);
}

TEST_CASE("a stored sale is restored only when its figures add up") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(lamp(), 3);
    c.set_order_discount(percent_off(700), cashier, caps);
    Payment p(compute_totals(c, TaxMode::exclusive).totals.total, c.currency());
    p.add_card(100000, "AUTH1");
    p.add_cash(200000);
    const CompletedSale s = complete_sale(c, TaxMode::exclusive, p, 2, 5);
    CHECK(CompletedSale::restore(s.data()).data() == s.data());

    auto code = [](CompletedSaleData d) {
        try {
            CompletedSale::restore(std::move(d));
        } catch (const Error& e) {
            return e.code();
        }
        return Errc::io;
    };
    CompletedSaleData d = s.data();
    d.totals.total += 1;
    CHECK(code(d) == Errc::invalid_input);
    d = s.data();
    d.lines[1].amounts.tax += 1;
    CHECK(code(d) == Errc::invalid_input);
    d = s.data();
    d.breakdown[0].tax += 1;
    CHECK(code(d) == Errc::invalid_input);
    d = s.data();
    d.change -= 1;
    CHECK(code(d) == Errc::invalid_input);
    d = s.data();
    d.tenders.pop_back();
    CHECK(code(d) == Errc::invalid_input);
    d = s.data();
    d.tax_mode = TaxMode::inclusive;
    CHECK(code(d) == Errc::invalid_input);
    d = s.data();
    d.lines.clear();
    CHECK(code(d) == Errc::invalid_input);
}
