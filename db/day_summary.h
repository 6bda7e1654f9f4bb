#pragma once
// Fills the manager's day summary from one business day's rows. Every query is bounded by
// the day (visits.day / sales.day, or the day's time range on indexed columns), so its cost
// follows the day's activity, not the size of the history.
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/report/day_summary.h"
#include "core/report/period.h"
#include "db/sqlite.h"

namespace pos::db {

struct SummaryContext {
    // Playbook knowledge the storage layer does not have on its own.
    std::map<std::string, int> stage_index;   // stage code -> position in the playbook
    int engaged_index = -1;                   // first stage counting as "engaged" (-1: none)
    int demo_index = -1;
    int quote_index = -1;
    std::vector<std::string> demo_techniques; // technique codes that count as a demo
    // Display name for a code: kind is "stage", "signal", "objection", "closing", "lost".
    std::function<std::string(std::string_view kind, const std::string& code)> label;
};

// Throws pos::Error(invalid_input) for a malformed day.
report::DaySummary load_day_summary(Connection& conn, const std::string& day, const SummaryContext& ctx);
// The same sections over an inclusive range of days (s.day is "FROM..TO" for more than one day).
// The cash count applies to one day only: over a range, counted stays empty and the float is
// counted once per day. Throws pos::Error(invalid_input) for a malformed range.
report::DaySummary load_range_summary(Connection& conn, const report::DayRange& range, const SummaryContext& ctx);
// The SQL text of every query above (for the plan checks in the tests).
std::vector<std::string> summary_queries();

}  // namespace pos::db
