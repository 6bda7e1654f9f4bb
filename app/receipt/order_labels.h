#pragma once
// The words printed on order payment receipts and the dispatch list, in each staff language
// (the same encodability rules as receipt_labels.h: GB2312/Big5 Chinese, CP866 Cyrillic).
#include <string_view>

#include "core/common/lang.h"

namespace pos::receipt {

struct OrderLabels {
    std::string_view deposit_receipt;  // title of the first payment's receipt
    std::string_view payment_receipt;  // title of a balance payment's receipt
    std::string_view final_receipt;    // title when the payment clears the balance
    std::string_view refund_receipt;   // title of a cancelled order's refund
    std::string_view order_no;
    std::string_view payment_no;
    std::string_view customer;
    std::string_view order_total;
    std::string_view paid_before;
    std::string_view this_payment;
    std::string_view balance_due;
    std::string_view paid_in_full;
    std::string_view to_order;         // a line ordered from a supplier
    std::string_view from_floor;
    std::string_view delivery;
    std::string_view pickup;
    std::string_view address;
    std::string_view keep_receipt;     // "Keep this receipt until delivery"
    std::string_view dispatch_list;    // dispatch list title
    std::string_view no_orders;        // nothing due that day
    std::string_view phone;
    std::string_view ready;            // the goods are in
    std::string_view open;             // still waiting for goods
};

const OrderLabels& order_labels(Lang lang) noexcept;

}  // namespace pos::receipt
