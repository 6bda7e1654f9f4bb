#pragma once
// What the pages read from the store, as plain values (no db rows): the service is the only
// door to the database. Each read is bounded by an index (a page, a LIMIT, one key), so a page
// can ask for it when something changed without reading a whole table; none is meant to be
// called every frame.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/report/period.h"
#include "core/sale/cart.h"
#include "core/staff/permissions.h"

namespace pos::service {

struct StaffMember {
    Id id = 0;
    std::string name;
    Role role = Role::floor;
    bool active = true;
};

// A page of a category's products (ProductInfo: id, sku, name, list price, tax rate), in id
// order. `more`: products follow; ask again with after = products.back().product_id.
struct ProductPage {
    std::vector<ProductInfo> products;
    bool more = false;
};

// A stored sale or refund looked up by its receipt number (returns, the last commit's panel).
struct ReceiptLine {
    int line_no = 0;
    std::string name;
    std::int64_t qty = 0;           // negative on refunds
    std::int64_t refunded_qty = 0;  // already refunded (positive)
    Minor unit_price = 0;
};

struct ReceiptLookup {
    std::int64_t receipt_no = 0;
    bool refund = false;           // the receipt is itself a refund
    Timestamp created_at = 0;
    std::string currency;          // ISO 4217 code it was sold in
    Minor total = 0;
    Minor change_given = 0;
    bool paid_in_cash = false;     // some payment was cash (the receipt carries the drawer pulse)
    std::vector<ReceiptLine> lines;
};

enum class PrintJobStatus { pending, printing, done, failed, skipped };

struct PrintJobState {
    Id id = 0;
    PrintJobStatus status = PrintJobStatus::pending;
    std::string error;  // why it failed or was skipped; empty otherwise
    bool waiting() const noexcept { return status == PrintJobStatus::pending || status == PrintJobStatus::printing; }
};

// A salesperson's monthly target and how far they are (revenue in minor units, and units).
// The plans spread what is left of the month over its remaining selling days (every day of
// the week is a selling day); they are empty (zero) when today is not in the month.
struct TargetProgress {
    Id staff_id = 0;
    std::string name;
    Role role = Role::floor;
    std::string month;                // YYYY-MM
    bool has_target = false;
    Minor revenue_target = 0;
    std::int64_t units_target = 0;
    Minor revenue_done = 0;           // the month so far (to today, or the whole month if past)
    std::int64_t units_done = 0;
    Minor revenue_today = 0;          // sold today (0 when today is not in the month)
    std::int64_t units_today = 0;
    report::Cascade revenue_plan;
    report::Cascade units_plan;
};

struct DayClosing {
    Minor cash_expected = 0;
    Minor cash_counted = 0;
    Minor variance = 0;
    Timestamp closed_at = 0;
};

}  // namespace pos::service
