#pragma once
// Special orders as the pages and the printer see them (plain values; db/orders has the rows).
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/order/order.h"

namespace pos::service {

struct OrderLineView {
    int line_no = 0;
    std::string sku;
    std::string name;
    std::int64_t qty = 0;
    Minor payable = 0;
    bool to_order = false;
    std::string supplier;
    std::string expected;
};

struct OrderPaymentView {
    std::int64_t doc_no = 0;      // the payment receipt's number (P000012)
    std::string kind;             // deposit, balance, refund
    std::string tender;           // cash, card, voucher
    Minor amount = 0;             // negative for a refund
    Minor tendered = 0;
    Timestamp at = 0;
    std::string day;
};

struct OrderView {
    Id id = 0;
    std::int64_t order_no = 0;
    Id customer_id = 0;
    std::string customer_name;
    std::string customer_phone;
    std::string salesperson;
    OrderState state = OrderState::open;
    std::string currency;
    Minor total = 0;
    Minor tax_total = 0;
    Minor paid = 0;
    Minor balance() const noexcept { return total - paid; }
    Fulfilment fulfilment = Fulfilment::delivery;
    std::string due_day;
    std::string window;
    std::string address;
    std::string day;              // written
    Timestamp created_at = 0;
    std::vector<OrderLineView> lines;        // filled by order() and dispatch_list()
    std::vector<OrderPaymentView> payments;  // filled by order()
};

// One order payment's receipt: the order and the payment it is for, with what was paid before
// it and what is left after it.
struct OrderReceiptData {
    OrderView order;
    OrderPaymentView payment;
    Minor paid_before = 0;
    Minor balance_after = 0;
    std::string cashier;
};

}  // namespace pos::service
