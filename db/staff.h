#pragma once
// Staff repository: accounts, PIN hashes and lockout state.
#include <optional>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Returns the new id. Role must be "floor", "cashier" or "manager".
Id add_staff(Connection& conn, std::string_view name, std::string_view role, std::string_view pin_hash,
             Timestamp created_at);
// Ordered by name, then id.
std::vector<StaffRow> list_staff(Connection& conn, bool active_only = true);
std::optional<StaffRow> get_staff(Connection& conn, Id id);
// Throw Error(not_found) when the id does not exist.
void update_staff_lockout(Connection& conn, Id id, int failed_attempts, Timestamp locked_until);
void set_staff_pin_hash(Connection& conn, Id id, std::string_view pin_hash);
void set_staff_active(Connection& conn, Id id, bool active);

}  // namespace pos::db
