#pragma once
// Everything a receipt prints about one completed sale or refund, and the loader that reads it
// from the store database. The layouts (receipt_layout.h) are pure functions of this data.
#include <cstdint>
#include <string>

#include "db/rows.h"
#include "db/sqlite.h"
#include "service/store_settings.h"

namespace pos::receipt {

struct ReceiptData {
    service::StoreSettings store;           // name, header, footer, language
    db::SaleRecord sale;                    // refunds: negative amounts and quantities
    std::string staff_name;                 // floor staff credited; empty when none
    std::string cashier_name;
    std::int64_t refund_of_receipt_no = 0;  // refunds: the original sale's receipt number
};

// Throw Error(not_found) "no sale with id 7" / "no sale with receipt number 12".
ReceiptData load_receipt_data(db::Connection& conn, Id sale_id);
ReceiptData load_receipt_data_by_receipt(db::Connection& conn, std::int64_t receipt_no);

}  // namespace pos::receipt
