// Journal tampering on a real store, end to end: a day of business through the service, then an
// attacker with the sqlite3 shell (raw SQL, triggers dropped) edits, deletes, inserts or reorders
// rows; `showroom-pos journal verify` must exit 1 and name the first bad sequence number. The
// chain primitives are unit-tested in tests/db/journal_test.cpp; this checks the whole path a
// store owner uses, on rows the service really wrote (sales, overrides, drawer, logins).
#include <doctest/doctest.h>

#include <string>

#include "db/journal.h"
#include "security/security_store.h"
#include "support/pos_binary.h"

using namespace pos;
using namespace pos::intent;
using security_test::Store;

namespace {

// A day: logins, two sales, a manager-approved no-sale, a logout: 9 journal entries.
void business_day(Store& store) {
    auto s = store.open();
    s->pos.apply(Login{"Wei", "1234"});
    for (int k = 0; k < 2; ++k) {
        store.clock.advance(60'000);
        s->pos.apply(AddItem{"SOFA-1", 1});
        s->pos.apply(AddTender{"cash", 699900, 700000, ""});
        s->pos.apply(CompleteSale{});
    }
    s->pos.apply(OpenDrawer{ManagerApproval{"Olga", "9999", "change for the till"}});
    s->pos.apply(Logout{});
    s->pos.apply(Login{"Olga", "9999"});
}

struct Verify {
    int code;
    std::string out;
};

Verify verify(const Store& store) {
    const auto r = testsupport::run_pos(store.dir().path(), "journal verify --db " + testsupport::quote(store.path()));
    return {r.code, r.out};
}

// The attacker's store: raw SQL on its connection with the append-only triggers removed.
service::Store attacker(const Store& store) {
    service::Store opened = service::open_store(store.path());
    opened.connection().exec("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete;");
    return opened;
}

std::int64_t entries(const Store& store) {
    service::Store opened = service::open_store(store.path());
    db::Connection& c = opened.connection();
    return *c.query_int64("SELECT count(*) FROM journal");
}

}  // namespace

TEST_CASE("an untouched store verifies") {
    Store store;
    business_day(store);
    const auto v = verify(store);
    CHECK(v.code == 0);
    CHECK(v.out == "journal ok: " + std::to_string(entries(store)) + " entries, chain intact\n");
}

TEST_CASE("editing a sale's amount in the journal is named by its sequence number") {
    Store store;
    business_day(store);
    {
        service::Store attack = attacker(store);
        db::Connection& c = attack.connection();
        const auto seq = *c.query_int64("SELECT min(seq) FROM journal WHERE kind = 'sale'");
        CHECK(seq > 1);
        c.exec("UPDATE journal SET payload = replace(payload, '699900', '69990') WHERE kind = 'sale'");
        const auto v = verify(store);
        CHECK(v.code == 1);
        CHECK(v.out.rfind("journal BROKEN at seq " + std::to_string(seq) + ": entry " + std::to_string(seq) + " was altered", 0) == 0);
    }
}

TEST_CASE("editing only the time or the staff of an entry is detected") {
    Store store;
    business_day(store);
    service::Store attack = attacker(store);
    db::Connection& c = attack.connection();
    c.exec("UPDATE journal SET at = at + 1 WHERE seq = 4");
    CHECK(verify(store).out.rfind("journal BROKEN at seq 4:", 0) == 0);
    c.exec("UPDATE journal SET at = at - 1 WHERE seq = 4; UPDATE journal SET staff_id = 1 WHERE seq = 2");
    CHECK(verify(store).out.rfind("journal BROKEN at seq 2:", 0) == 0);
}

TEST_CASE("deleting the override entry (hiding who approved the no-sale) is detected") {
    Store store;
    business_day(store);
    service::Store attack = attacker(store);
    db::Connection& c = attack.connection();
    const auto seq = *c.query_int64("SELECT seq FROM journal WHERE kind = 'override'");
    c.exec("DELETE FROM journal WHERE kind = 'override'");
    auto v = verify(store);
    CHECK(v.code == 1);
    CHECK(v.out.rfind("journal BROKEN at seq " + std::to_string(seq + 1) + ": sequence gap", 0) == 0);
    // The attacker closes the gap: now the next entry no longer links to its predecessor.
    c.exec("UPDATE journal SET seq = seq - 1 WHERE seq > " + std::to_string(seq));
    v = verify(store);
    CHECK(v.code == 1);
    CHECK(v.out.rfind("journal BROKEN at seq " + std::to_string(seq) + ": entry " + std::to_string(seq) +
                          " does not link to the entry before it",
                      0) == 0);
}

TEST_CASE("deleting the first entry is detected at seq 1") {
    Store store;
    business_day(store);
    service::Store attack = attacker(store);
    db::Connection& c = attack.connection();
    c.exec("DELETE FROM journal WHERE seq = 1; UPDATE journal SET seq = seq - 1");
    const auto v = verify(store);
    CHECK(v.code == 1);
    CHECK(v.out.rfind("journal BROKEN at seq 1:", 0) == 0);
}

TEST_CASE("inserting a forged refund in the middle, linked with a correct hash, is detected after it") {
    Store store;
    business_day(store);
    service::Store attack = attacker(store);
    db::Connection& c = attack.connection();
    const auto rows = db::journal::read(c, 0, 100);
    REQUIRE(rows.size() > 4);
    // Room at seq 4, then an entry that links correctly to entry 3.
    c.exec("UPDATE journal SET seq = seq + 1000 WHERE seq >= 4; UPDATE journal SET seq = seq - 999 WHERE seq > 1000");
    const std::string payload = R"({"receipt":1,"total":699900})";
    const auto forged = db::journal::entry_hash(4, rows[2].at + 1, "refund", 2, 1, payload, rows[2].hash);
    auto st = c.prepare("INSERT INTO journal VALUES (4, ?1, 'refund', 2, 1, ?2, ?3, ?4)");
    st.bind(1, rows[2].at + 1).bind(2, payload).bind(3, rows[2].hash).bind(4, std::span<const std::uint8_t>(forged));
    st.run();
    const auto v = verify(store);
    CHECK(v.code == 1);
    CHECK(v.out.rfind("journal BROKEN at seq 5:", 0) == 0);  // the real entry 4, now 5, no longer links
}

TEST_CASE("swapping two whole rows (reordering, hashes included) is detected at the first of them") {
    Store store;
    business_day(store);
    service::Store attack = attacker(store);
    db::Connection& c = attack.connection();
    c.exec("UPDATE journal SET seq = 1000 WHERE seq = 3; UPDATE journal SET seq = 3 WHERE seq = 6;"
           "UPDATE journal SET seq = 6 WHERE seq = 1000");
    const auto v = verify(store);
    CHECK(v.code == 1);
    CHECK(v.out.rfind("journal BROKEN at seq 3:", 0) == 0);
}

TEST_CASE("the append-only triggers refuse edits and deletes by a careless tool") {
    Store store;
    business_day(store);
    service::Store opened = service::open_store(store.path());
    db::Connection& c = opened.connection();
    CHECK_THROWS(c.exec("UPDATE journal SET payload = '{}' WHERE seq = 2"));
    CHECK_THROWS(c.exec("DELETE FROM journal WHERE seq = 2"));
    CHECK(verify(store).code == 0);
}
