#pragma once
// Day closings (Z): one row per business day with the counted cash and its variance.
#include <optional>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Returns the new id. Error(conflict) "business day 2026-11-23 is already closed" when the day
// has a closing.
Id insert_day_closing(Connection& conn, const DayClosingRow& row);
std::optional<DayClosingRow> get_day_closing(Connection& conn, std::string_view day);
// Most recent first, at most `limit`.
std::vector<DayClosingRow> list_day_closings(Connection& conn, int limit);

}  // namespace pos::db
