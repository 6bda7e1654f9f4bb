#include <doctest/doctest.h>

#include "db/catalog.h"
#include "service/store.h"

using namespace pos;

TEST_CASE("catalog_characters: each non-ASCII character of names and categories once, in first-seen order") {
    service::Store opened = service::create_store(":memory:");
    db::Connection& conn = opened.connection();
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
    service::Store opened = service::create_store(":memory:");
    db::Connection& conn = opened.connection();
    CHECK(db::catalog_characters(conn).empty());
}

TEST_CASE("customer_characters: the customer files' names and texts, merged files left out") {
    service::Store opened = service::create_store(":memory:");
    db::Connection& conn = opened.connection();
    conn.exec("INSERT INTO customers(id, name, companions, plate, created_at) VALUES (1, '王芳', 'Мама', '沪A', 0)");
    conn.exec("INSERT INTO customers(id, name, created_at, merged_into) VALUES (2, 'Đỗ', 0, 1)");
    conn.exec("INSERT INTO customers(id, name, note, created_at) VALUES (3, 'Trần', 'ok', 0)");
    CHECK(db::customer_characters(conn) == "王芳Мам沪ầ");
}
