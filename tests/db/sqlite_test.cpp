// Connection pragmas, file permissions, statements, transactions and error mapping.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include "db/sqlite.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

unsigned file_mode(const std::string& path) {
    struct stat st {};
    REQUIRE(::stat(path.c_str(), &st) == 0);
    return static_cast<unsigned>(st.st_mode) & 0777u;
}

}  // namespace

TEST_CASE("open applies WAL, synchronous=FULL, foreign_keys and busy_timeout") {
    TempDir dir;
    Connection c = Connection::open(dir.file("p.db"), OpenMode::create, 4321);
    CHECK(c.query_text("PRAGMA journal_mode") == "wal");
    CHECK(c.query_int64("PRAGMA synchronous") == 2);
    CHECK(c.query_int64("PRAGMA foreign_keys") == 1);
    CHECK(c.query_int64("PRAGMA busy_timeout") == 4321);
}

TEST_CASE("database files are created with mode 0600, including the WAL") {
    TempDir dir;
    const std::string path = dir.file("secret.db");
    const mode_t old = ::umask(0);  // even a permissive umask must not widen the mode
    {
        Connection c = Connection::open(path, OpenMode::create);
        c.exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1);");
        CHECK(file_mode(path) == 0600u);
        CHECK(file_mode(path + "-wal") == 0600u);
        CHECK(file_mode(path + "-shm") == 0600u);
    }
    ::umask(old);
}

TEST_CASE("OpenMode::existing refuses a missing file and does not create it") {
    TempDir dir;
    const std::string path = dir.file("missing.db");
    try {
        Connection::open(path, OpenMode::existing);
        FAIL("expected an error");
    } catch (const pos::Error& e) {
        CHECK(e.code() == Errc::not_found);
        CHECK(std::string(e.what()) == "database file not found: " + path);
    }
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("Transaction rolls back in the destructor unless committed") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    c.exec("CREATE TABLE t(x INTEGER NOT NULL)");
    {
        Transaction tx(c);
        c.exec("INSERT INTO t VALUES (1)");
        CHECK(c.in_transaction());
    }
    CHECK_FALSE(c.in_transaction());
    CHECK(c.query_int64("SELECT COUNT(*) FROM t") == 0);
    {
        Transaction tx(c);
        c.exec("INSERT INTO t VALUES (2)");
        tx.commit();
    }
    CHECK(c.query_int64("SELECT SUM(x) FROM t") == 2);
    CHECK_THROWS_AS([&] {
        Transaction tx(c);
        tx.commit();
        tx.commit();
    }(), pos::Error);
}

TEST_CASE("a nested Transaction is a savepoint: its rollback keeps the outer work") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    c.exec("CREATE TABLE t(x INTEGER NOT NULL)");
    Transaction outer(c);
    c.exec("INSERT INTO t VALUES (1)");
    {
        Transaction inner(c);
        CHECK(inner.nested());
        c.exec("INSERT INTO t VALUES (10)");
    }
    {
        Transaction inner(c);
        c.exec("INSERT INTO t VALUES (100)");
        inner.commit();
    }
    outer.commit();
    CHECK(c.query_int64("SELECT SUM(x) FROM t") == 101);
}

TEST_CASE("savepoints nest several deep, and an inner rollback undoes only its own level") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    c.exec("CREATE TABLE t(x INTEGER NOT NULL)");
    for (int round = 0; round < 3; ++round) {  // the same savepoint names are used again each round
        Transaction outer(c);
        c.exec("INSERT INTO t VALUES (1)");
        {
            Transaction a(c);
            c.exec("INSERT INTO t VALUES (10)");
            {
                Transaction b(c);
                c.exec("INSERT INTO t VALUES (100)");
                {
                    Transaction dropped(c);
                    c.exec("INSERT INTO t VALUES (1000)");
                }
                b.commit();
            }
            {
                Transaction dropped(c);
                c.exec("INSERT INTO t VALUES (10000)");
            }
            a.commit();
        }
        outer.commit();
        CHECK_FALSE(c.in_transaction());
    }
    CHECK(c.query_int64("SELECT SUM(x) FROM t") == 3 * 111);
}

TEST_CASE("page counters count the pages a commit writes") {
    TempDir dir;
    Connection c = Connection::open(dir.file("p.db"), OpenMode::create);
    c.exec("CREATE TABLE t(x TEXT NOT NULL)");
    const PageCounters before = c.page_counters();
    {
        Transaction tx(c);
        auto st = c.prepare("INSERT INTO t VALUES (?1)");
        for (int i = 0; i < 50; ++i) {
            st.bind(1, std::string(1000, 'x'));
            st.run();
            st.reset();
        }
        tx.commit();
    }
    const PageCounters after = c.page_counters();
    CHECK(after.written - before.written >= 12);  // 50 kB of rows in 4 KiB pages
    CHECK(after.hits + after.misses > before.hits + before.misses);
}

TEST_CASE("constraint violations become pos::Error(conflict) with SQLite's message and the SQL") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    auto st = c.prepare("INSERT INTO staff(name, role, pin_hash, created_at) VALUES (?1, ?2, 'h', 0)");
    st.bind(1, "Boss").bind(2, "owner");
    try {
        st.run();
        FAIL("expected a CHECK failure");
    } catch (const pos::Error& e) {
        CHECK(e.code() == Errc::conflict);
        const std::string msg = e.what();
        CHECK(msg.find("CHECK constraint failed") != std::string::npos);
        CHECK(msg.find("INSERT INTO staff") != std::string::npos);
    }
    try {
        c.exec("SELEC nonsense");
        FAIL("expected a syntax error");
    } catch (const db::Error& e) {
        CHECK(e.code() == Errc::io);
        CHECK(std::string(e.what()) == "database error: near \"SELEC\": syntax error (in: SELEC nonsense)");
    }
}

TEST_CASE("statements bind by index and by name, and round-trip every type") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    c.exec("CREATE TABLE v(i INTEGER, d REAL, t TEXT, b BLOB, n INTEGER)");
    auto ins = c.prepare("INSERT INTO v VALUES (:i, :d, :t, :b, :n)");
    const Blob blob{0x00, 0x1b, 0x40, 0xff};
    ins.bind(":i", std::int64_t{-9007199254740993}).bind(":d", 2.5).bind(":t", std::string("phở \0x", 9));
    ins.bind(":b", blob).bind(":n", std::nullopt);
    ins.run();
    auto sel = c.prepare("SELECT i, d, t, b, n FROM v");
    REQUIRE(sel.step());
    CHECK(sel.get_int64(0) == -9007199254740993);
    CHECK(sel.get_double(1) == 2.5);
    CHECK(sel.get_text(2) == std::string("phở \0x", 9));
    CHECK(sel.get_blob(3) == blob);
    CHECK(sel.is_null(4));
    CHECK_FALSE(sel.get_opt_int64(4).has_value());
    CHECK_FALSE(sel.step());
    CHECK_THROWS_WITH_AS(ins.bind(":nope", 1), doctest::Contains("no SQL parameter named :nope"), pos::Error);
}

TEST_CASE("cached statements are reused, reset on release, and safe to borrow twice") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    c.exec("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3);");
    const char* sql = "SELECT x FROM t WHERE x >= ?1 ORDER BY x";
    sqlite3_stmt* first = nullptr;
    {
        auto a = c.cached(sql);
        first = a->handle();
        a->bind(1, 2);
        REQUIRE(a->step());
        CHECK(a->get_int64(0) == 2);
        auto b = c.cached(sql);  // still in use above: a separate statement
        CHECK(b->handle() != first);
        b->bind(1, 3);
        REQUIRE(b->step());
        CHECK(b->get_int64(0) == 3);
    }
    auto again = c.cached(sql);
    CHECK(again->handle() == first);
    CHECK_FALSE(again->step());  // reset with bindings cleared: x >= NULL matches nothing
    again->reset();
    again->bind(1, 1);
    int n = 0;
    while (again->step()) ++n;
    CHECK(n == 3);
}

TEST_CASE("require_transaction names the operation") {
    Connection c = Connection::open(":memory:", OpenMode::create);
    CHECK_THROWS_WITH(require_transaction(c, "journal::append"), "journal::append must run inside a transaction");
}
