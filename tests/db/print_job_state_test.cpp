// A print job's state without its payload (what the checkout polls while a receipt prints).
#include <doctest/doctest.h>

#include "db/print_job_state.h"
#include "db/print_jobs.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

TEST_CASE("get_print_job_state reads status, progress and error, not the frozen bytes") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Id id = enqueue_print_job(c, 0, "receipt", std::nullopt, 10);
    auto s = get_print_job_state(c, id);
    REQUIRE(s);
    CHECK(s->id == id);
    CHECK(s->kind == "receipt");
    CHECK(s->status == "pending");
    CHECK_FALSE(s->error.has_value());
    set_print_payload(c, id, Blob(4096, 0x20), 11);
    mark_print_printing(c, id, 12);
    update_print_progress(c, id, 1024, 13);
    mark_print_failed(c, id, "paper out", 14);
    s = get_print_job_state(c, id);
    REQUIRE(s);
    CHECK(s->status == "failed");
    CHECK(s->bytes_sent == 1024);
    CHECK(s->error == "paper out");
    CHECK(s->updated_at == 14);
    CHECK_FALSE(s->payload.has_value());  // left out: the full row has it
    CHECK(get_print_job(c, id)->payload->size() == 4096);
    CHECK_FALSE(get_print_job_state(c, 999).has_value());
}
