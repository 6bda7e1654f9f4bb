// My follow-ups by touch: the target progress, a result is one tap, a new appointment asks for
// the next day first; a manager sees everyone's with the owner and reassigns one.
#include <doctest/doctest.h>

#include "customers_fixture.h"

using pos::test::CustomersFixture;
using pos::test::Reply;
using pos::test::only;
namespace intent = pos::intent;
namespace ev = pos::service::event;

namespace {

std::string id(pos::Id v) { return std::to_string(v); }

}  // namespace

TEST_CASE("a follow-up result is one tap; a new appointment asks for the next day and lists the next follow-up") {
    CustomersFixture f;
    const pos::Id call = f.ok(intent::AddFollowUp{f.customer, "", "2026-11-20", "fabric samples"});
    const pos::Id visit = f.ok(intent::AddFollowUp{f.customer, "", "2026-11-25", "delivery date"});
    f.show("follow_ups");
    const auto& view = f.follow_ups.view();
    REQUIRE(view.today.size() == 1);
    CHECK(view.today[0].customer == "Trần Thị Mai");
    CHECK(view.today[0].phone == "0903123456");
    CHECK(view.today[0].reason == "fabric samples");
    REQUIRE(view.upcoming.size() == 1);
    CHECK(view.target.empty());

    const Reply reached = only(f.tap("follow_ups/" + id(call) + "/reached"));
    REQUIRE_MESSAGE(reached.ok, reached.refusal.detail);
    CHECK(reached.outcome.find<ev::FollowUpRecorded>()->next == 0);
    CHECK(view.today.empty());

    // New appointment: the days first, nothing recorded yet; then one tap on the day.
    CHECK(f.tap("follow_ups/" + id(visit) + "/new_appointment").empty());
    CHECK(f.follow_ups.ui_state().choosing_day == visit);
    const Reply booked = only(f.tap("follow_ups/" + id(visit) + "/day/2026-11-23"));
    REQUIRE_MESSAGE(booked.ok, booked.refusal.detail);
    const pos::Id next = booked.outcome.find<ev::FollowUpRecorded>()->next;
    CHECK(next != 0);
    CHECK(f.follow_ups.ui_state().choosing_day == 0);
    REQUIRE(view.upcoming.size() == 1);
    CHECK(view.upcoming[0].id == next);
    CHECK(view.upcoming[0].due == "2026-11-23");

    // The customer's name opens the customer page with the follow-ups' results.
    CHECK(f.tap("follow_ups/" + id(next) + "/customer").empty());
    CHECK(f.follow_ups.desk().file() == f.customer);
}

TEST_CASE("the salesperson's target shows month, week and day after login, and the floor shows today's share and what is due") {
    CustomersFixture f(pos::Lang::en, {1024.0f, 768.0f}, "Olga", "9999");
    f.ok(intent::SetTarget{"Lan", "2026-11", 3000000, 10});
    f.ok(intent::Login{"Lan", "1111"});
    f.ok(intent::AddFollowUp{f.customer, "", "2026-11-20", "fabric samples"});
    // The floor, where a salesperson starts, says it at a glance under the visit list.
    f.show("floor");
    REQUIRE(f.floor.my_day().size() == 2);
    CHECK(f.floor.my_day()[0].rfind("Today: ", 0) == 0);
    CHECK(f.floor.my_day()[1] == "Follow-ups due: 1");
    f.show("follow_ups");
    const auto& target = f.follow_ups.view().target;
    REQUIRE(target.size() == 3);
    CHECK(target[0].label == "This month");
    CHECK(target[0].text.find("10 units") != std::string::npos);
    CHECK(target[1].label == "This week");
    CHECK(target[2].label == "Today");
    CHECK(target[0].share == 0.0f);
}

TEST_CASE("a manager sees everyone's follow-ups with the owner and reassigns one; a salesperson cannot") {
    CustomersFixture f;
    const pos::Id call = f.ok(intent::AddFollowUp{f.customer, "", "2026-11-20", "price came down"});
    f.clock.advance(24 * 3600 * 1000LL);  // a day late
    f.show("follow_ups");
    CHECK(f.probe_missing("follow_ups/" + id(call) + "/reassign"));

    f.ok(intent::Login{"Olga", "9999"});
    f.show("follow_ups");
    const auto& view = f.follow_ups.view();
    CHECK(view.team);
    REQUIRE(view.overdue.size() == 1);
    CHECK(view.overdue[0].owner == "Lan");
    CHECK(f.tap("follow_ups/" + id(call) + "/reassign").empty());
    CHECK(f.follow_ups.ui_state().reassigning == call);
    const Reply moved = only(f.tap("follow_ups/" + id(call) + "/owner/Olga"));
    REQUIRE_MESSAGE(moved.ok, moved.refusal.detail);
    CHECK(moved.outcome.find<ev::FollowUpReassigned>() != nullptr);
    REQUIRE(view.overdue.size() == 1);
    CHECK(view.overdue[0].owner == "Olga");

    // Only their own: the manager's list now holds it too.
    CHECK(f.tap("follow_ups/mine").empty());
    CHECK_FALSE(f.follow_ups.view().team);
    CHECK(f.follow_ups.view().overdue.size() == 1);
}
