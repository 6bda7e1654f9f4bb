#pragma once
// Special orders: a sale whose goods are delivered (or picked up) later. Lines come from the
// floor or are ordered from a supplier; the customer pays a deposit when the order is taken and
// the balance later, each payment through the normal tenders. The balance never goes below
// zero, the goods leave only when it is zero, and an order with money taken is cancelled only
// with a manager's approval, refunding what was paid.
//
//   open --ready--> ready --deliver--> delivered / picked_up
//   open|ready --cancel--> cancelled
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/enum_table.h"
#include "core/common/types.h"
#include "core/staff/permissions.h"

namespace pos {

enum class OrderLineSource { floor, to_order };
enum class OrderState { open, ready, delivered, picked_up, cancelled };
enum class Fulfilment { delivery, pickup };

// Names stored with the order; labels shown in the order lists.
using OrderStateInfo = NamedEnum<OrderState>;

inline constexpr EnumTable<OrderStateInfo, 5> order_states{{{
    {OrderState::open, "open", "Open"},
    {OrderState::ready, "ready", "Ready"},
    {OrderState::delivered, "delivered", "Delivered"},
    {OrderState::picked_up, "picked_up", "Picked up"},
    {OrderState::cancelled, "cancelled", "Cancelled"},
}}};

constexpr std::string_view order_state_name(OrderState s) noexcept { return order_states.name_of(s); }
constexpr std::optional<OrderState> parse_order_state(std::string_view s) noexcept { return order_states.parse(s); }

// The names stored in orders.fulfilment and order_lines.source (and used by intents).
using FulfilmentInfo = NamedEnum<Fulfilment>;
inline constexpr EnumTable<FulfilmentInfo, 2> fulfilments{{{
    {Fulfilment::delivery, "delivery", "Delivery"},
    {Fulfilment::pickup, "pickup", "Pickup"},
}}};

using OrderLineSourceInfo = NamedEnum<OrderLineSource>;
inline constexpr EnumTable<OrderLineSourceInfo, 2> order_line_sources{{{
    {OrderLineSource::floor, "floor", "From the floor"},
    {OrderLineSource::to_order, "to_order", "To order"},
}}};

struct OrderLine {
    std::string sku;
    std::string name;
    std::int64_t qty = 1;
    Minor unit_price = 0;        // after discounts, tax included as in the store's tax mode
    Minor payable = -1;          // the line's amount when known (a cart line's rounded amount); -1: qty × unit_price
    OrderLineSource source = OrderLineSource::floor;
    std::string supplier;        // to_order lines: free text
    std::string expected;        // to_order lines: free text ("week 52", "2027-01-15")
};

// When and where the goods go: a day (YYYY-MM-DD), a time window ("09:00-12:00", free text)
// and, for a delivery, the address.
struct Schedule {
    Fulfilment how = Fulfilment::delivery;
    std::string day;
    std::string window;
    std::string address;
};

// The store's minimum deposit: the larger of a share of the total (basis points) and a fixed
// amount, never more than the total.
struct DepositPolicy {
    int min_bp = 3000;   // 30 %
    Minor min_amount = 0;
    Minor minimum_for(Minor total) const;
};

// A deposit asked for as an amount, or as a percentage (basis points) of the total rounded to
// the currency's minor unit.
struct DepositSpec {
    bool percent = false;
    std::int64_t value = 0;
    Minor amount_of(Minor total) const;
};

class Order {
public:
    // Checks the lines (at least one; qty >= 1; prices >= 0; to_order lines name a supplier)
    // and the schedule (a valid day not before `today`; a delivery has an address). Throws
    // Error(invalid_input) naming the problem.
    Order(Id customer_id, std::vector<OrderLine> lines, Schedule schedule, std::string_view today);

    // An order as stored: no date check (its day may be past by now), the stored state and the
    // amount paid so far (0 <= paid <= total; Error(invalid_input) otherwise).
    static Order restore(Id customer_id, std::vector<OrderLine> lines, Schedule schedule, OrderState state, Minor paid);

    Id customer_id() const noexcept { return customer_id_; }
    const std::vector<OrderLine>& lines() const noexcept { return lines_; }
    const Schedule& schedule() const noexcept { return schedule_; }
    OrderState state() const noexcept { return state_; }
    Minor total() const noexcept { return total_; }
    Minor paid() const noexcept { return paid_; }
    Minor balance() const noexcept { return total_ - paid_; }

    // The first payment. At least policy.minimum_for(total), at most the total. Throws
    // Error(invalid_input) ("the deposit ... is below the store's minimum of ...") or
    // Error(invalid_state) when a deposit was already taken or the order is not open.
    void take_deposit(Minor amount, const DepositPolicy& policy);
    // A later payment: more than zero and at most the balance ("above the balance due").
    void pay_balance(Minor amount);
    // The goods are in: open -> ready.
    void mark_ready();
    // The goods leave the store: ready -> delivered or picked_up; only with nothing due.
    void hand_over();
    // Reschedules (a valid day not before today).
    void reschedule(Schedule schedule, std::string_view today);
    // Cancels an open or ready order. With money taken the actor needs the refund permission or
    // a manager's approval (core permission check); returns the approval used, if any. The
    // caller refunds paid() through the refund path in the same transaction.
    std::optional<Approval> cancel(const Actor& actor, const std::optional<Approval>& approval);

private:
    Order(Id customer_id, std::vector<OrderLine> lines, Schedule schedule);
    void require(OrderState s, std::string_view what) const;

    Id customer_id_ = 0;
    std::vector<OrderLine> lines_;
    Schedule schedule_;
    OrderState state_ = OrderState::open;
    Minor total_ = 0;
    Minor paid_ = 0;
};

}  // namespace pos
