#pragma once
// Order paperwork (pure, no I/O): the receipt of one order payment (deposit, balance payment,
// final payment, refund of a cancelled order) with the order number, what was paid and the
// balance due, and the dispatch list of a day's deliveries and pickups.
#include <string>
#include <vector>

#include "drivers/escpos/document.h"
#include "service/order_views.h"
#include "service/store_settings.h"

namespace pos::receipt {

struct OrderPrintOptions {
    int columns = 48;         // Font A columns of the paper
    bool open_drawer = true;  // pulse the drawer for a cash payment
};

escpos::Document order_payment_receipt(const service::OrderReceiptData& data, const service::StoreSettings& store,
                                       const OrderPrintOptions& options);
escpos::Document dispatch_list(const std::vector<service::OrderView>& orders, const std::string& day,
                               const service::StoreSettings& store, const OrderPrintOptions& options);

}  // namespace pos::receipt
