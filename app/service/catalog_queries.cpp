// The catalog's read models: categories, a category's pages, search, the product count and the
// catalog's characters. Each is bounded by an index (tests/db: catalog_pages_test checks the
// query plans), so the checkout's first open costs the same at a thousand or a million products.
#include "db/catalog.h"
#include "db/catalog_pages.h"
#include "service/pos_service.h"

namespace pos::service {
namespace {

ProductInfo info(const db::ProductRow& p) { return {p.id, p.sku, p.name, p.price, p.tax_rate_bp}; }

}  // namespace

std::vector<std::string> PosService::categories() const {
    std::vector<std::string> out = db::list_categories(conn_);
    if (db::has_uncategorized_products(conn_)) out.emplace_back();
    return out;
}

ProductPage PosService::products_page(const std::string& category, Id after, int limit) const {
    ProductPage page;
    if (limit <= 0) return page;
    // One row beyond the page says whether another page follows.
    std::vector<db::ProductRow> rows = db::products_in_category(conn_, category, after, limit + 1);
    page.more = rows.size() > static_cast<std::size_t>(limit);
    if (page.more) rows.pop_back();
    page.products.reserve(rows.size());
    for (const db::ProductRow& p : rows) page.products.push_back(info(p));
    return page;
}

std::vector<ProductInfo> PosService::search_products(const std::string& text, int limit) const {
    std::vector<ProductInfo> out;
    if (text.empty()) return out;
    for (const db::ProductRow& p : db::search_products(conn_, text, limit)) out.push_back(info(p));
    return out;
}

std::int64_t PosService::product_count() const { return db::count_products(conn_); }

std::string PosService::catalog_characters() const { return db::catalog_characters(conn_); }

std::string PosService::customer_characters() const { return db::customer_characters(conn_); }

}  // namespace pos::service
