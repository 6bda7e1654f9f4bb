#pragma once
// The manager's day summary as plain data, and its text / JSON / CSV renderings.
// The storage layer fills it from one business day's rows; nothing here does I/O.
#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"

namespace pos::report {

struct Traffic {
    int visits = 0;    // customer visits started that day
    int engaged = 0;   // reached the needs-discovery milestone
    int demos = 0;     // reached the demonstration milestone (or a demo technique)
    int quotes = 0;    // reached negotiation or got a quote
    int sold = 0;      // visits that ended in a sale
    int lost = 0;
    int follow_up = 0;
    int open = 0;      // still open at the end of the day
};

struct StaffRow {
    Id staff_id = 0;
    std::string name;
    std::string role;
    int visits = 0;
    int sold = 0;
    int sales = 0;        // sales rung up as cashier
    Minor revenue = 0;    // net revenue of the visits this person led (sold visits' sales)
};

struct RateRow {          // closing methods: attempts and accepted
    std::string code;
    std::string name;
    int attempts = 0;
    int accepted = 0;
};

struct SignalRow {        // buying signals seen in visits that ended sold vs lost
    std::string code;
    std::string name;
    int in_sold = 0;
    int in_lost = 0;
};

struct ObjectionRow {
    std::string code;
    std::string name;
    int raised = 0;
    int resolved = 0;
};

struct CountRow {
    std::string code;
    std::string name;
    int count = 0;
};

struct StageTime {
    std::string code;
    std::string name;
    int samples = 0;
    Timestamp median_ms = 0;
};

struct TenderRow {
    std::string kind;
    int count = 0;
    Minor amount = 0;     // applied to sales, net of refunds paid back in this tender
};

struct OverrideRow {
    Timestamp at = 0;
    std::string action;
    std::string requested_by;
    std::string approved_by;
    std::string reason;
    std::string detail;
};

struct Cash {
    Minor opening_float = 0;
    Minor cash_sales = 0;      // cash kept from sales (tendered minus change)
    Minor cash_refunds = 0;    // cash paid back
    Minor order_cash = 0;      // cash taken on special orders (deposits, balances) less cash refunded on cancelled ones
    Minor expected = 0;        // float + sales - refunds + order cash
    std::optional<Minor> counted;    // from the day closing, if the day was closed
    std::optional<Minor> variance;   // counted - expected
    std::string closed_by;
};

struct DaySummary {
    std::string day;          // YYYY-MM-DD
    std::string store_name;
    std::string currency;     // ISO code
    Traffic traffic;
    int sales_count = 0;      // completed sales (not refunds)
    Minor gross_sales = 0;    // sum of sale totals
    Minor refunds_total = 0;  // sum of refund totals (positive number)
    Minor revenue = 0;        // gross_sales - refunds_total
    Minor tax_total = 0;      // tax in sales minus tax in refunds
    int items_sold = 0;
    std::vector<StaffRow> staff;
    std::vector<RateRow> closing_methods;
    std::vector<SignalRow> signals;
    std::vector<ObjectionRow> objections;
    std::vector<CountRow> lost_reasons;
    std::vector<StageTime> stage_times;
    std::array<int, 24> hourly_visits{};
    std::array<int, 24> hourly_sales{};
    std::vector<TenderRow> tenders;
    int voids = 0;            // voided lines and carts (from the journal)
    int refund_count = 0;
    std::vector<OverrideRow> overrides;
    int no_sale_opens = 0;
    Cash cash;

    // Derived figures (percentages as whole basis points, 2500 = 25.00%).
    int conversion_bp() const noexcept;
    Minor average_ticket() const noexcept;
    // Items per ticket ×100 (250 = 2.50).
    int items_per_ticket_x100() const noexcept;
};

// Renderings. Money is printed in major units with the currency's exponent.
std::string to_text(const DaySummary& s);
std::string to_json(const DaySummary& s);   // machine-readable; money in minor units
std::string to_csv(const DaySummary& s);    // section,key,metric,value rows
// to_text without its title line, with or without the cash section (for the period summary).
std::string sections_text(const DaySummary& s, bool with_cash);

}  // namespace pos::report
