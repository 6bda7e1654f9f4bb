// Special orders: the deposit minimum, balance payments that never take the balance below zero,
// the states, hand-over only when paid, and cancelling with money taken only with a manager.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/order/order.h"

using namespace pos;

namespace {

constexpr std::string_view kToday = "2026-12-05";

Order sofa_order(Fulfilment how = Fulfilment::delivery) {
    std::vector<OrderLine> lines{
        {"SOFA-1", "Sofa, blue velvet", 1, 699900, -1, OrderLineSource::to_order, "Fabrica Ltd", "week 2"},
        {"LAMP-1", "Lamp", 2, 49900, -1, OrderLineSource::floor, "", ""},
    };
    return Order(42, std::move(lines), Schedule{how, "2027-01-08", "09:00-12:00", how == Fulfilment::delivery ? "12 Le Loi, District 1" : ""},
                 kToday);
}

const Actor kCashier{2, Role::cashier, "Wei"};
const Actor kManager{3, Role::manager, "Olga"};

}  // namespace

TEST_CASE("an order is checked when taken: lines, supplier of a line to order, a delivery day not in the past, an address") {
    const Order o = sofa_order();
    CHECK(o.total() == 799700);
    CHECK(o.balance() == 799700);
    CHECK(o.state() == OrderState::open);

    const OrderLine one{"A", "A", 1, 100, -1, OrderLineSource::floor, "", ""};
    const Schedule pickup{Fulfilment::pickup, "2027-01-08", "", ""};
    const auto make = [](Id customer, std::vector<OrderLine> lines, Schedule s) { return Order(customer, std::move(lines), std::move(s), kToday); };
    CHECK_THROWS_AS(make(42, {}, pickup), Error);
    CHECK_THROWS_AS(make(0, {one}, pickup), Error);
    OrderLine no_supplier = one;
    no_supplier.source = OrderLineSource::to_order;
    no_supplier.supplier = " ";
    CHECK_THROWS_WITH_AS(make(42, {no_supplier}, pickup), doctest::Contains("supplier"), Error);
    OrderLine zero = one;
    zero.qty = 0;
    CHECK_THROWS_AS(make(42, {zero}, pickup), Error);
    const Schedule past{Fulfilment::delivery, "2026-12-04", "", "x"};
    CHECK_THROWS_WITH_AS(make(42, {one}, past), doctest::Contains("delivery date in the past"), Error);
    const Schedule no_address{Fulfilment::delivery, "2026-12-05", "", "  "};
    CHECK_THROWS_WITH_AS(make(42, {one}, no_address), doctest::Contains("address"), Error);
    const Schedule today_pickup{Fulfilment::pickup, "2026-12-05", "", ""};
    CHECK_NOTHROW(make(42, {one}, today_pickup));
}

TEST_CASE("the deposit: a percentage or an amount, at least the store's minimum, at most the total, once") {
    const DepositPolicy policy{3000, 100000};  // 30 %, at least 1000.00
    CHECK(policy.minimum_for(799700) == 239910);
    CHECK(policy.minimum_for(200000) == 100000);  // the fixed minimum is larger
    CHECK(policy.minimum_for(50000) == 50000);    // never more than the total
    CHECK(DepositSpec{true, 3000}.amount_of(799700) == 239910);
    CHECK(DepositSpec{false, 250000}.amount_of(799700) == 250000);
    const DepositSpec above_all{true, 10001};
    const DepositSpec negative{false, -1};
    CHECK_THROWS_AS(above_all.amount_of(799700), Error);
    CHECK_THROWS_AS(negative.amount_of(799700), Error);

    Order o = sofa_order();
    CHECK_THROWS_WITH_AS(o.take_deposit(239909, policy), doctest::Contains("below the store's minimum"), Error);
    CHECK(o.paid() == 0);
    CHECK_THROWS_AS(o.take_deposit(799701, policy), Error);
    o.take_deposit(239910, policy);
    CHECK(o.paid() == 239910);
    CHECK(o.balance() == 559790);
    CHECK_THROWS_AS(o.take_deposit(239910, policy), Error);  // a second deposit is a balance payment
}

TEST_CASE("balance payments never take the balance below zero; the goods leave only when it is zero") {
    Order o = sofa_order();
    o.take_deposit(300000, DepositPolicy{});
    CHECK_THROWS_WITH_AS(o.pay_balance(499701), doctest::Contains("above the balance due"), Error);
    CHECK_THROWS_AS(o.pay_balance(0), Error);
    CHECK_THROWS_AS(o.pay_balance(-5), Error);
    CHECK(o.balance() == 499700);
    CHECK_THROWS_AS(o.hand_over(), Error);  // not ready yet
    o.mark_ready();
    CHECK_THROWS_WITH_AS(o.hand_over(), doctest::Contains("still due"), Error);
    o.pay_balance(200000);
    o.pay_balance(299700);
    CHECK(o.balance() == 0);
    CHECK_THROWS_AS(o.pay_balance(1), Error);
    o.hand_over();
    CHECK(o.state() == OrderState::delivered);
    CHECK_THROWS_AS(o.mark_ready(), Error);
    CHECK_THROWS_AS(o.cancel(kManager, std::nullopt), Error);  // delivered orders are returned, not cancelled

    Order pickup = sofa_order(Fulfilment::pickup);
    pickup.take_deposit(pickup.total(), DepositPolicy{});
    pickup.mark_ready();
    pickup.hand_over();
    CHECK(pickup.state() == OrderState::picked_up);
}

TEST_CASE("cancelling: free without payments, with money taken only with a manager's approval") {
    Order unpaid = sofa_order();
    CHECK_FALSE(unpaid.cancel(kCashier, std::nullopt).has_value());
    CHECK(unpaid.state() == OrderState::cancelled);
    CHECK_THROWS_AS(unpaid.pay_balance(1), Error);

    Order paid = sofa_order();
    paid.take_deposit(300000, DepositPolicy{});
    try {
        paid.cancel(kCashier, std::nullopt);
        FAIL("cancelled without approval");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::permission_denied);
        CHECK(e.cause() == Cause::needs_approval);
    }
    CHECK(paid.state() == OrderState::open);
    const Approval olga{3, Role::manager, "Olga", "customer moved abroad"};
    const auto used = paid.cancel(kCashier, olga);
    REQUIRE(used.has_value());
    CHECK(used->manager_id == 3);
    CHECK(paid.state() == OrderState::cancelled);
    CHECK(paid.paid() == 300000);  // the caller refunds this through the refund path

    Order by_manager = sofa_order();
    by_manager.take_deposit(300000, DepositPolicy{});
    CHECK_FALSE(by_manager.cancel(kManager, std::nullopt).has_value());
}

TEST_CASE("rescheduling keeps the date rules; state names round-trip") {
    Order o = sofa_order();
    const Schedule past{Fulfilment::delivery, "2026-12-01", "", "x"};
    CHECK_THROWS_AS(o.reschedule(past, kToday), Error);
    o.reschedule(Schedule{Fulfilment::pickup, "2027-02-01", "", ""}, kToday);
    CHECK(o.schedule().day == "2027-02-01");
    for (const auto s : {OrderState::open, OrderState::ready, OrderState::delivered, OrderState::picked_up, OrderState::cancelled})
        CHECK(parse_order_state(order_state_name(s)) == s);
    CHECK_FALSE(parse_order_state("lost").has_value());
}

TEST_CASE("a line's rounded amount counts instead of qty x unit price; a stored order restores its state and payments") {
    std::vector<OrderLine> lines{{"CHAIR", "Chair", 3, 3333, 9999, OrderLineSource::floor, "", ""}};
    const Order o(7, lines, Schedule{Fulfilment::pickup, "2026-12-10", "", ""}, kToday);
    CHECK(o.total() == 9999);
    Order back = Order::restore(7, lines, Schedule{Fulfilment::pickup, "2026-01-01", "", ""}, OrderState::ready, 5000);
    CHECK(back.state() == OrderState::ready);
    CHECK(back.balance() == 4999);
    CHECK_THROWS_AS(back.pay_balance(5000), pos::Error);
    back.pay_balance(4999);
    back.hand_over();
    CHECK(back.state() == OrderState::picked_up);
    CHECK_THROWS_AS(Order::restore(7, lines, Schedule{Fulfilment::pickup, "2026-01-01", "", ""}, OrderState::open, 10000), pos::Error);
    CHECK_THROWS_AS(Order::restore(7, lines, Schedule{Fulfilment::pickup, "2026-01-01", "", ""}, OrderState::open, -1), pos::Error);
}
