#pragma once
// Special orders (migration 0007): the order, its lines and its payments. Every write runs
// inside the caller's transaction with its journal entry; an order payment also gets its
// gapless payment-receipt number and the print job of its receipt in the same transaction. The
// rules (deposit minimum, balance never negative, states) are the core's (core/order); the
// table CHECKs refuse a negative balance even if a caller forgot them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"
#include "db/sqlite.h"

namespace pos::db {

struct OrderLineRow {
    int line_no = 0;
    Id product_id = 0;
    std::string sku;
    std::string name;
    std::int64_t qty = 1;
    Minor list_price = 0;
    Minor unit_price = 0;
    Minor discount = 0;            // line + order discount share
    int tax_rate_bp = 0;
    Minor tax = 0;
    Minor payable = 0;
    std::string source = "floor";  // floor | to_order
    std::string supplier;
    std::string expected;
};

struct OrderRow {
    Id id = 0;
    std::int64_t order_no = 0;
    Id customer_id = 0;
    Id visit_id = 0;
    Id staff_id = 0;               // credited salesperson
    Id taken_by = 0;
    std::string state = "open";    // core/order order_states names
    std::string currency;
    std::string tax_mode;
    Minor subtotal = 0;
    Minor discount_total = 0;
    Minor tax_total = 0;
    Minor total = 0;
    Minor paid = 0;
    std::string fulfilment = "delivery";  // delivery | pickup
    std::string due_day;
    std::string time_window;
    std::string address;
    Timestamp created_at = 0;
    std::string day;               // written
    Timestamp closed_at = 0;       // 0 while open or ready
    std::string closed_day;        // "" while open or ready
    std::string cancel_reason;
    std::vector<OrderLineRow> lines;
    Minor balance() const noexcept { return total - paid; }
};

struct OrderPaymentRow {
    Id id = 0;
    Id order_id = 0;
    std::int64_t doc_no = 0;       // the payment receipt's number
    std::string kind = "deposit";  // deposit | balance | refund
    std::string tender = "cash";
    Minor amount = 0;              // negative for a refund
    Minor tendered = 0;
    std::string reference;
    Id cashier_id = 0;
    Timestamp created_at = 0;
    std::string day;
};

struct CommittedOrderPayment {
    Id payment_id = 0;
    std::int64_t doc_no = 0;
    Id print_job_id = 0;
};

// Stores a new order (order_no = MAX+1, paid = 0) with its lines and an "order" journal entry.
// Sets row.id and row.order_no. Inside the caller's transaction.
void insert_order(Connection& conn, OrderRow& row);
// Adds a payment (doc_no = MAX+1), moves orders.paid by its amount, journals it ("order_payment")
// and queues its receipt (print job "order_receipt"). Error(conflict) when the order's balance
// would go below zero or paid below zero (nothing stored). Inside the caller's transaction.
CommittedOrderPayment add_order_payment(Connection& conn, const OrderPaymentRow& payment);
// A state change (ready, delivered, picked_up, cancelled) with its journal entry
// ("order_state"); closing states set closed_at/closed_day.
void set_order_state(Connection& conn, Id order_id, std::string_view state, Id staff_id, std::string_view reason, Timestamp at,
                     std::string_view day);
void set_order_schedule(Connection& conn, Id order_id, std::string_view fulfilment, std::string_view due_day, std::string_view window,
                        std::string_view address, Id staff_id, Timestamp at);

std::optional<OrderRow> load_order(Connection& conn, Id order_id);
std::optional<OrderRow> find_order_by_no(Connection& conn, std::int64_t order_no);
std::optional<OrderPaymentRow> get_order_payment(Connection& conn, Id payment_id);
// Payments of an order, oldest first.
std::vector<OrderPaymentRow> order_payments(Connection& conn, Id order_id);
// Open and ready orders by due day (then number), at most `limit`; lines not loaded.
std::vector<OrderRow> open_orders(Connection& conn, int limit);
// Open and ready orders due on `day` (the dispatch list), by time window then number, with lines.
std::vector<OrderRow> orders_due_on(Connection& conn, std::string_view day);
// A customer's orders, newest first; lines not loaded.
std::vector<OrderRow> customer_orders(Connection& conn, Id customer_id, int limit);

}  // namespace pos::db
