#include <doctest/doctest.h>

#include "db/catalog.h"
#include "service/store.h"

using namespace pos;

TEST_CASE("catalog_characters: each non-ASCII character of names and categories once, in first-seen order") {
    db::Connection conn = service::create_store(":memory:");
    std::vector<db::ProductRow> rows(3);
    rows[0].sku = "A";
    rows[0].name = "米兰沙发 Sofa";
    rows[0].category = "沙发";
    rows[1].sku = "B";
    rows[1].name = "Диван Đặng";
    rows[2].sku = "C";
    rows[2].name = "plain ascii";
    rows[2].active = false;
    db::upsert_products(conn, rows);
    CHECK(db::catalog_characters(conn) == "米兰沙发ДиванĐặ");
}

TEST_CASE("catalog_characters of an empty catalog is empty") {
    db::Connection conn = service::create_store(":memory:");
    CHECK(db::catalog_characters(conn).empty());
}
