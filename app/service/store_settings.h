#pragma once
// Store-level settings kept in the database's settings table.
#include <string>

#include "core/common/lang.h"
#include "core/order/order.h"
#include "core/sale/money.h"
#include "core/sale/tax.h"
#include "core/staff/permissions.h"
#include "drivers/escpos/profile.h"

namespace pos::db {
class Connection;
}

namespace pos::service {

class Store;

struct StoreSettings {
    std::string store_name;
    std::string currency_code = "CNY";
    TaxMode tax_mode = TaxMode::inclusive;
    Lang lang = Lang::en;
    std::string profile = "furniture";   // playbook id
    DiscountCaps caps;
    std::string receipt_header;
    std::string receipt_footer;
    std::string printer_profile{escpos::default_profile_name};
    std::string scanner_layout = "us";
    std::string printer_device;          // "VID:PID[:interface]" for a printer not in the match table
    Minor cash_float = 0;                // opening cash in the drawer
    DepositPolicy deposit;               // the minimum deposit on a special order

    const Currency& currency() const { return pos::currency(currency_code); }
};

// Throws Error(invalid_state) "database is not initialised (run showroom-pos init)" when the
// settings are missing, Error(invalid_input) when a stored value is malformed.
StoreSettings load_settings(db::Connection& conn);
void save_settings(db::Connection& conn, const StoreSettings& s);
void save_settings(const Store& store, const StoreSettings& s);

}  // namespace pos::service
