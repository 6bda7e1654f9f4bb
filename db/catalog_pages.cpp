#include "db/catalog_pages.h"

namespace pos::db {

std::vector<ProductRow> products_in_category(Connection& conn, std::string_view category, Id after_id, int limit) {
    std::vector<ProductRow> out;
    if (limit <= 0) return out;
    auto st = conn.cached(
        "SELECT id, sku, name, price, tax_rate_bp, category, updated_at FROM products "
        "WHERE category = ?1 AND active = 1 AND id > ?2 ORDER BY id LIMIT ?3");
    st->bind(1, category).bind(2, after_id).bind(3, limit);
    while (st->step()) {
        ProductRow r;
        r.id = st->get_int64(0);
        r.sku = st->get_text(1);
        r.name = st->get_text(2);
        r.price = st->get_int64(3);
        r.tax_rate_bp = st->get_int(4);
        r.category = st->get_text(5);
        r.active = true;
        r.updated_at = st->get_int64(6);
        out.push_back(std::move(r));
    }
    return out;
}

bool has_uncategorized_products(Connection& conn) {
    auto st = conn.cached("SELECT 1 FROM products WHERE category = '' AND active = 1 LIMIT 1");
    return st->step();
}

}  // namespace pos::db
