// print_jobs additions for the durable print queue: frozen payloads and resuming retries.
#include <doctest/doctest.h>

#include "db/print_jobs.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

TEST_CASE("set_print_payload freezes the rendered bytes once") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Id id = enqueue_print_job(c, 0, "test", std::nullopt, 10);
    const Blob bytes{0x1B, 0x40, 'A', 0x00, 0xFF};
    set_print_payload(c, id, bytes, 20);
    CHECK(get_print_job(c, id)->payload == bytes);
    CHECK(get_print_job(c, id)->updated_at == 20);
    try {
        set_print_payload(c, id, Blob{1}, 30);
        FAIL("a frozen payload must not be replaced");
    } catch (const pos::Error& e) {
        CHECK(e.code() == Errc::conflict);
        CHECK(std::string(e.what()) == "print job " + std::to_string(id) + " already has its bytes");
    }
    CHECK(get_print_job(c, id)->payload == bytes);
    try {
        set_print_payload(c, 999, bytes, 30);
        FAIL("unknown id");
    } catch (const pos::Error& e) {
        CHECK(e.code() == Errc::not_found);
    }
}

TEST_CASE("resume_print_job keeps bytes_sent and payload; requeue_print_job starts over") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Id id = enqueue_print_job(c, 0, "test", Blob{1, 2, 3, 4}, 10);
    mark_print_printing(c, id, 11);
    update_print_progress(c, id, 3, 12);
    mark_print_failed(c, id, "paper out", 13);
    resume_print_job(c, id, 14);
    auto j = get_print_job(c, id);
    CHECK(j->status == "pending");
    CHECK(j->bytes_sent == 3);
    CHECK_FALSE(j->error.has_value());
    CHECK(j->payload == Blob{1, 2, 3, 4});
    CHECK(next_pending_print_job(c)->id == id);
    requeue_print_job(c, id, 15);
    CHECK(get_print_job(c, id)->bytes_sent == 0);
    CHECK_THROWS_AS(resume_print_job(c, 999, 16), pos::Error);
}
