// The hash-chained journal: append inside transactions, verify, and detect tampering done with
// raw SQL after dropping the protective triggers (as an attacker with file access would).
#include <doctest/doctest.h>

#include "db/journal.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

// Five entries, seq 1..5, each committed in its own transaction.
void fill(Connection& c) {
    for (int i = 1; i <= 5; ++i) {
        Transaction tx(c);
        journal::append(c, i % 2 ? journal::k_login : journal::k_sale, test::k_cashier, i * 10,
                        "{\"n\":" + std::to_string(i) + "}", 1'700'000'000'000 + i);
        tx.commit();
    }
}

void drop_triggers(Connection& c) { c.exec("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;"); }

}  // namespace

TEST_CASE("append needs the caller's transaction and validates its input") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    CHECK_THROWS_WITH(journal::append(c, "login", 1, 0, "{}", 1), "journal::append must run inside a transaction");
    Transaction tx(c);
    CHECK_THROWS_WITH(journal::append(c, "Login!", 1, 0, "{}", 1), "invalid journal kind 'Login!'");
    CHECK_THROWS_WITH(journal::append(c, "login", 1, 0, "{oops", 1), "journal payload for 'login' is not valid JSON");
    JsonWriter open;
    open.begin_object().key("n").value(std::int64_t{1});
    CHECK_THROWS_WITH(journal::append(c, "login", 1, 0, open, 1), "journal payload for 'login' is not a complete JSON value");
    CHECK_THROWS_WITH(journal::append(c, "login", 1, 0, JsonWriter{}, 1),
                      "journal payload for 'login' is not a complete JSON value");
    open.end_object();
    CHECK(journal::append(c, "login", 1, 0, open, 1) == 1);
    CHECK(journal::read(c, 0, 1).at(0).payload == R"({"n":1})");
}

TEST_CASE("append chains hashes and verify accepts an intact journal") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    CHECK(journal::verify(c).ok);  // empty journal
    fill(c);
    const auto rows = journal::read(c, 0, 100);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0].seq == 1);
    CHECK(rows[0].prev_hash == Blob(32, 0));
    for (std::size_t i = 1; i < rows.size(); ++i) CHECK(rows[i].prev_hash == rows[i - 1].hash);
    const auto h1 = journal::entry_hash(1, rows[0].at, rows[0].kind, rows[0].staff_id, rows[0].ref_id, rows[0].payload,
                                        Blob(32, 0));
    CHECK(Blob(h1.begin(), h1.end()) == rows[0].hash);
    const auto r = journal::verify(c);
    CHECK(r.ok);
    CHECK(r.entries_checked == 5);
    CHECK(r.first_bad_seq == 0);
    CHECK(r.reason.empty());
    CHECK(journal::read(c, 3, 10).size() == 2);
}

TEST_CASE("the hash encoding is unambiguous: moving bytes between fields changes the hash") {
    const Blob zero(32, 0);
    CHECK(journal::entry_hash(1, 2, "ab", 3, 4, "c", zero) != journal::entry_hash(1, 2, "a", 3, 4, "bc", zero));
    CHECK(journal::entry_hash(1, 2, "x", 3, 4, "{}", zero) != journal::entry_hash(1, 2, "x", 4, 3, "{}", zero));
}

TEST_CASE("triggers make the journal append-only") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    fill(c);
    CHECK_THROWS_WITH_AS(c.exec("UPDATE journal SET payload = '{}' WHERE seq = 2"),
                         doctest::Contains("the journal is append-only: rows cannot be changed"), pos::Error);
    CHECK_THROWS_WITH_AS(c.exec("DELETE FROM journal WHERE seq = 2"),
                         doctest::Contains("the journal is append-only: rows cannot be deleted"), pos::Error);
    CHECK(journal::verify(c).ok);
}

TEST_CASE("verify detects an edited row") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    fill(c);
    drop_triggers(c);
    c.exec("UPDATE journal SET payload = '{\"n\":300}' WHERE seq = 3");
    const auto r = journal::verify(c);
    CHECK_FALSE(r.ok);
    CHECK(r.first_bad_seq == 3);
    CHECK(r.entries_checked == 2);
    CHECK(r.reason == "entry 3 was altered (hash mismatch)");
}

TEST_CASE("verify detects a deleted row, also when the attacker renumbers the rest") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    fill(c);
    drop_triggers(c);
    c.exec("DELETE FROM journal WHERE seq = 3");
    auto r = journal::verify(c);
    CHECK_FALSE(r.ok);
    CHECK(r.first_bad_seq == 4);
    CHECK(r.reason == "sequence gap: expected entry 3, found 4 (an entry was removed)");

    c.exec("UPDATE journal SET seq = seq - 1 WHERE seq > 3");  // close the gap
    r = journal::verify(c);
    CHECK_FALSE(r.ok);
    CHECK(r.first_bad_seq == 3);
    CHECK(r.reason == "entry 3 does not link to the entry before it");
}

TEST_CASE("verify detects a row inserted in the middle, even with a correctly forged hash") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    fill(c);
    drop_triggers(c);
    const auto rows = journal::read(c, 0, 10);
    // Make room at seq 3 and insert a forged entry that links correctly to entry 2.
    c.exec("UPDATE journal SET seq = seq + 100 WHERE seq >= 3; UPDATE journal SET seq = seq - 99 WHERE seq > 100;");
    const std::string payload = "{\"n\":999}";
    const auto forged = journal::entry_hash(3, rows[1].at + 1, "drawer_open", 2, 0, payload, rows[1].hash);
    auto st = c.prepare("INSERT INTO journal VALUES (3, ?1, 'drawer_open', 2, 0, ?2, ?3, ?4)");
    st.bind(1, rows[1].at + 1).bind(2, payload).bind(3, rows[1].hash).bind(4, std::span<const std::uint8_t>(forged));
    st.run();
    const auto r = journal::verify(c);
    CHECK_FALSE(r.ok);
    CHECK(r.first_bad_seq == 4);  // the original entry 3, now at 4, no longer matches
    CHECK(r.entries_checked == 3);
}

TEST_CASE("verify detects reordered rows (payloads and kinds swapped)") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    fill(c);
    drop_triggers(c);
    c.exec(
        "UPDATE journal SET payload = (SELECT payload FROM journal WHERE seq = 3), kind = (SELECT kind FROM journal WHERE seq = 3),"
        " ref_id = (SELECT ref_id FROM journal WHERE seq = 3) WHERE seq = 2;"
        "UPDATE journal SET payload = '{\"n\":2}', kind = 'sale', ref_id = 20 WHERE seq = 3;");
    CHECK(c.query_text("SELECT payload FROM journal WHERE seq = 2") == "{\"n\":3}");
    const auto r = journal::verify(c);
    CHECK_FALSE(r.ok);
    CHECK(r.first_bad_seq == 2);
    CHECK(r.reason == "entry 2 was altered (hash mismatch)");
}

TEST_CASE("a rolled-back transaction leaves no journal entry and the chain continues") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    fill(c);
    {
        Transaction tx(c);
        CHECK(journal::append(c, journal::k_void, 2, 0, "{}", 9) == 6);
    }
    Transaction tx(c);
    CHECK(journal::append(c, journal::k_logout, 2, 0, "{}", 10) == 6);
    tx.commit();
    CHECK(journal::verify(c).entries_checked == 6);
}
