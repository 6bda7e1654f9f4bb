#pragma once
// The checkout catalog's reads at a million products: pages of a category and whether any
// active product has no category. Each is one bounded search in products_by_category
// (category, active) — the index ends with the rowid, so "id > after ORDER BY id" is a range in
// it — and never a read of every product (EXPLAIN QUERY PLAN checked in tests/db).
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// Active products of `category` ('' = without a category) with id > after_id, by id, at most
// `limit` rows (no barcodes loaded). limit <= 0 gives none.
std::vector<ProductRow> products_in_category(Connection& conn, std::string_view category, Id after_id, int limit);
// Whether some active product has no category.
bool has_uncategorized_products(Connection& conn);

}  // namespace pos::db
