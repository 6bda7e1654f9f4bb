#pragma once
// Sales ledger: committing a finished sale or refund atomically, loading it back, day totals.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// ONE BEGIN IMMEDIATE transaction (a savepoint when the caller already has one) that inserts
// the sale with the next gapless receipt number (MAX+1; refunds share the sequence), its lines,
// payments, taxes and overrides, the journal entry (kind "sale"/"refund", staff = cashier,
// ref = sale id, payload = canonical JSON summary) and a pending "receipt" print job whose
// payload is `receipt_payload` (nullopt: the printer renders it from the sale later).
// All or nothing. Refunds (negative amounts and qty) are checked against the original: every
// line must name a line of `refund_of` and may not return more than is left (Error(conflict)).
CommittedSale commit_sale(Connection& conn, const SaleDraft& draft,
                          const std::optional<std::vector<std::uint8_t>>& receipt_payload);

// The full record, lines with refunded_qty filled in (sum over refund lines pointing at them).
std::optional<SaleRecord> load_sale(Connection& conn, Id sale_id);
std::optional<SaleRecord> find_sale_by_receipt(Connection& conn, std::int64_t receipt_no);
// The highest receipt number issued so far (0 when none).
std::int64_t last_receipt_no(Connection& conn);
// Sale ids of a business day in receipt order.
std::vector<Id> sale_ids_for_day(Connection& conn, std::string_view day);
// Totals of one business day from the day_sales_summary / day_tender_summary views.
DaySummaryRow day_totals(Connection& conn, std::string_view day);

}  // namespace pos::db
