#include "core/order/order.h"

#include <utility>

#include "core/common/error.h"
#include "core/common/time.h"
#include "core/sale/money.h"

namespace pos {
namespace {

void check_schedule(const Schedule& s, std::string_view today) {
    if (!is_valid_date(s.day)) throw Error(Errc::invalid_input, "not a date: '" + s.day + "' (use YYYY-MM-DD)");
    if (s.day < today)
        throw Error(Errc::invalid_input, std::string(s.how == Fulfilment::delivery ? "a delivery" : "a pickup") + " date in the past: " +
                                             s.day + " (today is " + std::string(today) + ")");
    if (s.how == Fulfilment::delivery && s.address.find_first_not_of(" \t\r\n") == std::string::npos)
        throw Error(Errc::invalid_input, "a delivery needs an address");
    if (s.address.size() > 500 || s.window.size() > 100) throw Error(Errc::invalid_input, "the address or time window is too long");
}

}  // namespace

Minor DepositPolicy::minimum_for(Minor total) const {
    const Minor share = mul_div_round(total, min_bp, 10000);
    const Minor floor_amount = share > min_amount ? share : min_amount;
    return floor_amount < total ? floor_amount : total;
}

Minor DepositSpec::amount_of(Minor total) const {
    if (value < 0) throw Error(Errc::invalid_input, "a deposit cannot be negative");
    if (!percent) return value;
    if (value > 10000) throw Error(Errc::invalid_input, "a deposit above 100 % of the total");
    return mul_div_round(total, value, 10000);
}

Order::Order(Id customer_id, std::vector<OrderLine> lines, Schedule schedule, std::string_view today)
    : Order(customer_id, std::move(lines), std::move(schedule)) {
    check_schedule(schedule_, today);
}

Order Order::restore(Id customer_id, std::vector<OrderLine> lines, Schedule schedule, OrderState state, Minor paid) {
    Order o(customer_id, std::move(lines), std::move(schedule));
    if (paid < 0 || paid > o.total_)
        throw Error(Errc::invalid_input, "a stored order paid " + std::to_string(paid) + " of " + std::to_string(o.total_));
    o.state_ = state;
    o.paid_ = paid;
    return o;
}

Order::Order(Id customer_id, std::vector<OrderLine> lines, Schedule schedule)
    : customer_id_(customer_id), lines_(std::move(lines)), schedule_(std::move(schedule)) {
    if (customer_id_ <= 0) throw Error(Errc::invalid_input, "an order needs a customer");
    if (lines_.empty()) throw Error(Errc::invalid_input, "an order needs at least one line");
    for (std::size_t i = 0; i < lines_.size(); ++i) {
        const OrderLine& l = lines_[i];
        const std::string where = "line " + std::to_string(i + 1);
        if (l.qty < 1) throw Error(Errc::invalid_input, where + ": the quantity must be at least 1");
        if (l.unit_price < 0) throw Error(Errc::invalid_input, where + ": a negative price");
        if (l.source == OrderLineSource::to_order && l.supplier.find_first_not_of(" \t") == std::string::npos)
            throw Error(Errc::invalid_input, where + ": a line to order needs its supplier");
        if (l.payable < -1) throw Error(Errc::invalid_input, where + ": a negative amount");
        total_ = checked_add(total_, l.payable >= 0 ? l.payable : checked_mul(l.unit_price, l.qty));
    }
}

void Order::require(OrderState s, std::string_view what) const {
    if (state_ != s)
        throw Error(Errc::invalid_state, "cannot " + std::string(what) + " an order that is " + std::string(order_state_name(state_)));
}

void Order::take_deposit(Minor amount, const DepositPolicy& policy) {
    require(OrderState::open, "take a deposit on");
    if (paid_ != 0) throw Error(Errc::invalid_state, "the deposit was already taken; take a balance payment");
    const Minor minimum = policy.minimum_for(total_);
    if (amount < minimum)
        throw Error(Errc::invalid_input, "the deposit " + std::to_string(amount) + " is below the store's minimum of " +
                                             std::to_string(minimum) + " (minor units)");
    if (amount > total_)
        throw Error(Errc::invalid_input, "the deposit " + std::to_string(amount) + " is above the order total " + std::to_string(total_));
    paid_ = amount;
}

void Order::pay_balance(Minor amount) {
    if (state_ != OrderState::open && state_ != OrderState::ready)
        throw Error(Errc::invalid_state, "cannot take a payment on an order that is " + std::string(order_state_name(state_)));
    if (amount <= 0) throw Error(Errc::invalid_input, "a payment must be more than zero");
    if (amount > balance())
        throw Error(Errc::invalid_input, "the payment " + std::to_string(amount) + " is above the balance due " + std::to_string(balance()));
    paid_ = checked_add(paid_, amount);
}

void Order::mark_ready() {
    require(OrderState::open, "mark ready");
    state_ = OrderState::ready;
}

void Order::hand_over() {
    require(OrderState::ready, "hand over");
    if (balance() != 0)
        throw Error(Errc::invalid_state, "the balance of " + std::to_string(balance()) + " is still due before the goods leave");
    state_ = schedule_.how == Fulfilment::delivery ? OrderState::delivered : OrderState::picked_up;
}

void Order::reschedule(Schedule schedule, std::string_view today) {
    if (state_ != OrderState::open && state_ != OrderState::ready)
        throw Error(Errc::invalid_state, "cannot reschedule an order that is " + std::string(order_state_name(state_)));
    check_schedule(schedule, today);
    schedule_ = std::move(schedule);
}

std::optional<Approval> Order::cancel(const Actor& actor, const std::optional<Approval>& approval) {
    if (state_ != OrderState::open && state_ != OrderState::ready)
        throw Error(Errc::invalid_state, "cannot cancel an order that is " + std::string(order_state_name(state_)));
    std::optional<Approval> used;
    if (paid_ > 0) used = authorize(Action::refund, actor, approval);
    state_ = OrderState::cancelled;
    return used;
}

}  // namespace pos
