// Cash handed over for a special order, by touch: the deposit in the checkout's "Take as order"
// dialog and a balance payment on the orders page each offer the exact amount and round amounts
// above it, take another amount typed on the keypad, show the change, send the cash handed over
// as the intent's `tendered`, and refuse less cash than the payment. Card payments keep their
// approval code and send no cash.
#include <doctest/doctest.h>

#include "orders_fixture.h"

using pos::test::OrdersFixture;
using pos::test::Reply;
using pos::test::only;
namespace intent = pos::intent;
namespace ev = pos::service::event;

namespace {

void type_digits(OrdersFixture& f, const std::string& keypad, const std::string& digits) {
    for (char c : digits) CHECK(f.tap(keypad + "/" + std::string(1, c)).empty());
}

std::string shown(const OrdersFixture& f, const std::string& name) {
    const std::string* text = f.ui.probe().text(name);
    REQUIRE_MESSAGE(text != nullptr, name << " is not shown");
    return *text;
}

bool drawn(const OrdersFixture& f, const std::string& name) { return f.ui.probe().find(name) != nullptr; }

// A sofa in the cart for the linked customer, the dialog on its deposit step for a pickup on
// 2026-11-27 with a deposit of ¥3,000.00 typed on the keypad.
void deposit_step(OrdersFixture& f) {
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 1}).ok);
    REQUIRE(f.shell(intent::LinkCustomer{f.customer}).ok);
    f.frame();
    CHECK(f.tap("checkout/take_order").empty());
    CHECK(f.tap("checkout/order/pickup").empty());
    CHECK(f.tap("checkout/order/day/2026-11-27").empty());
    CHECK(f.tap("checkout/order/step/deposit").empty());
    CHECK(f.tap("checkout/order/keypad/clear").empty());
    type_digits(f, "checkout/order/keypad", "300000");
}

// The orders page on the balance payment of an order with a 30 % deposit (¥5,597.90 due).
std::int64_t pay_panel(OrdersFixture& f) {
    const std::int64_t no = f.take_order({true, 3000});
    f.show("orders");
    CHECK(f.tap("orders/list/" + std::to_string(no)).empty());
    CHECK(f.tap("orders/detail/pay").empty());
    REQUIRE(f.orders.ui_state().action == pos::ui::OrderAction::pay);
    REQUIRE(f.orders.view().detail);
    REQUIRE(f.orders.view().detail->balance_minor == 559790);
    return no;
}

}  // namespace

TEST_CASE("a deposit paid with more cash: TakeOrder carries the cash handed over and the dialog shows the change") {
    OrdersFixture f;
    deposit_step(f);
    auto& d = f.checkout.ui_state().order;
    // ¥3,000.00 is round in every note: the exact amount and "Other amount" only.
    CHECK(drawn(f, "checkout/order/cash/quick/300000"));
    CHECK(drawn(f, "checkout/order/cash/other"));
    CHECK(shown(f, "checkout/order/cash/change") == "Change ¥0.00");

    // Four ¥1,000 notes: the keypad types the cash handed over, the deposit stays.
    CHECK(f.tap("checkout/order/cash/other").empty());
    type_digits(f, "checkout/order/keypad", "400000");
    CHECK(d.deposit_digits == "300000");
    CHECK(d.cash.digits == "400000");
    CHECK(shown(f, "checkout/order/cash/change") == "Change ¥1,000.00");

    // Less than the deposit cannot be sent; the keypad's key is greyed and the line says why.
    CHECK(f.tap("checkout/order/keypad/back").empty());
    CHECK(f.tap("checkout/order/keypad/back").empty());
    CHECK(d.cash.digits == "4000");
    CHECK(shown(f, "checkout/order/cash/change") == "Less than the amount to pay");
    CHECK(f.tap("checkout/order/keypad/ok").empty());
    type_digits(f, "checkout/order/keypad", "00");

    const Reply taken = only(f.tap("checkout/order/keypad/ok"));
    REQUIRE_MESSAGE(taken.ok, taken.refusal.detail);
    const auto* t = std::get_if<intent::TakeOrder>(&f.applied.back());
    REQUIRE(t != nullptr);
    CHECK(t->tender == "cash");
    CHECK(t->deposit.percent == false);
    CHECK(t->deposit.value == 300000);
    CHECK(t->tendered == 400000);
    const auto* order = taken.outcome.find<ev::OrderTaken>();
    REQUIRE(order != nullptr);
    const auto view = f.pos.order(order->order_no);
    REQUIRE(view);
    REQUIRE(view->payments.size() == 1);
    CHECK(view->payments[0].amount == 300000);
    CHECK(view->payments[0].tendered == 400000);
}

TEST_CASE("the deposit dialog: a round amount chip, the deposit typed again, card sends no cash") {
    OrdersFixture f;
    deposit_step(f);
    auto& d = f.checkout.ui_state().order;
    // The store minimum (30 % of ¥6,999.00 = ¥2,099.70): exact, then ¥2,100.00 (every note rounds to it).
    CHECK(f.tap("checkout/order/quick/min").empty());
    CHECK(d.deposit_digits == "209970");
    CHECK(drawn(f, "checkout/order/cash/quick/209970"));
    CHECK(f.tap("checkout/order/cash/quick/210000").empty());
    CHECK(shown(f, "checkout/order/cash/change") == "Change ¥0.30");

    // "Other amount" turns the keypad to the cash; the deposit button turns it back.
    CHECK(f.tap("checkout/order/cash/other").empty());
    CHECK(d.cash.typing);
    CHECK(f.tap("checkout/order/amount").empty());
    CHECK_FALSE(d.cash.typing);
    CHECK(f.tap("checkout/order/keypad/clear").empty());
    type_digits(f, "checkout/order/keypad", "250000");
    CHECK(d.deposit_digits == "250000");
    CHECK(d.cash.digits.empty());  // "Other amount" starts from nothing typed: exactly the deposit
    CHECK(shown(f, "checkout/order/cash/change") == "Change ¥0.00");

    // Card: no cash row, the approval code, and no cash handed over in the intent.
    CHECK(f.tap("checkout/order/tender/card").empty());
    CHECK_FALSE(drawn(f, "checkout/order/cash/other"));
    CHECK_FALSE(drawn(f, "checkout/order/amount"));
    CHECK(f.tap("checkout/order/reference").empty());
    f.type("checkout/order/kb", "a1");
    const Reply taken = only(f.tap("checkout/order/keypad/ok"));
    REQUIRE_MESSAGE(taken.ok, taken.refusal.detail);
    const auto* t = std::get_if<intent::TakeOrder>(&f.applied.back());
    REQUIRE(t != nullptr);
    CHECK(t->tender == "card");
    CHECK(t->reference == "a1");
    CHECK(t->tendered == 0);
}

TEST_CASE("a balance payment with more cash: PayOrder carries it, less cash cannot be sent, the change is shown") {
    OrdersFixture f;
    const std::int64_t no = pay_panel(f);
    auto& ui = f.orders.ui_state();
    // ¥5,597.90 due: exact, ¥5,598.00 and ¥5,600.00.
    CHECK(drawn(f, "orders/action/cash/quick/559790"));
    CHECK(drawn(f, "orders/action/cash/quick/559800"));
    CHECK(drawn(f, "orders/action/cash/quick/560000"));
    CHECK(shown(f, "orders/action/cash/change") == "Change ¥0.00");

    CHECK(f.tap("orders/action/cash/other").empty());
    type_digits(f, "orders/action/keypad", "500000");
    CHECK(ui.amount_digits == "559790");
    CHECK(shown(f, "orders/action/cash/change") == "Less than the amount to pay");
    CHECK(f.tap("orders/action/keypad/ok").empty());
    CHECK_FALSE(ui.awaiting);

    // Six ¥1,000 notes instead.
    CHECK(f.tap("orders/action/keypad/clear").empty());
    type_digits(f, "orders/action/keypad", "600000");
    CHECK(ui.cash.digits == "600000");
    CHECK(shown(f, "orders/action/cash/change") == "Change ¥402.10");
    const Reply paid = only(f.tap("orders/action/keypad/ok"));
    REQUIRE_MESSAGE(paid.ok, paid.refusal.detail);
    const auto* p = std::get_if<intent::PayOrder>(&f.applied.back());
    REQUIRE(p != nullptr);
    CHECK(p->amount == 559790);
    CHECK(p->tender == "cash");
    CHECK(p->tendered == 600000);
    CHECK(paid.outcome.find<ev::OrderPaid>()->paid_in_full);
    const auto view = f.pos.order(no);
    REQUIRE(view);
    REQUIRE(view->payments.size() == 2);
    CHECK(view->payments[1].amount == 559790);
    CHECK(view->payments[1].tendered == 600000);
}

TEST_CASE("a balance payment: a round amount chip, the amount typed again, card sends no cash") {
    OrdersFixture f;
    pay_panel(f);
    auto& ui = f.orders.ui_state();
    CHECK(f.tap("orders/action/cash/quick/560000").empty());
    CHECK(shown(f, "orders/action/cash/change") == "Change ¥2.10");
    // Part of the balance: "Amount" gives the keypad back to the amount paid.
    CHECK(f.tap("orders/action/cash/other").empty());
    CHECK(f.tap("orders/action/amount").empty());
    CHECK(f.tap("orders/action/keypad/clear").empty());
    type_digits(f, "orders/action/keypad", "100000");
    CHECK(ui.amount_digits == "100000");
    CHECK(shown(f, "orders/action/cash/change") == "Change ¥0.00");
    CHECK(drawn(f, "orders/action/cash/quick/100000"));

    CHECK(f.tap("orders/action/tender/card").empty());
    CHECK_FALSE(drawn(f, "orders/action/cash/other"));
    CHECK(f.tap("orders/action/keypad/ok").empty());  // no approval code yet
    CHECK(f.tap("orders/action/tender/reference").empty());
    f.type("orders/action/kb", "b7");
    const Reply paid = only(f.tap("orders/action/keypad/ok"));
    REQUIRE_MESSAGE(paid.ok, paid.refusal.detail);
    const auto* p = std::get_if<intent::PayOrder>(&f.applied.back());
    REQUIRE(p != nullptr);
    CHECK(p->amount == 100000);
    CHECK(p->tender == "card");
    CHECK(p->reference == "b7");
    CHECK(p->tendered == 0);
}
