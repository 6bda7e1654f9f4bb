#pragma once
// Parked carts: a cashier holds a cart (as JSON) and resumes it later.
#include <optional>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Returns the new id (row.id ignored). cart_json must be valid JSON.
Id hold_cart(Connection& conn, const HeldCartRow& row);
// Oldest first.
std::vector<HeldCartRow> list_held_carts(Connection& conn);
// Removes and returns the cart (nullopt when it is gone, e.g. resumed on another till).
std::optional<HeldCartRow> take_held_cart(Connection& conn, Id id);

}  // namespace pos::db
