#pragma once
// Catalog repository: products by SKU, several barcodes per product, search and categories.
// Lookups use the sku UNIQUE index and the barcodes primary key, so they stay O(log n) with
// a million products; substring search uses an FTS5 trigram index (migration 0003).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

struct UpsertResult {
    std::size_t inserted = 0;
    std::size_t updated = 0;
};

// All rows in ONE transaction (a savepoint inside the caller's transaction): inserts or updates
// each product by sku and replaces that product's barcodes with row.barcodes. A barcode that
// belongs to another product fails the whole import with Error(conflict) naming both SKUs.
UpsertResult upsert_products(Connection& conn, std::span<const ProductRow> rows);

std::optional<ProductRow> find_by_barcode(Connection& conn, std::string_view code);
std::optional<ProductRow> find_by_sku(Connection& conn, std::string_view sku);
std::optional<ProductRow> get_product(Connection& conn, Id id);
// The SKU owning `code`, if any.
std::optional<std::string> barcode_owner_sku(Connection& conn, std::string_view code);
// Every product with its barcodes, ordered by id.
std::vector<ProductRow> list_products(Connection& conn);
// Active products whose name or sku contains `text` literally (case-insensitive), an exact
// barcode match first, then by id; at most `limit` rows. Text of 3+ characters uses the FTS5
// trigram index (case folding covers Cyrillic/Vietnamese too); shorter text scans with LIKE
// (ASCII case folding, % and _ escaped) and stops at the limit.
std::vector<ProductRow> search_products(Connection& conn, std::string_view text, int limit);
// Distinct non-empty categories of active products, sorted.
std::vector<std::string> list_categories(Connection& conn);
std::int64_t count_products(Connection& conn);
// Each distinct non-ASCII character of the products' names and categories once, in
// UTF-8, for the font atlas: reads two columns instead of loading every product.
std::string catalog_characters(Connection& conn);
// The same for the customer files' names and texts (the customer screens draw them).
std::string customer_characters(Connection& conn);

}  // namespace pos::db
