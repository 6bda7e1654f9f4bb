#pragma once
// Manager overrides that are not part of a sale (a voided line or cart, a no-sale drawer
// opening, a day close). Overrides used on a sale are stored by commit_sale with its sale id.
#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Inserts one override with no sale. Returns its id.
Id insert_override(Connection& conn, const OverrideRow& row);

}  // namespace pos::db
