#pragma once
// Order read models for the receipt renderer, which reads the store itself (print jobs).
#include "db/sqlite.h"
#include "service/order_views.h"

namespace pos::service {

// The receipt of one order payment; Error(not_found) when the payment is gone.
OrderReceiptData load_order_receipt(db::Connection& conn, Id payment_id);
// Open and ready orders due on `day`, with their lines.
std::vector<OrderView> load_dispatch_list(db::Connection& conn, const std::string& day);

}  // namespace pos::service
