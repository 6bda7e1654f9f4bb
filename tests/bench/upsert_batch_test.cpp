// db::upsert_products inserts runs of new products with one statement (for the FTS5 index);
// these check that the batching keeps the row-by-row meaning.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "db/catalog.h"
#include "service/store.h"

using namespace pos;

namespace {

db::ProductRow product(std::string sku, std::string name, std::vector<std::string> barcodes) {
    db::ProductRow p;
    p.sku = std::move(sku);
    p.name = std::move(name);
    p.price = 1000;
    p.barcodes = std::move(barcodes);
    return p;
}

}  // namespace

TEST_CASE("a batch of new products keeps row order, ids, barcodes and the search index") {
    service::Store opened = service::create_store(":memory:");
    db::Connection& conn = opened.connection();
    std::vector<db::ProductRow> rows{product("A", "Walnut table", {"111"}), product("B", "Oak chair", {"222", "333"}),
                                     product("C", "米兰沙发", {})};
    const db::UpsertResult r = db::upsert_products(conn, rows);
    CHECK(r.inserted == 3);
    CHECK(r.updated == 0);
    CHECK(db::find_by_sku(conn, "A")->id < db::find_by_sku(conn, "B")->id);
    CHECK(db::find_by_sku(conn, "B")->id < db::find_by_sku(conn, "C")->id);
    CHECK(db::find_by_barcode(conn, "333")->sku == "B");
    REQUIRE(db::search_products(conn, "chair", 10).size() == 1);
    CHECK(db::search_products(conn, "米兰沙", 10).front().sku == "C");
}

TEST_CASE("the same SKU twice in one batch: the second row updates the first") {
    service::Store opened = service::create_store(":memory:");
    db::Connection& conn = opened.connection();
    std::vector<db::ProductRow> rows{product("A", "Old name", {"111"}), product("B", "Other", {}),
                                     product("A", "New name", {"444"})};
    const db::UpsertResult r = db::upsert_products(conn, rows);
    CHECK(r.inserted == 2);
    CHECK(r.updated == 1);
    CHECK(db::find_by_sku(conn, "A")->name == "New name");
    CHECK(db::find_by_barcode(conn, "444")->sku == "A");
    CHECK_FALSE(db::find_by_barcode(conn, "111"));
    CHECK(db::search_products(conn, "Old name", 10).empty());
    CHECK(db::search_products(conn, "New name", 10).size() == 1);
}

TEST_CASE("a barcode used by two new products in one batch refuses the whole batch, naming both") {
    service::Store opened = service::create_store(":memory:");
    db::Connection& conn = opened.connection();
    std::vector<db::ProductRow> rows{product("A", "Table", {"111"}), product("B", "Chair", {"111"})};
    try {
        db::upsert_products(conn, rows);
        FAIL("expected a conflict");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::conflict);
        CHECK(std::string(e.what()).find("barcode 111 of SKU B is already used by SKU A") != std::string::npos);
    }
    CHECK(db::count_products(conn) == 0);
}
