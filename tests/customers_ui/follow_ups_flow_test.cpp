// My follow-ups by touch: the target progress, a result is one tap, a new appointment asks for
// the next day first; a manager sees everyone's with the owner and reassigns one. A follow-up
// added on the customer page outside a visit: the day on the calendar, the reason typed.
#include <doctest/doctest.h>

#include <algorithm>

#include "customers_fixture.h"
#include "db/customers.h"

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

TEST_CASE("a follow-up added on the customer page by touch is stored for that customer and salesperson, on the page and in My follow-ups") {
    CustomersFixture f;  // Lan, Friday 2026-11-20
    const pos::Id call = f.ok(intent::AddFollowUp{f.customer, "", "2026-11-20", "fabric samples"});
    f.show("follow_ups");
    CHECK(f.tap("follow_ups/" + id(call) + "/customer").empty());
    auto& desk = f.follow_ups.desk();
    REQUIRE(desk.file() == f.customer);
    CHECK(f.tap("customer_page/add_follow_up").empty());
    const pos::ui::FollowUpDraft& draft = desk.page_state().follow_up;
    REQUIRE(draft.open);

    // The calendar does not offer the days before today; Save waits for a day and a reason.
    CHECK(f.tap("customer_page/follow_up/day/2026-11-19").empty());
    CHECK(draft.day.empty());
    CHECK(f.tap("customer_page/follow_up/day/2026-12-02").empty());
    CHECK(draft.day == "2026-12-02");
    CHECK(f.tap("customer_page/follow_up/save").empty());
    CHECK(f.tap("customer_page/follow_up/reason").empty());
    REQUIRE(draft.typing);
    f.type("customer_page/follow_up/kb", "call about the fabric samples");
    CHECK_FALSE(draft.typing);
    CHECK(draft.reason == "call about the fabric samples");

    const Reply added = only(f.tap("customer_page/follow_up/save"));
    REQUIRE_MESSAGE(added.ok, added.refusal.detail);
    const auto* event = added.outcome.find<ev::FollowUpAdded>();
    REQUIRE(event != nullptr);
    CHECK(event->customer == f.customer);
    CHECK(event->owner == f.pos.user()->staff_id);
    const auto stored = pos::db::get_follow_up(f.conn, event->follow_up);
    REQUIRE(stored);
    CHECK(stored->customer_id == f.customer);
    CHECK(stored->owner_id == f.pos.user()->staff_id);
    CHECK(stored->due == "2026-12-02");
    CHECK(stored->reason == "call about the fabric samples");
    CHECK_FALSE(draft.open);

    // The page lists it with the owner; My follow-ups has it as upcoming.
    const auto& history = desk.page_view().history;
    REQUIRE(history.size() == 5);
    const auto& follow_ups = history[4].entries;
    const bool listed = std::any_of(follow_ups.begin(), follow_ups.end(), [](const pos::ui::HistoryEntry& e) {
        return e.when == "2026-12-02" && e.headline == "call about the fabric samples  ·  Lan";
    });
    CHECK_MESSAGE(listed, follow_ups.size());
    CHECK(f.tap("customer_page/back").empty());
    CHECK_FALSE(desk.open());
    const auto& upcoming = f.follow_ups.view().upcoming;
    REQUIRE(upcoming.size() == 1);
    CHECK(upcoming[0].id == event->follow_up);
    CHECK(upcoming[0].due == "2026-12-02");
    CHECK(upcoming[0].customer == "Trần Thị Mai");
}

TEST_CASE("the follow-up panel refuses a blank reason and shows the refusal of a day that has passed; nothing is stored") {
    CustomersFixture f;
    f.show("floor");
    f.floor.desk().open_file(f.customer);
    f.frame();
    CHECK(f.tap("customer_page/add_follow_up").empty());
    const pos::ui::FollowUpDraft& draft = f.floor.desk().page_state().follow_up;
    REQUIRE(draft.open);
    CHECK(f.tap("customer_page/follow_up/day/2026-11-20").empty());
    CHECK(f.tap("customer_page/follow_up/save").empty());  // no reason
    CHECK(f.tap("customer_page/follow_up/reason").empty());
    f.type("customer_page/follow_up/kb", "   ");
    CHECK(f.tap("customer_page/follow_up/save").empty());  // only spaces
    CHECK(draft.open);

    // The panel stays open past midnight: the day chosen is now in the past and the core refuses it.
    CHECK(f.tap("customer_page/follow_up/reason").empty());
    f.type("customer_page/follow_up/kb", "new price list");
    f.clock.advance(24 * 3600 * 1000LL);
    const Reply refused = only(f.tap("customer_page/follow_up/save"));
    CHECK_FALSE(refused.ok);
    CHECK(draft.open);
    CHECK_FALSE(draft.awaiting);
    CHECK(draft.error.find("in the past") != std::string::npos);
    CHECK(f.pos.customer_history(f.customer)->follow_ups.empty());
    CHECK(f.pos.my_follow_ups().upcoming.empty());

    // Cancel closes the panel; the page is still there.
    CHECK(f.tap("customer_page/follow_up/cancel").empty());
    CHECK_FALSE(draft.open);
    CHECK(f.floor.desk().file() == f.customer);
}
