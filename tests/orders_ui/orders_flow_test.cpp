// Special orders by touch: the cart taken as an order from the checkout with a deposit (and the
// refusals shown in the dialog), a balance payment above the balance refused and shown, paying
// in full, ready, hand-over, and a cancellation with money taken asking for a manager.
#include <doctest/doctest.h>

#include "orders_fixture.h"

using pos::test::OrdersFixture;
using pos::test::Reply;
using pos::test::only;
namespace intent = pos::intent;
namespace ev = pos::service::event;

TEST_CASE("the checkout takes the cart as an order with a deposit; refusals stay in the dialog") {
    OrdersFixture f;
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 2}).ok);
    f.frame();
    auto& d = f.checkout.ui_state().order;

    // Without a linked customer the dialog says so and cannot take the order.
    CHECK(f.tap("checkout/take_order").empty());
    REQUIRE(d.open);
    CHECK(f.tap("checkout/order/step/deposit").empty());
    CHECK(f.tap("checkout/order/keypad/ok").empty());
    CHECK(f.tap("checkout/order/cancel").empty());
    CHECK_FALSE(d.open);

    REQUIRE(f.shell(intent::LinkCustomer{f.customer}).ok);
    f.frame();
    CHECK(f.tap("checkout/take_order").empty());
    REQUIRE(d.open);
    CHECK(d.deposit_digits == "419940");  // the store minimum: 30 % of 13,998.00

    // When and where: a delivery next Friday, the afternoon window; no address yet.
    CHECK(f.tap("checkout/order/delivery").empty());
    CHECK(f.tap("checkout/order/day/2026-11-19").empty());  // yesterday: greyed out
    CHECK(d.schedule.day.empty());
    CHECK(f.tap("checkout/order/day/2026-11-27").empty());
    CHECK(d.schedule.day == "2026-11-27");
    CHECK(f.tap("checkout/order/window/2").empty());
    CHECK(d.schedule.window == "15:00-18:00");
    CHECK(f.tap("checkout/order/next").empty());
    CHECK(f.tap("checkout/order/next").empty());
    const Reply no_address = only(f.tap("checkout/order/keypad/ok"));
    CHECK_FALSE(no_address.ok);
    CHECK(d.open);
    CHECK_FALSE(d.awaiting);
    CHECK(d.error.find("address") != std::string::npos);

    CHECK(f.tap("checkout/order/step/schedule").empty());
    CHECK(f.tap("checkout/order/address").empty());
    f.type("checkout/order/kb", "12 le loi");
    CHECK(d.schedule.address == "12 le loi");

    // The sofa is ordered from the supplier.
    CHECK(f.tap("checkout/order/step/lines").empty());
    CHECK(f.tap("checkout/order/lines/1/to_order").empty());
    CHECK(f.tap("checkout/order/lines/1/supplier").empty());
    f.type("checkout/order/kb", "natuzzi");
    CHECK(f.tap("checkout/order/lines/1/expected").empty());
    f.type("checkout/order/kb", "week 51");

    // A deposit below the store's minimum is refused and said in the dialog.
    CHECK(f.tap("checkout/order/step/deposit").empty());
    CHECK(f.tap("checkout/order/keypad/clear").empty());
    for (char c : std::string("10000")) CHECK(f.tap(std::string("checkout/order/keypad/") + c).empty());
    const Reply low = only(f.tap("checkout/order/keypad/ok"));
    CHECK_FALSE(low.ok);
    CHECK(d.open);
    CHECK(d.error.find("minimum") != std::string::npos);

    // Half, by card with its approval code.
    CHECK(f.tap("checkout/order/quick/5000").empty());
    CHECK(f.tap("checkout/order/tender/card").empty());
    CHECK(f.tap("checkout/order/reference").empty());
    f.type("checkout/order/kb", "a123");
    const Reply taken = only(f.tap("checkout/order/keypad/ok"));
    REQUIRE_MESSAGE(taken.ok, taken.refusal.detail);
    const auto* order = taken.outcome.find<ev::OrderTaken>();
    REQUIRE(order != nullptr);
    CHECK_FALSE(d.open);
    CHECK(f.pos.cart().empty());

    const auto view = f.pos.order(order->order_no);
    REQUIRE(view);
    CHECK(view->paid == 699900);
    CHECK(view->fulfilment == pos::Fulfilment::delivery);
    CHECK(view->due_day == "2026-11-27");
    CHECK(view->window == "15:00-18:00");
    CHECK(view->address == "12 le loi");
    REQUIRE(view->lines.size() == 1);
    CHECK(view->lines[0].to_order);
    CHECK(view->lines[0].supplier == "natuzzi");
    CHECK(view->lines[0].expected == "week 51");
    REQUIRE(view->payments.size() == 1);
    CHECK(view->payments[0].tender == "card");

    // The orders page shows it selected.
    f.show("orders");
    CHECK(f.orders.ui_state().selected == order->order_no);
    REQUIRE(f.orders.view().detail);
    CHECK(f.orders.view().detail->payments.size() == 1);
}

TEST_CASE("orders page: a payment above the balance is refused and shown; pay in full, ready, hand over") {
    OrdersFixture f;
    const std::int64_t no = f.take_order({true, 3000});
    f.show("orders");
    auto& ui = f.orders.ui_state();
    REQUIRE(f.orders.view().open.size() == 1);
    CHECK(f.tap("orders/list/" + std::to_string(no)).empty());
    REQUIRE(f.orders.view().detail);
    const pos::Minor balance = f.orders.view().detail->balance_minor;
    CHECK(balance > 0);
    // Nothing can be handed over yet: open, and money is due.
    CHECK(f.tap("orders/detail/hand_over").empty());

    CHECK(f.tap("orders/detail/pay").empty());
    REQUIRE(ui.action == pos::ui::OrderAction::pay);
    CHECK(ui.amount_digits == std::to_string(balance));  // prefilled with the balance
    CHECK(f.tap("orders/action/keypad/1").empty());      // one more digit: ten times the balance
    const Reply above = only(f.tap("orders/action/keypad/ok"));
    CHECK_FALSE(above.ok);
    CHECK(ui.action == pos::ui::OrderAction::pay);
    CHECK(ui.error.find("balance") != std::string::npos);

    CHECK(f.tap("orders/action/whole").empty());
    CHECK(ui.error.empty());
    const Reply paid = only(f.tap("orders/action/keypad/ok"));
    REQUIRE_MESSAGE(paid.ok, paid.refusal.detail);
    const auto* p = paid.outcome.find<ev::OrderPaid>();
    REQUIRE(p != nullptr);
    CHECK(p->paid_in_full);
    CHECK(ui.action == pos::ui::OrderAction::none);
    CHECK_FALSE(ui.notice.empty());
    f.frame();
    REQUIRE(f.orders.view().detail);
    CHECK(f.orders.view().detail->balance_minor == 0);
    CHECK(f.orders.view().detail->payments.size() == 2);
    CHECK_FALSE(f.orders.view().detail->can_hand_over);  // paid, but the goods are not in yet
    CHECK(f.tap("orders/detail/hand_over").empty());

    const Reply ready = only(f.tap("orders/detail/ready"));
    REQUIRE(ready.ok);
    CHECK(ready.outcome.find<ev::OrderChanged>()->what == ev::OrderChange::ready);
    f.frame();
    CHECK(f.orders.view().detail->can_hand_over);
    const Reply handed = only(f.tap("orders/detail/hand_over"));
    REQUIRE(handed.ok);
    CHECK(handed.outcome.find<ev::OrderChanged>()->what == ev::OrderChange::handed_over);
    CHECK(f.pos.order(no)->state == pos::OrderState::picked_up);
    f.frame();
    CHECK(f.orders.view().open.empty());
}

TEST_CASE("orders page: cancelling an order with a deposit asks a manager, then refunds") {
    OrdersFixture f;
    const std::int64_t no = f.take_order({true, 3000});
    f.show("orders");
    auto& ui = f.orders.ui_state();
    CHECK(f.tap("orders/list/" + std::to_string(no)).empty());
    CHECK(f.tap("orders/detail/cancel").empty());
    REQUIRE(ui.action == pos::ui::OrderAction::cancel);
    CHECK(f.tap("orders/action/reason/1").empty());
    const Reply asked = only(f.tap("orders/action/confirm"));
    CHECK_FALSE(asked.ok);
    CHECK(asked.refusal.needs_approval());
    REQUIRE(ui.approval.open);
    CHECK(f.pos.order(no)->state == pos::OrderState::open);

    CHECK(f.tap("orders/override/manager/" + f.staff_key("Olga")).empty());
    CHECK(f.tap("orders/override/reason/0").empty());
    for (char c : std::string("1111")) CHECK(f.tap(std::string("orders/override/pin/") + c).empty());
    const Reply wrong = only(f.tap("orders/override/pin/ok"));
    CHECK_FALSE(wrong.ok);
    CHECK(ui.approval.open);
    CHECK(ui.approval.error == "Wrong PIN");

    for (char c : std::string("9999")) CHECK(f.tap(std::string("orders/override/pin/") + c).empty());
    const Reply cancelled = only(f.tap("orders/override/pin/ok"));
    REQUIRE_MESSAGE(cancelled.ok, cancelled.refusal.detail);
    CHECK(cancelled.outcome.find<ev::OrderChanged>()->what == ev::OrderChange::cancelled);
    CHECK_FALSE(ui.approval.open);
    CHECK(ui.action == pos::ui::OrderAction::none);
    const auto view = f.pos.order(no);
    CHECK(view->state == pos::OrderState::cancelled);
    CHECK(view->paid == 0);
}

TEST_CASE("orders page: reschedule by touch and print a day's dispatch list") {
    OrdersFixture f;
    const std::int64_t no = f.take_order({true, 3000});
    f.show("orders");
    auto& ui = f.orders.ui_state();
    CHECK(f.tap("orders/list/" + std::to_string(no)).empty());
    CHECK(f.tap("orders/detail/reschedule").empty());
    REQUIRE(ui.action == pos::ui::OrderAction::reschedule);
    CHECK(ui.schedule.day == "2026-11-27");
    CHECK(f.tap("orders/action/day/2026-11-25").empty());
    CHECK(f.tap("orders/action/window/3").empty());
    const Reply moved = only(f.tap("orders/action/save"));
    REQUIRE_MESSAGE(moved.ok, moved.refusal.detail);
    CHECK(f.pos.order(no)->due_day == "2026-11-25");
    CHECK(f.pos.order(no)->window == "18:00-21:00");

    CHECK(f.tap("orders/tab/dispatch").empty());
    CHECK(f.tap("orders/day/2026-11-25").empty());
    f.frame();
    REQUIRE(f.orders.view().dispatch.size() == 1);
    CHECK(f.orders.view().dispatch[0].order_no == no);
    const Reply printed = only(f.tap("orders/dispatch_print"));
    REQUIRE(printed.ok);
    const auto* page = printed.outcome.find<ev::PagePrintRequested>();
    REQUIRE(page != nullptr);
    CHECK(page->day == "2026-11-25");
    CHECK_FALSE(ui.notice.empty());
}
