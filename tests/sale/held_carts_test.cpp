#include <doctest/doctest.h>

#include "core/sale/cart_json.h"
#include "core/sale/held_carts.h"
#include "core/sale/totals.h"
#include "sale/sale_fixtures.h"

using namespace pos;
using namespace sale_test;

namespace {

Cart busy_cart() {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(lamp(), 3);
    c.add_product(ProductInfo{14, "TBL-\"9\"", "Bàn 桌子 Стол", 123456, 1000}, 2);
    c.remove_line(1, floor_staff, approval);
    c.override_price(2, 8800, cashier, approval);
    c.set_line_discount(2, amount_off(3000), cashier, caps, approval);
    c.set_order_discount(percent_off(800), cashier, caps);
    c.set_visit_id(12);
    c.set_customer_id(34);
    return c;
}

}  // namespace

TEST_CASE("cart JSON round trip keeps every field") {
    const Cart c = busy_cart();
    REQUIRE(c.overrides().size() == 3);
    const std::string text = cart_to_json(c).dump();
    Cart back = cart_from_json(nlohmann::json::parse(text));
    CHECK(back.data() == c.data());
    CHECK(back.line(2).discount == amount_off(3000));
    CHECK(back.line(2).discount_limit_bp == 1137);  // 30.00 of 264.00 = 11.36..%, rounded up
    CHECK(back.overrides()[1].detail == "price 99.90 -> 88.00 on LAMP-2 Lamp");
    CHECK(back.overrides()[0].approval.reason == "loyal customer");
    CHECK(compute_totals(back, TaxMode::exclusive).totals == compute_totals(c, TaxMode::exclusive).totals);
    CHECK(back.add_product(book()) == 4);  // line ids continue after the stored ones
    CHECK(cart_to_json(Cart(currency("VND"))).dump() ==
          R"({"currency":"VND","customer_id":0,"lines":[],"next_line_id":1,"order_discount":null,"overrides":[],"version":1,"visit_id":0})");
}

TEST_CASE("damaged cart JSON is refused with invalid_input") {
    const nlohmann::json good = cart_to_json(busy_cart());
    auto code = [](const nlohmann::json& j) {
        try {
            cart_from_json(j);
        } catch (const Error& e) {
            return e.code();
        }
        return Errc::io;  // not thrown
    };
    CHECK(code(good) == Errc::io);
    nlohmann::json j = good;
    j.erase("lines");
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["currency"] = "XXX";
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["lines"][0]["qty"] = 0;
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["lines"][0]["qty"] = 1;  // would raise the amount discount above its limit
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["lines"][1]["line_id"] = 2;  // duplicate id
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["overrides"][0]["action"] = "steal";
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["version"] = 2;
    CHECK(code(j) == Errc::invalid_input);
    j = good;
    j["lines"][0]["unit_price"] = "cheap";
    CHECK(code(j) == Errc::invalid_input);
}

TEST_CASE("hold and recall carts") {
    HeldCarts held;
    CHECK_THROWS_WITH_AS(held.hold(Cart(currency("CNY")), "x", 1), doctest::Contains("empty cart"), Error);
    const Id a = held.hold(busy_cart(), "Mr Nguyen, table", 1000);
    Cart second(currency("CNY"));
    second.add_product(book());
    const Id b = held.hold(second, "  ", 2000);
    CHECK(a == 1);
    CHECK(b == 2);
    CHECK(held.size() == 2);
    CHECK(held.get(b).label == "Held #2");
    CHECK(held.list()[0].label == "Mr Nguyen, table");
    CHECK(held.list()[0].held_at == 1000);

    // Persist and reload the held carts as the storage layer would.
    HeldCarts reloaded;
    for (const HeldCart& h : held.list()) reloaded.restore(held_cart_from_json(nlohmann::json::parse(held_cart_to_json(h).dump())));
    CHECK(reloaded.size() == 2);
    CHECK(reloaded.get(1).cart.data() == busy_cart().data());
    CHECK_THROWS_AS(reloaded.restore(held_cart_from_json(held_cart_to_json(held.get(1)))), Error);

    const Cart recalled = reloaded.recall(1);
    CHECK(recalled.data() == busy_cart().data());
    CHECK_FALSE(reloaded.contains(1));
    try {
        reloaded.recall(1);
        FAIL("no throw");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::not_found);
    }
    CHECK(reloaded.hold(recalled, "again", 3000) == 3);  // ids continue after restored ones
}
