#pragma once
// Fills the manager's period summary: the day summary's sections over a range of days, written
// vs delivered sales, money received on orders, open order balances, be-backs, follow-ups, the
// per-day trend and the per-salesperson results. Every query is bounded by the range on a day
// index (or the open orders' partial index), so the cost follows the range, not the history.
#include <map>
#include <string>
#include <vector>

#include "core/report/period.h"
#include "db/day_summary.h"
#include "db/sqlite.h"

namespace pos::db {

// Throws pos::Error(invalid_input) for a malformed range.
report::PeriodSummary load_period_summary(Connection& conn, const report::DayRange& range, const SummaryContext& ctx);
// Revenue (floor sales of the visits they led net of refunds + orders delivered) and units per
// salesperson over the range: the figures their targets are measured with.
struct SalespersonTotal {
    Minor revenue = 0;
    std::int64_t units = 0;
};
std::map<Id, SalespersonTotal> salesperson_totals(Connection& conn, const report::DayRange& range);
// The SQL text of every query load_period_summary runs besides summary_queries() (plan checks).
std::vector<std::string> period_queries();

}  // namespace pos::db
