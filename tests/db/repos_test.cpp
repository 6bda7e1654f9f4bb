// Settings, staff, visits, print jobs, day closings and held carts repositories.
#include <doctest/doctest.h>

#include "db/day_closings.h"
#include "db/held_carts.h"
#include "db/print_jobs.h"
#include "db/settings.h"
#include "db/customers.h"
#include "db/visits.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

TEST_CASE("settings get, set (upsert) and list") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    CHECK_FALSE(get_setting(c, "currency").has_value());
    set_setting(c, "currency", "VND");
    set_setting(c, "store_name", "Nhà Xinh Q1");
    set_setting(c, "currency", "CNY");
    CHECK(get_setting(c, "currency") == "CNY");
    const auto all = all_settings(c);
    CHECK(all.size() == 2);
    CHECK(all.at("store_name") == "Nhà Xinh Q1");
}

TEST_CASE("staff add, list, lockout and deactivate") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Id id = add_staff(c, "Anh", "cashier", "$argon2id$x", 42);
    auto s = get_staff(c, id);
    REQUIRE(s);
    CHECK(s->name == "Anh");
    CHECK(s->role == "cashier");
    CHECK(s->active);
    CHECK(s->created_at == 42);
    update_staff_lockout(c, id, 5, 1'000'000);
    s = get_staff(c, id);
    CHECK(s->failed_attempts == 5);
    CHECK(s->locked_until == 1'000'000);
    set_staff_pin_hash(c, id, "$argon2id$y");
    CHECK(get_staff(c, id)->pin_hash == "$argon2id$y");
    set_staff_active(c, id, false);
    CHECK(list_staff(c).size() == 3);
    CHECK(list_staff(c, false).size() == 4);
    CHECK(list_staff(c)[0].name == "Hoa");  // ordered by name
    CHECK_THROWS_WITH(update_staff_lockout(c, 999, 0, 0), "no staff member with id 999");
    CHECK_THROWS_AS(add_staff(c, "Z", "owner", "h", 0), pos::Error);
    CHECK_FALSE(get_staff(c, 999).has_value());
}

TEST_CASE("visits: insert, events, stage/needs updates, close, open list") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    VisitRow v;
    v.playbook = "furniture";
    v.staff_id = test::k_floor;
    v.party_size = 2;
    v.source = "walk_in";
    v.started_at = 1000;
    v.day = "2025-11-23";
    v.stage = "greet";
    const Id a = insert_visit(c, v);
    v.started_at = 2000;
    const Id b = insert_visit(c, v);
    append_visit_event(c, {0, a, 1500, test::k_floor, "signal", "asks_price", std::nullopt, std::nullopt, std::nullopt});
    append_visit_event(c, {0, a, 1200, test::k_floor, "stage", "discover", std::nullopt, std::nullopt, "likes oak"});
    append_visit_event(c, {0, a, 1600, test::k_floor, "quote", "q1", "accepted", 2'500'000, std::nullopt});
    CHECK_THROWS_AS(append_visit_event(c, {0, a, 1, test::k_floor, "dance", "x", {}, {}, {}}), pos::Error);
    update_visit_stage(c, a, "discover");
    update_visit_needs(c, a, R"({"budget":3000000})");
    CHECK_THROWS_AS(update_visit_needs(c, a, "{broken"), pos::Error);
    CustomerFile mai;
    mai.name = "Chị Mai";
    mai.phone = "0909123456";
    const Id cust = insert_customer(c, mai, 1100);
    set_visit_customer(c, a, cust);
    CHECK(load_customer(c, cust)->phone == "0909123456");
    CHECK(visit_customer(c, a) == cust);
    CHECK(visit_customer(c, b) == 0);
    CHECK_THROWS_AS(visit_customer(c, b + 100), pos::Error);

    auto rec = load_visit(c, a);
    REQUIRE(rec);
    CHECK(rec->visit.stage == "discover");
    CHECK(rec->visit.needs_json == R"({"budget":3000000})");
    CHECK(rec->visit.customer_id == cust);
    REQUIRE(rec->events.size() == 3);
    CHECK(rec->events[0].code == "discover");  // ordered by time
    CHECK(rec->events[0].note == "likes oak");
    CHECK(rec->events[2].amount == 2'500'000);
    CHECK(rec->events[2].result == "accepted");
    CHECK(list_open_visits(c).size() == 2);

    CHECK_THROWS_WITH_AS(close_visit(c, b, {"lost", 3000, std::nullopt, 0, {}, {}}),
                         doctest::Contains("CHECK constraint failed"), pos::Error);
    close_visit(c, b, {"lost", 3000, "price", 0, {}, {}});
    close_visit(c, a, {"follow_up", 4000, std::nullopt, 0, "2025-11-30", "0909"});
    CHECK(list_open_visits(c).empty());
    rec = load_visit(c, a);
    CHECK(rec->visit.outcome == "follow_up");
    CHECK(rec->visit.ended_at == 4000);
    CHECK(rec->visit.follow_up_date == "2025-11-30");
    CHECK(load_visit(c, b)->visit.lost_reason == "price");
    CHECK_FALSE(load_visit(c, 999).has_value());
    CHECK_THROWS_WITH(update_visit_stage(c, 999, "x"), "no visit with id 999");
}

TEST_CASE("print jobs: queue order, progress and status transitions") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Id j1 = enqueue_print_job(c, 0, "test", Blob{1, 2, 3}, 10);
    const Id j2 = enqueue_print_job(c, 0, "z_report", std::nullopt, 11);
    CHECK_THROWS_AS(enqueue_print_job(c, 0, "poster", std::nullopt, 12), pos::Error);
    CHECK(next_pending_print_job(c)->id == j1);
    mark_print_printing(c, j1, 20);
    update_print_progress(c, j1, 2, 21);
    CHECK(next_pending_print_job(c)->id == j2);
    mark_print_failed(c, j1, "paper out", 22);
    auto f = get_print_job(c, j1);
    CHECK(f->status == "failed");
    CHECK(f->bytes_sent == 2);
    CHECK(f->error == "paper out");
    CHECK(f->updated_at == 22);
    CHECK(f->payload == Blob{1, 2, 3});
    requeue_print_job(c, j1, 30);
    CHECK(get_print_job(c, j1)->bytes_sent == 0);
    CHECK_FALSE(get_print_job(c, j1)->error.has_value());
    mark_print_done(c, j1, 31);
    mark_print_skipped(c, j2, "no printer", 32);
    CHECK_FALSE(next_pending_print_job(c).has_value());
    CHECK(list_print_jobs(c, "done").size() == 1);
    CHECK(list_print_jobs(c, "skipped")[0].error == "no printer");
    CHECK_FALSE(get_print_job(c, j2)->payload.has_value());
    CHECK_THROWS_WITH(mark_print_done(c, 999, 0), "no print job with id 999");
}

TEST_CASE("day closings are unique per day") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    DayClosingRow d{0, "2025-11-23", test::k_manager, 5000, 1'200'000, 1'190'000, -10'000, R"({"500000":2})"};
    const Id id = insert_day_closing(c, d);
    const auto got = get_day_closing(c, "2025-11-23");
    REQUIRE(got);
    CHECK(got->id == id);
    CHECK(got->variance == -10'000);
    CHECK(got->counts_json == R"({"500000":2})");
    CHECK_THROWS_WITH(insert_day_closing(c, d), "business day 2025-11-23 is already closed");
    d.day = "2025-11-24";
    d.variance = 0;  // inconsistent with the counts
    CHECK_THROWS_AS(insert_day_closing(c, d), pos::Error);
    CHECK_FALSE(get_day_closing(c, "2025-11-24").has_value());
    CHECK(list_day_closings(c, 10).size() == 1);
}

TEST_CASE("held carts are listed and taken once") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Id h = hold_cart(c, {0, test::k_cashier, "Mr. Tran", R"({"lines":[]})", 7});
    CHECK(list_held_carts(c).size() == 1);
    const auto taken = take_held_cart(c, h);
    REQUIRE(taken);
    CHECK(taken->label == "Mr. Tran");
    CHECK_FALSE(take_held_cart(c, h).has_value());
    CHECK(list_held_carts(c).empty());
}
