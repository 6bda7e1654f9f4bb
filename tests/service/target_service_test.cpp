// Monthly targets through intents: manager only, checked input that stores nothing when
// refused, journaled; and the progress read models with the month -> week -> day cascade.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "db/journal.h"
#include "db/targets.h"
#include "service/admin_store.h"

using namespace pos;
using namespace pos::intent;
using pos::test::AdminStore;

namespace {

Errc refused_with(service::PosService& pos, const Intent& i) {
    try {
        pos.apply(i);
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("the intent was not refused");
    return Errc::io;
}

const service::TargetProgress* find(const std::vector<service::TargetProgress>& v, const std::string& name) {
    for (const auto& p : v)
        if (p.name == name) return &p;
    return nullptr;
}

}  // namespace

TEST_CASE("SetTarget is refused for floor staff and cashiers, and stores nothing") {
    AdminStore st;
    auto& pos = *st.pos;
    CHECK(refused_with(pos, SetTarget{"Lan", "2026-11", 100000, 3}) == Errc::permission_denied);  // nobody logged in
    for (const auto& [name, pin] : {std::pair{"Lan", "1111"}, std::pair{"Wei", "1234"}}) {
        CAPTURE(name);
        pos.apply(Login{name, pin});
        CHECK(refused_with(pos, SetTarget{"Lan", "2026-11", 100000, 3}) == Errc::permission_denied);
        pos.apply(Logout{});
    }
    CHECK(db::targets_for_month(*st.conn, "2026-11").empty());
}

TEST_CASE("SetTarget refuses a bad month, a negative target and an unknown salesperson") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    CHECK(refused_with(pos, SetTarget{"Lan", "2026-13", 100000, 3}) == Errc::invalid_input);
    CHECK(refused_with(pos, SetTarget{"Lan", "11/2026", 100000, 3}) == Errc::invalid_input);
    CHECK(refused_with(pos, SetTarget{"Lan", "2026-11", -1, 3}) == Errc::invalid_input);
    CHECK(refused_with(pos, SetTarget{"Lan", "2026-11", 100000, -3}) == Errc::invalid_input);
    CHECK(refused_with(pos, SetTarget{"Nobody", "2026-11", 100000, 3}) == Errc::not_found);
    CHECK(db::targets_for_month(*st.conn, "2026-11").empty());
    for (const auto& e : db::journal::read(*st.conn, 0, 1000)) CHECK(e.kind != "target_set");
}

TEST_CASE("a manager sets a target: stored, journaled, and shown as progress with its cascade") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    const service::Outcome out = pos.apply(SetTarget{"Lan", "2026-11", 1'100'000, 11});
    CHECK(out.message == "target of Lan for 2026-11: 11000.00, 11 units");
    REQUIRE(out.find<service::event::TargetSet>() != nullptr);
    CHECK(out.find<service::event::TargetSet>()->month == "2026-11");
    pos.apply(SetTarget{"Lan", "2026-11", 1'100'000, 22});  // set again: replaced
    const auto rows = db::targets_for_month(*st.conn, "2026-11");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].units == 22);
    int journaled = 0;
    for (const auto& e : db::journal::read(*st.conn, 0, 1000)) journaled += e.kind == "target_set";
    CHECK(journaled == 2);

    // 2026-11-20: 11 days left in the month, nothing sold yet.
    const auto progress = pos.target_progress("2026-11");
    const auto* lan = find(progress, "Lan");
    REQUIRE(lan != nullptr);
    CHECK(lan->has_target);
    CHECK(lan->revenue_target == 1'100'000);
    CHECK(lan->revenue_done == 0);
    CHECK(lan->revenue_plan.selling_days_left == 11);
    CHECK(lan->revenue_plan.today == 100'000);
    CHECK(lan->units_plan.today == 2);
    CHECK(lan->units_plan.this_week == 6);  // Friday..Sunday
    const auto* olga = find(progress, "Olga");
    REQUIRE(olga != nullptr);
    CHECK_FALSE(olga->has_target);
    CHECK(find(progress, "Wei") == nullptr);  // cashiers without a target are not listed
    CHECK_THROWS_AS(pos.target_progress("2026-1"), pos::Error);

    pos.apply(Logout{});
    pos.apply(Login{"Lan", "1111"});
    const auto mine = pos.my_target();
    REQUIRE(mine.has_value());
    CHECK(mine->name == "Lan");
    CHECK(mine->revenue_plan.today == 100'000);
}

TEST_CASE("the period summary through the service: a sale counts for its salesperson's target") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    pos.apply(SetTarget{"Olga", "2026-11", 1'399'800, 4});
    const service::Outcome v = pos.apply(StartVisit{});
    pos.apply(LinkVisit{{v.id, ""}});
    pos.apply(Scan{"]E06901234567892"});
    pos.apply(AddTender{"cash", 699900, 699900, ""});
    pos.apply(CompleteSale{});
    const auto p = pos.period_summary("2026-11-01", "2026-11-30");
    CHECK(p.revenue == 699900);
    CHECK(p.days.size() == 30);
    const auto progress = pos.target_progress("2026-11");
    const auto* olga = find(progress, "Olga");
    REQUIRE(olga != nullptr);
    CHECK(olga->revenue_today == 699900);
    CHECK(olga->revenue_done == 699900);
    CHECK(olga->units_done == 1);
    CHECK(olga->revenue_plan.today == (1'399'800 + 10) / 11);  // sales of today do not lower today's share
    CHECK_THROWS_AS(pos.period_summary("2026-11-30", "2026-11-01"), pos::Error);
}
