// Migrations: upgrade path keeps data, newer schemas are refused, a failing step rolls back.
#include <doctest/doctest.h>

#include <vector>

#include "db/catalog.h"
#include "db/migrations.h"
#include "db/settings.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

bool has_index(Connection& c, const std::string& name) {
    auto st = c.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'index' AND name = ?1");
    st.bind(1, name);
    return st.step();
}

}  // namespace

TEST_CASE("the embedded migrations are numbered 1..N and there are at least two") {
    const auto list = embedded_migrations();
    REQUIRE(list.size() >= 2);
    for (std::size_t i = 0; i < list.size(); ++i) CHECK(list[i].version == static_cast<int>(i) + 1);
    CHECK(std::string(list[0].name) == "0001_init");
    CHECK(latest_schema_version() == list.back().version);
}

TEST_CASE("a version-1 database with data is upgraded to the latest version keeping its data") {
    TempDir dir;
    const std::string path = dir.file("old.db");
    {
        Connection c = Connection::open(path, OpenMode::create);
        CHECK(migrate_to(c, 1) == 1);
        CHECK(c.user_version() == 1);
        CHECK_FALSE(has_index(c, "barcodes_by_product"));
        add_staff(c, "Lan", "floor", "hash", 5);
        set_setting(c, "store_name", "Nhà Xinh");
        c.exec("INSERT INTO products(sku, name, price, tax_rate_bp, updated_at) VALUES ('SOFA-1', 'Sofa', 1500000, 1000, 7);"
               "INSERT INTO barcodes(code, product_id) VALUES ('8934567000011', 1);");
    }
    Connection c = Connection::open(path, OpenMode::existing);
    CHECK(migrate(c) == latest_schema_version() - 1);
    CHECK(c.user_version() == latest_schema_version());
    CHECK(has_index(c, "barcodes_by_product"));
    CHECK(get_setting(c, "store_name") == "Nhà Xinh");
    CHECK(get_staff(c, 1)->name == "Lan");
    CHECK(c.query_text("SELECT p.sku FROM barcodes b JOIN products p ON p.id = b.product_id") == "SOFA-1");
    CHECK(search_products(c, "sofa", 5).size() == 1);  // indexed by the search migration's rebuild
    CHECK(migrate(c) == 0);  // already current
}

TEST_CASE("a database from a newer program is refused with a clear message") {
    TempDir dir;
    const std::string path = dir.file("new.db");
    {
        Connection c = Connection::open(path, OpenMode::create);
        migrate(c);
        c.exec("PRAGMA user_version = 99");
    }
    Connection c = Connection::open(path, OpenMode::existing);
    const std::string expected = "database schema version 99 is newer than this program supports (" +
                                 std::to_string(latest_schema_version()) + "); upgrade showroom-pos";
    CHECK_THROWS_WITH(migrate(c), expected.c_str());
    CHECK_THROWS_WITH(check_schema_version(c, 3),
                      "database schema version 99 is newer than this program supports (3); upgrade showroom-pos");
    CHECK(c.user_version() == 99);
}

TEST_CASE("a failing migration rolls back entirely and leaves user_version unchanged") {
    TempDir dir;
    Connection c = Connection::open(dir.file("fail.db"), OpenMode::create);
    std::vector<EmbeddedMigration> list(embedded_migrations().begin(), embedded_migrations().end());
    const int broken = static_cast<int>(list.size()) + 1;
    list.push_back({broken, "0099_broken",
                    "CREATE TABLE gadgets(id INTEGER PRIMARY KEY);"
                    "INSERT INTO settings(key, value) VALUES ('touched', 'yes');"
                    "INSERT INTO staff(name, role, pin_hash, created_at) VALUES ('X', 'janitor', 'h', 0);"});
    try {
        apply_migrations(c, list, broken);
        FAIL("expected the broken migration to fail");
    } catch (const pos::Error& e) {
        CHECK(std::string(e.what()).find("migration 0099_broken failed") != std::string::npos);
        CHECK(std::string(e.what()).find("CHECK constraint failed") != std::string::npos);
    }
    CHECK(c.user_version() == latest_schema_version());  // the earlier ones were committed
    CHECK(c.query_int64("SELECT COUNT(*) FROM sqlite_schema WHERE name = 'gadgets'") == 0);
    CHECK_FALSE(get_setting(c, "touched").has_value());
    CHECK_FALSE(c.in_transaction());
}

TEST_CASE("migrations refuse gaps in numbering and unknown targets") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    const std::vector<EmbeddedMigration> gap{{1, "0001_a", "SELECT 1;"}, {3, "0003_c", "SELECT 1;"}};
    CHECK_THROWS_AS(apply_migrations(c, gap, 3), pos::Error);
    CHECK_THROWS_WITH(migrate_to(c, latest_schema_version() + 1), doctest::Contains("cannot migrate to schema version"));
    CHECK(c.user_version() == 0);
}

TEST_CASE("migration 5 rebuilds payments and print_jobs keeping rows and ids, and their checks still refuse") {
    TempDir dir;
    const std::string path = dir.file("v4.db");
    {
        Connection c = Connection::open(path, OpenMode::create);
        CHECK(migrate_to(c, 4) == 4);
        add_staff(c, "Lan", "cashier", "hash", 5);
        c.exec("INSERT INTO sales(id, receipt_no, kind, staff_id, cashier_id, created_at, day, currency, tax_mode, "
               "subtotal, discount_total, tax_total, total) VALUES (7, 1, 'sale', 1, 1, 9, '2025-11-23', 'VND', "
               "'inclusive', 300, 0, 27, 300);"
               "INSERT INTO payments(id, sale_id, kind, amount, tendered, reference) VALUES (40, 7, 'card', 200, 0, 'A1'), "
               "(41, 7, 'cash', 100, 150, '');"
               "INSERT INTO print_jobs(id, sale_id, kind, status, payload, bytes_sent, error, created_at, updated_at) "
               "VALUES (12, 7, 'receipt', 'failed', x'1b40', 2, 'paper end', 9, 10), (13, NULL, 'z_report', 'pending', NULL, 0, NULL, 11, 11);");
    }
    Connection c = Connection::open(path, OpenMode::existing);
    CHECK(migrate(c) == latest_schema_version() - 4);
    CHECK(c.query_text("SELECT group_concat(r, ',') FROM (SELECT id || kind || amount || tendered || reference AS r "
                       "FROM payments ORDER BY id)") ==
          "40card2000A1,41cash100150");
    CHECK(c.query_text("SELECT group_concat(r, ',') FROM (SELECT id || ':' || IFNULL(sale_id, '-') || kind || status || "
                       "hex(IFNULL(payload, '')) || bytes_sent || IFNULL(error, '') || created_at || updated_at AS r "
                       "FROM print_jobs ORDER BY id)") ==
          "12:7receiptfailed1B402paper end910,13:-z_reportpending01111");
    CHECK(c.query_text("SELECT group_concat(r, ',') FROM (SELECT kind || amount AS r FROM day_tender_summary "
                       "WHERE day = '2025-11-23' ORDER BY kind)") ==
          "card200,cash100");
    CHECK(has_index(c, "payments_by_sale"));
    CHECK(has_index(c, "print_jobs_by_status"));
    CHECK(c.query_text("PRAGMA integrity_check") == "ok");
    CHECK_FALSE(c.query_text("PRAGMA foreign_key_check").has_value());
    CHECK_THROWS_WITH_AS(c.exec("INSERT INTO payments(sale_id, kind, amount) VALUES (7, 'bitcoin', 1)"),
                         doctest::Contains("CHECK constraint failed"), pos::Error);
    CHECK_THROWS_WITH_AS(c.exec("INSERT INTO print_jobs(kind, status, created_at, updated_at) VALUES ('fax', 'pending', 1, 1)"),
                         doctest::Contains("CHECK constraint failed"), pos::Error);
    CHECK_THROWS_WITH_AS(c.exec("UPDATE print_jobs SET status = 'lost' WHERE id = 13"), doctest::Contains("CHECK constraint failed"),
                         pos::Error);
    CHECK_THROWS_WITH_AS(c.exec("INSERT INTO payments(sale_id, kind, amount) VALUES (8, 'cash', 1)"),
                         doctest::Contains("FOREIGN KEY constraint failed"), pos::Error);
    // No temporary b-tree is built for these checks any more (the point of the migration).
    for (const char* sql : {"INSERT INTO payments(sale_id, kind, amount) VALUES (7, 'cash', 1)",
                            "INSERT INTO print_jobs(kind, status, created_at, updated_at) VALUES ('receipt', 'pending', 1, 1)",
                            "UPDATE print_jobs SET status = 'done' WHERE id = 13"}) {
        auto st = c.prepare(std::string("EXPLAIN ") + sql);
        bool ephemeral = false;
        while (st.step()) ephemeral = ephemeral || st.get_text(1) == "OpenEphemeral";
        CHECK_MESSAGE(!ephemeral, sql);
    }
}
