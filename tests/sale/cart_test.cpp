#include <doctest/doctest.h>

#include <limits>

#include "core/sale/cart.h"
#include "sale/sale_fixtures.h"

using namespace pos;
using namespace sale_test;

namespace {
Errc code_of(auto&& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("no pos::Error thrown");
    return Errc::io;
}
}  // namespace

TEST_CASE("adding products creates and merges lines") {
    Cart c(currency("CNY"));
    const int a = c.add_product(sofa());
    const int b = c.add_product(lamp(), 2);
    CHECK(a == 1);
    CHECK(b == 2);
    CHECK(c.add_product(lamp()) == 2);  // merged
    CHECK(c.line(2).qty == 3);
    CHECK(c.line(1).unit_price == 199900);
    CHECK(c.line(1).list_price == 199900);
    CHECK(c.lines().size() == 2);
    CHECK_THROWS_WITH_AS(c.add_product(lamp(), 9997), doctest::Contains("between 1 and 9999"), Error);
    CHECK(c.line(2).qty == 3);  // unchanged after the refusal
    CHECK_THROWS_AS(c.add_product(lamp(), 0), Error);
    CHECK(code_of([&] { c.line(99); }) == Errc::not_found);
    ProductInfo bad = book();
    bad.tax_rate_bp = 10001;
    CHECK_THROWS_AS(c.add_product(bad), Error);
    bad = book();
    bad.list_price = -1;
    CHECK_THROWS_AS(c.add_product(bad), Error);
}

TEST_CASE("a discounted or overridden line is not merged into") {
    Cart c(currency("CNY"));
    c.add_product(lamp());
    c.set_line_discount(1, percent_off(500), cashier, caps);
    CHECK(c.add_product(lamp()) == 2);
    c.override_price(2, 8000, manager);
    CHECK(c.add_product(lamp()) == 3);
    CHECK(c.lines().size() == 3);
}

TEST_CASE("set_qty validates range and keeps line ids stable") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(book());
    c.set_qty(2, 9999);
    CHECK(c.line(2).qty == 9999);
    CHECK_THROWS_AS(c.set_qty(2, 10000), Error);
    CHECK_THROWS_AS(c.set_qty(2, 0), Error);
    CHECK(code_of([&] { c.set_qty(7, 1); }) == Errc::not_found);
    c.remove_line(1, cashier);
    CHECK(c.add_product(sofa()) == 3);  // ids are never reused
}

TEST_CASE("huge quantity times price is an overflow, not a wrap") {
    Cart c(currency("CNY"));
    ProductInfo big = sofa();
    big.list_price = std::numeric_limits<Minor>::max() / 2;
    CHECK(code_of([&] { c.add_product(big, 3); }) == Errc::overflow);
    CHECK(c.empty());
    c.add_product(big, 2);  // just fits
    ProductInfo one = book();
    one.list_price = 2;
    CHECK(code_of([&] { c.add_product(one); }) == Errc::overflow);  // the cart sum overflows
    CHECK(c.lines().size() == 1);
}

TEST_CASE("void_line is refused for floor staff without an override") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(lamp());
    c.add_product(book());
    CHECK_THROWS_WITH_AS(c.remove_line(1, floor_staff), doctest::Contains("void_line needs a manager override"), Error);
    CHECK(c.lines().size() == 3);
    c.remove_line(1, floor_staff, approval);
    REQUIRE(c.overrides().size() == 1);
    CHECK(c.overrides()[0].action == Action::void_line);
    CHECK(c.overrides()[0].line_id == 1);
    CHECK(c.overrides()[0].requested_by == floor_staff.staff_id);
    CHECK(c.overrides()[0].approval.reason == "loyal customer");
    CHECK(c.overrides()[0].detail == "void 1 x SOFA-1 Sofa");
    c.remove_line(2, cashier, approval);  // cashier may void lines: approval not used, not recorded
    CHECK(c.overrides().size() == 1);
    CHECK(c.lines().size() == 1);
    CHECK(code_of([&] { c.remove_line(2, cashier); }) == Errc::not_found);
}

TEST_CASE("voiding the whole sale") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(lamp(), 2);
    c.set_visit_id(77);
    c.override_price(1, 150000, cashier, approval);
    CHECK(code_of([&] { c.void_all(floor_staff); }) == Errc::permission_denied);
    CHECK(c.lines().size() == 2);
    const auto records = c.void_all(floor_staff, approval);
    REQUIRE(records.size() == 2);
    CHECK(records[0].action == Action::price_override);
    CHECK(records[1].action == Action::void_sale);
    CHECK(records[1].detail == "void sale: 3 items, 1699.80");
    CHECK(c.empty());
    CHECK(c.overrides().empty());
    CHECK(c.visit_id() == 0);
    CHECK(c.add_product(book()) == 3);
    CHECK(c.void_all(cashier).empty());  // cashier may void; nothing to record
    CHECK(c.void_all(floor_staff).empty());  // empty cart: nothing to authorize
}

TEST_CASE("line discounts above the role cap need a manager approval") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.set_line_discount(1, percent_off(500), floor_staff, caps);  // floor cap 5%
    CHECK(c.overrides().empty());
    CHECK(code_of([&] { c.set_line_discount(1, percent_off(501), floor_staff, caps); }) == Errc::permission_denied);
    CHECK(c.line(1).discount == percent_off(500));
    c.set_line_discount(1, percent_off(1000), cashier, caps);  // cashier cap 10%
    CHECK(code_of([&] { c.set_line_discount(1, percent_off(1500), cashier, caps); }) == Errc::permission_denied);
    CHECK(code_of([&] { c.set_line_discount(1, amount_off(19991), cashier, caps); }) == Errc::permission_denied);
    c.set_line_discount(1, amount_off(19990), cashier, caps);  // exactly 10.00%
    CHECK(c.overrides().empty());

    Approval not_manager{2, Role::cashier, "Wei", "friend"};
    CHECK(code_of([&] { c.set_line_discount(1, percent_off(1500), cashier, caps, not_manager); }) == Errc::permission_denied);
    Approval no_reason{3, Role::manager, "Olga", "  "};
    CHECK(code_of([&] { c.set_line_discount(1, percent_off(1500), cashier, caps, no_reason); }) == Errc::invalid_input);
    CHECK(c.overrides().empty());

    c.set_line_discount(1, percent_off(1500), cashier, caps, approval);
    CHECK(c.line(1).discount == percent_off(1500));
    REQUIRE(c.overrides().size() == 1);
    const OverrideRecord& r = c.overrides()[0];
    CHECK(r.action == Action::discount_over_cap);
    CHECK(r.line_id == 1);
    CHECK(r.requested_by == 2);
    CHECK(r.approval.manager_id == 3);
    CHECK(r.detail == "discount 15.00% on SOFA-1 Sofa");

    c.set_line_discount(1, percent_off(9000), manager, caps);  // manager cap 100%: no override
    CHECK(c.overrides().size() == 1);
    CHECK(code_of([&] { c.set_line_discount(1, amount_off(199901), manager, caps); }) == Errc::invalid_input);
    CHECK(code_of([&] { c.set_line_discount(1, percent_off(10001), manager, caps); }) == Errc::invalid_input);
    CHECK(code_of([&] { c.set_line_discount(1, amount_off(-5), manager, caps); }) == Errc::invalid_input);
    c.clear_line_discount(1);
    CHECK_FALSE(c.line(1).discount);
}

TEST_CASE("order discount cap and record") {
    Cart c(currency("CNY"));
    CHECK(code_of([&] { c.set_order_discount(percent_off(100), cashier, caps); }) == Errc::invalid_state);
    c.add_product(sofa());
    c.add_product(book(), 2);
    c.set_line_discount(2, amount_off(900), cashier, caps);  // base 199900 + 8100 = 208000
    CHECK(c.order_discount_base() == 208000);
    c.set_order_discount(amount_off(20800), cashier, caps);  // 10.00%
    CHECK(c.overrides().empty());
    CHECK(code_of([&] { c.set_order_discount(amount_off(20801), cashier, caps); }) == Errc::permission_denied);
    CHECK(code_of([&] { c.set_order_discount(percent_off(600), floor_staff, caps); }) == Errc::permission_denied);
    c.set_order_discount(amount_off(31200), floor_staff, caps, approval);  // 15.00%
    REQUIRE(c.overrides().size() == 1);
    CHECK(c.overrides()[0].line_id == 0);
    CHECK(c.overrides()[0].requested_by == 1);
    CHECK(c.overrides()[0].detail == "order discount 312.00 (15.00%)");
    CHECK(c.order_discount() == amount_off(31200));
    c.clear_order_discount();
    CHECK_FALSE(c.order_discount());
}

TEST_CASE("changes that would raise an amount discount above its allowed share are refused") {
    Cart c(currency("CNY"));
    c.add_product(lamp(), 2);                                 // 199.80
    c.set_line_discount(1, amount_off(1998), cashier, caps);  // 10%, the cashier cap
    CHECK(code_of([&] { c.set_qty(1, 1); }) == Errc::invalid_state);
    CHECK(c.line(1).qty == 2);
    c.set_qty(1, 3);  // a smaller share is fine
    CHECK(code_of([&] { c.override_price(1, 5000, manager); }) == Errc::invalid_state);
    CHECK(c.line(1).unit_price == 9990);

    c.add_product(book());
    c.set_order_discount(amount_off(3247), cashier, caps);  // base 299.70 - 19.98 + 45.00 = 324.72: within 10%
    CHECK(code_of([&] { c.remove_line(2, cashier); }) == Errc::invalid_state);
    CHECK(c.lines().size() == 2);
    c.set_order_discount(percent_off(1000), cashier, caps);  // a percent keeps its share
    c.remove_line(2, cashier);
    c.remove_line(1, cashier);
    CHECK_FALSE(c.order_discount());  // cleared with the last line
    CHECK(c.data().order_discount_limit_bp == 0);
}

TEST_CASE("price override needs permission for any price other than the list price") {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    CHECK_THROWS_WITH_AS(c.override_price(1, 150000, floor_staff), doctest::Contains("price_override needs a manager override"),
                         Error);
    CHECK(code_of([&] { c.override_price(1, 250000, cashier); }) == Errc::permission_denied);
    CHECK(c.line(1).unit_price == 199900);
    c.override_price(1, 150000, cashier, approval);
    CHECK(c.line(1).unit_price == 150000);
    CHECK(c.line(1).list_price == 199900);
    REQUIRE(c.overrides().size() == 1);
    CHECK(c.overrides()[0].action == Action::price_override);
    CHECK(c.overrides()[0].line_id == 1);
    CHECK(c.overrides()[0].detail == "price 1999.00 -> 1500.00 on SOFA-1 Sofa");
    c.override_price(1, 199900, cashier);  // back to the list price: no permission needed
    CHECK(c.line(1).unit_price == 199900);
    c.override_price(1, 180000, manager);  // a manager needs no approval: nothing recorded
    CHECK(c.line(1).unit_price == 180000);
    CHECK(c.overrides().size() == 1);
    CHECK(code_of([&] { c.override_price(1, -1, manager); }) == Errc::invalid_input);
}

TEST_CASE("visit and customer links") {
    Cart c(currency("VND"));
    CHECK(c.visit_id() == 0);
    c.set_visit_id(5);
    c.set_customer_id(9);
    CHECK(c.visit_id() == 5);
    CHECK(c.customer_id() == 9);
    CHECK_THROWS_AS(c.set_customer_id(-1), Error);
}
