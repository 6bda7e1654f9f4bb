#pragma once
// Monthly sales targets per salesperson (revenue in minor units and units), set by a manager.
#include <string>
#include <vector>

#include "core/common/types.h"
#include "db/sqlite.h"

namespace pos::db {

struct TargetRow {
    Id staff_id = 0;
    std::string month;  // YYYY-MM
    Minor revenue = 0;
    std::int64_t units = 0;
    Id set_by = 0;
    Timestamp set_at = 0;
};

// Inserts or replaces the target of (staff, month). The caller validates; CHECKs refuse
// negative values and malformed months.
void set_target(Connection& conn, const TargetRow& row);
// The month's targets, by staff id.
std::vector<TargetRow> targets_for_month(Connection& conn, const std::string& month);

}  // namespace pos::db
