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
#include "core/customer/customer_file.h"
#include "core/customer/follow_up.h"
#include "core/report/period.h"
#include "core/sale/cart.h"
#include "core/staff/permissions.h"
#include "service/order_views.h"

namespace pos::service {

// The last sale or refund the session committed (PosService::last_commit): the stored sale, its
// receipt number, its journal entry and the print job of its receipt.
struct CommittedSale {
    Id sale_id = 0;
    std::int64_t receipt_no = 0;
    std::int64_t journal_seq = 0;
    Id print_job_id = 0;
};

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

// --- customers and return visits (customer_queries.cpp) ----------------------------------

// One hit of the customer search; `by` says what matched (the screen highlights it).
enum class CustomerMatchKind { receipt, phone, name };
struct CustomerMatch {
    CustomerFile customer;
    CustomerMatchKind by = CustomerMatchKind::name;
};

struct HistoryObjection {
    std::string code;
    bool resolved = false;
};
struct HistoryClosing {
    std::string method;
    bool accepted = false;
};
// One visit on the customer page: what happened in it, as playbook codes (the page labels them).
struct VisitHistory {
    Id visit_id = 0;
    std::string day;                       // YYYY-MM-DD
    Timestamp started_at = 0;
    std::string salesperson;
    std::string source;                    // walk_in, be_back, phone, internet
    std::vector<std::string> stages;       // each stage reached once, in the order first entered
    std::vector<std::string> signals;
    std::vector<HistoryObjection> objections;
    std::vector<HistoryClosing> closings;  // closing attempts with their result
    std::string outcome;                   // sold, lost, follow_up; empty while the visit is open
    std::string lost_reason;
    std::string follow_up_date;
};
struct HistoryQuote {
    Id visit_id = 0;
    Timestamp at = 0;
    std::optional<Minor> amount;  // nullopt: a quote given without a figure
};
struct HistorySale {
    std::int64_t receipt_no = 0;
    bool refund = false;
    Minor total = 0;  // negative on refunds
    std::string day;
    Timestamp created_at = 0;
};
// A follow-up as lists show it: where it falls for today, whose it is and whom to call.
struct FollowUpItem {
    FollowUp follow_up;
    FollowUpBucket bucket = FollowUpBucket::upcoming;
    std::string customer_name;   // empty for a follow-up without a customer (carried over from a visit)
    std::string customer_phone;
    std::string owner_name;
};
// The customer page: the file and everything that happened with the customer, newest first.
struct CustomerHistory {
    CustomerFile customer;
    std::vector<VisitHistory> visits;
    std::vector<HistoryQuote> quotes;
    std::vector<HistorySale> sales;  // sales and refunds
    std::vector<OrderView> orders;   // special orders (without lines), newest first
    std::vector<FollowUpItem> follow_ups;
};

// An answer of the needs profile: field code and the answer (option code, free text, yes/no).
struct CarriedNeed {
    std::string field;
    std::string value;
};
// "Last time" for a be-back visit: the customer's previous visit and what to pick up from it.
struct LastTime {
    Id customer_id = 0;
    std::string customer_name;
    Id visit_id = 0;                  // the previous visit; 0 when this is the customer's first
    std::string day;
    std::string salesperson;
    std::string outcome;              // sold, lost, follow_up; empty when it never ended
    std::string lost_reason;
    std::vector<CarriedNeed> needs;   // the previous visit's needs profile, to carry over
    std::string last_objection;       // the last objection raised in an earlier visit, or empty
    std::optional<Minor> last_quote;  // the last quoted amount in an earlier visit
};

// My follow-ups (or everyone's for a manager): open ones, by due day within each bucket.
struct FollowUpBoard {
    std::vector<FollowUpItem> overdue;
    std::vector<FollowUpItem> today;
    std::vector<FollowUpItem> upcoming;
};

}  // namespace pos::service
