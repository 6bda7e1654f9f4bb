// Catalog: upsert by sku with barcode replacement, lookups, search safety and index use.
#include <doctest/doctest.h>

#include "db/catalog.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

ProductRow product(std::string sku, std::string name, Minor price, std::vector<std::string> codes,
                   std::string category = "Living") {
    ProductRow p;
    p.sku = std::move(sku);
    p.name = std::move(name);
    p.price = price;
    p.tax_rate_bp = 1000;
    p.category = std::move(category);
    p.updated_at = 100;
    p.barcodes = std::move(codes);
    return p;
}

std::string plan(Connection& c, const std::string& sql) {
    auto st = c.prepare("EXPLAIN QUERY PLAN " + sql);
    st.bind(1, "x");
    std::string out;
    while (st.step()) out += st.get_text(3) + "\n";
    return out;
}

}  // namespace

TEST_CASE("upsert inserts, then a re-import updates by sku and replaces barcodes") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    std::vector<ProductRow> first{product("SOFA-1", "Sofa Oslo", 1'500'000, {"8930000000011", "SOFA1"}),
                                  product("LAMP-9", "Lamp Kyoto", 200'000, {"8930000000028"}, "Lighting")};
    const auto r1 = upsert_products(c, first);
    CHECK(r1.inserted == 2);
    CHECK(r1.updated == 0);
    const Id sofa_id = find_by_sku(c, "SOFA-1")->id;

    std::vector<ProductRow> second{product("SOFA-1", "Sofa Oslo II", 1'400'000, {"8930000000035"})};
    const auto r2 = upsert_products(c, second);
    CHECK(r2.inserted == 0);
    CHECK(r2.updated == 1);
    const auto sofa = find_by_barcode(c, "8930000000035");
    REQUIRE(sofa);
    CHECK(sofa->id == sofa_id);
    CHECK(sofa->name == "Sofa Oslo II");
    CHECK(sofa->price == 1'400'000);
    CHECK(sofa->barcodes == std::vector<std::string>{"8930000000035"});
    CHECK_FALSE(find_by_barcode(c, "8930000000011").has_value());
    CHECK_FALSE(barcode_owner_sku(c, "SOFA1").has_value());
    CHECK(barcode_owner_sku(c, "8930000000028") == "LAMP-9");
    CHECK(count_products(c) == 2);

    const auto all = list_products(c);
    REQUIRE(all.size() == 2);
    CHECK(all[1].sku == "LAMP-9");
    CHECK(all[1].barcodes == std::vector<std::string>{"8930000000028"});
    CHECK(list_categories(c) == std::vector<std::string>{"Lighting", "Living"});
}

TEST_CASE("an import with a barcode owned by another product fails as a whole") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    std::vector<ProductRow> first{product("SOFA-1", "Sofa", 1'500'000, {"111"})};
    upsert_products(c, first);
    std::vector<ProductRow> clash{product("CHAIR-2", "Chair", 90'000, {"222"}), product("TABLE-3", "Table", 5, {"111"})};
    CHECK_THROWS_WITH(upsert_products(c, clash), "barcode 111 of SKU TABLE-3 is already used by SKU SOFA-1");
    CHECK_FALSE(find_by_sku(c, "CHAIR-2").has_value());
    CHECK(count_products(c) == 1);

    std::vector<ProductRow> negative{product("BAD", "Bad", -1, {})};
    CHECK_THROWS_WITH_AS(upsert_products(c, negative), doctest::Contains("CHECK constraint failed"), pos::Error);
}

TEST_CASE("search matches name or sku, treats wildcards literally and is immune to SQL injection") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    std::vector<ProductRow> rows{product("SOFA-1", "Sofa Oslo", 1, {"8930000000011"}),
                                 product("SOFA-2", "Sofa 100% linen", 2, {}),
                                 product("LAMP-9", "Lamp", 3, {}), product("BED_1", "Bed", 4, {})};
    rows[2].active = false;
    upsert_products(c, rows);
    auto skus = [](const std::vector<ProductRow>& v) {
        std::vector<std::string> s;
        for (const auto& p : v) s.push_back(p.sku);
        return s;
    };
    CHECK(skus(search_products(c, "sofa", 10)) == std::vector<std::string>{"SOFA-1", "SOFA-2"});
    CHECK(skus(search_products(c, "sofa", 1)) == std::vector<std::string>{"SOFA-1"});
    CHECK(skus(search_products(c, "lamp", 10)).empty());  // inactive
    CHECK(skus(search_products(c, "100%", 10)) == std::vector<std::string>{"SOFA-2"});
    CHECK(skus(search_products(c, "%", 10)) == std::vector<std::string>{"SOFA-2"});
    CHECK(skus(search_products(c, "D_1", 10)) == std::vector<std::string>{"BED_1"});
    CHECK(skus(search_products(c, "B_D", 10)).empty());  // '_' is not a wildcard
    CHECK(skus(search_products(c, "8930000000011", 10)) == std::vector<std::string>{"SOFA-1"});
    CHECK(search_products(c, "8930000000011", 10)[0].barcodes == std::vector<std::string>{"8930000000011"});

    for (const char* attack : {"' OR '1'='1", "x'; DROP TABLE products; --", "\") OR 1=1 --"}) {
        CHECK(search_products(c, attack, 10).empty());
        CHECK_FALSE(find_by_sku(c, attack).has_value());
        CHECK_FALSE(find_by_barcode(c, attack).has_value());
    }
    CHECK(count_products(c) == 4);

    // The search index follows renames.
    std::vector<ProductRow> renamed{product("SOFA-1", "Armchair Bergen", 1, {"8930000000011"})};
    upsert_products(c, renamed);
    CHECK(skus(search_products(c, "sofa", 10)) == std::vector<std::string>{"SOFA-1", "SOFA-2"});  // sku still matches
    CHECK(skus(search_products(c, "oslo", 10)).empty());
    CHECK(skus(search_products(c, "BERGEN", 10)) == std::vector<std::string>{"SOFA-1"});
    CHECK(skus(search_products(c, "Be", 10)) == std::vector<std::string>{"SOFA-1", "BED_1"});  // short: LIKE
}

TEST_CASE("search folds case beyond ASCII (Russian, Vietnamese names)") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    std::vector<ProductRow> rows{product("D-1", "Диван Угловой", 1, {}), product("G-1", "Ghế Sofa Đơn", 2, {})};
    upsert_products(c, rows);
    CHECK(search_products(c, "диван", 5).size() == 1);
    CHECK(search_products(c, "ghế sofa", 5).size() == 1);
}

TEST_CASE("lookups by barcode and sku use indexes, not table scans") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const std::string by_code = plan(c, "SELECT p.id FROM products p JOIN barcodes b ON b.product_id = p.id WHERE b.code = ?1");
    CHECK(by_code.find("SEARCH b USING PRIMARY KEY (code=?)") != std::string::npos);
    CHECK(by_code.find("SEARCH p USING INTEGER PRIMARY KEY (rowid=?)") != std::string::npos);
    const std::string by_sku = plan(c, "SELECT p.id FROM products p WHERE p.sku = ?1");
    CHECK(by_sku.find("INDEX sqlite_autoindex_products_1 (sku=?)") != std::string::npos);
    const std::string search = plan(c, "SELECT p.id FROM products p JOIN products_search s ON s.rowid = p.id "
                                          "WHERE products_search MATCH ?1 ORDER BY s.rowid LIMIT 5");
    CHECK(search.find("VIRTUAL TABLE INDEX") != std::string::npos);
    const std::string by_product = plan(c, "SELECT code FROM barcodes WHERE product_id = ?1");
    CHECK(by_product.find("USING COVERING INDEX barcodes_by_product") != std::string::npos);
}
