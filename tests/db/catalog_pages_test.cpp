// The checkout catalog's reads: categories by index seeks, a category's pages by keyset, and
// query plans that search products_by_category instead of scanning every product.
#include <doctest/doctest.h>

#include "db/catalog.h"
#include "db/catalog_pages.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

ProductRow product(std::string sku, std::string category, bool active = true) {
    ProductRow p;
    p.sku = sku;
    p.name = "Name " + sku;
    p.price = 100;
    p.tax_rate_bp = 1300;
    p.category = std::move(category);
    p.active = active;
    p.updated_at = 1;
    return p;
}

std::vector<std::string> skus(const std::vector<ProductRow>& rows) {
    std::vector<std::string> out;
    for (const auto& r : rows) out.push_back(r.sku);
    return out;
}

// The plan's detail lines, with every parameter bound to a text.
std::string plan(Connection& c, const std::string& sql, int params) {
    auto st = c.prepare("EXPLAIN QUERY PLAN " + sql);
    for (int i = 1; i <= params; ++i) st.bind(i, "x");
    std::string out;
    while (st.step()) out += st.get_text(3) + "\n";
    return out;
}

}  // namespace

TEST_CASE("a category is read a page at a time, by id, active products only") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    std::vector<ProductRow> rows{product("A1", "Sofas"), product("B1", "Beds"), product("A2", "Sofas"),
                                 product("A3", "Sofas", false), product("A4", "Sofas"), product("N1", ""),
                                 product("A5", "Sofas")};
    upsert_products(c, rows);
    const auto first = products_in_category(c, "Sofas", 0, 2);
    CHECK(skus(first) == std::vector<std::string>{"A1", "A2"});
    CHECK(first[0].name == "Name A1");
    CHECK(first[0].price == 100);
    CHECK(first[0].tax_rate_bp == 1300);
    const auto second = products_in_category(c, "Sofas", first.back().id, 2);
    CHECK(skus(second) == std::vector<std::string>{"A4", "A5"});  // A3 is inactive
    CHECK(products_in_category(c, "Sofas", second.back().id, 2).empty());
    CHECK(skus(products_in_category(c, "", 0, 10)) == std::vector<std::string>{"N1"});
    CHECK(products_in_category(c, "Sofas", 0, 0).empty());
    CHECK(products_in_category(c, "Nothing", 0, 10).empty());
    CHECK(has_uncategorized_products(c));
    std::vector<ProductRow> categorised{product("N1", "Beds")};
    upsert_products(c, categorised);
    CHECK_FALSE(has_uncategorized_products(c));
}

TEST_CASE("categories list those with an active product, sorted, without ANALYZE statistics") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    std::vector<ProductRow> rows{product("A1", "Sofas"), product("L1", "Lamps", false), product("B1", "Beds"),
                                 product("N1", ""), product("A2", "Sofas"), product("C1", "Ä-chairs")};
    upsert_products(c, rows);
    CHECK(list_categories(c) == std::vector<std::string>{"Beds", "Sofas", "Ä-chairs"});  // Lamps: none active
    std::vector<ProductRow> lamp_on{product("L1", "Lamps")};
    upsert_products(c, lamp_on);
    CHECK(list_categories(c) == std::vector<std::string>{"Beds", "Lamps", "Sofas", "Ä-chairs"});
}

TEST_CASE("the catalog's reads search products_by_category, never scan the products") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const std::string page = plan(c,
                                  "SELECT id, sku, name, price, tax_rate_bp, category, updated_at FROM products "
                                  "WHERE category = ?1 AND active = 1 AND id > ?2 ORDER BY id LIMIT ?3",
                                  3);
    CHECK(page.find("SEARCH products USING INDEX products_by_category (category=? AND active=? AND rowid>?)") != std::string::npos);
    CHECK(page.find("TEMP B-TREE") == std::string::npos);  // the index gives the id order
    const std::string next = plan(c, "SELECT category FROM products WHERE category > ?1 ORDER BY category LIMIT 1", 1);
    CHECK(next.find("SEARCH products USING COVERING INDEX products_by_category (category>?)") != std::string::npos);
    const std::string active = plan(c, "SELECT 1 FROM products WHERE category = ?1 AND active = 1 LIMIT 1", 1);
    CHECK(active.find("SEARCH products USING COVERING INDEX products_by_category (category=? AND active=?)") != std::string::npos);
    const std::string none = plan(c, "SELECT 1 FROM products WHERE category = '' AND active = 1 LIMIT 1", 0);
    CHECK(none.find("SEARCH products USING COVERING INDEX products_by_category (category=? AND active=?)") != std::string::npos);
    for (const std::string* p : {&page, &next, &active, &none}) CHECK(p->find("SCAN") == std::string::npos);
}
