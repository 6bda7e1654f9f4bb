// The manager's periods page, tapped headlessly on a real store: the period selector, the
// salespeople with their targets, and the targets editor that sends SetTarget.
#include <doctest/doctest.h>

#include "admin_ui/page_harness.h"
#include "db/targets.h"

using namespace pos;
using namespace pos::intent;
using pos::test::PageHarness;
using pos::ui::admin::AdminPage;

namespace {

template <class T>
const T* last_of(const std::vector<Intent>& v) {
    for (auto it = v.rbegin(); it != v.rend(); ++it)
        if (const T* t = std::get_if<T>(&*it)) return t;
    return nullptr;
}

void type(PageHarness& h, const std::string& digits) {
    for (char c : digits) h.tap(std::string("admin/periods/target/pad/") + c);
    h.tap("admin/periods/target/pad/ok");
}

}  // namespace

TEST_CASE("periods: a target typed on the keypad is saved for the month shown") {
    PageHarness h;
    h.open(AdminPage::periods);
    // Lan (floor, id 1) is listed without a target; Wei (cashier) is not listed.
    REQUIRE(h.ui.probe().find("admin/periods/set/1") != nullptr);
    CHECK(h.ui.probe().find("admin/periods/set/2") == nullptr);
    h.tap("admin/periods/month");
    h.tap("admin/periods/set/1");
    CHECK(h.ui.probe().find("admin/periods/target/pad/ok") != nullptr);
    type(h, "5000");   // revenue in whole yuan
    type(h, "12");     // units
    const auto* t = last_of<SetTarget>(h.applied);
    REQUIRE(t != nullptr);
    CHECK(t->staff == "1");
    CHECK(t->month == "2026-11");
    CHECK(t->revenue == 500000);
    CHECK(t->units == 12);
    CHECK(h.refusals.empty());
    CHECK(h.page.feedback().text == "Target saved 2026-11");
    const auto rows = db::targets_for_month(*h.store.conn, "2026-11");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].revenue == 500000);
    CHECK(h.ui.probe().find("admin/periods/target/pad/ok") == nullptr);  // back to the figures
}

TEST_CASE("periods: the arrows move a month back, never past today; cancel sends nothing") {
    PageHarness h;
    h.open(AdminPage::periods);
    h.tap("admin/periods/month");
    h.tap("admin/periods/next");  // disabled: the month of today is shown
    h.tap("admin/periods/prev");
    h.tap("admin/periods/set/3");
    h.tap("admin/periods/target/cancel");
    CHECK(last_of<SetTarget>(h.applied) == nullptr);
    h.tap("admin/periods/set/3");
    type(h, "1");
    type(h, "0");
    const auto* t = last_of<SetTarget>(h.applied);
    REQUIRE(t != nullptr);
    CHECK(t->month == "2026-10");
    CHECK(t->units == 0);

    h.tap("admin/periods/custom");  // both ends of a custom range move by a day
    REQUIRE(h.ui.probe().find("admin/periods/from_prev") != nullptr);
    h.tap("admin/periods/from_prev");
    h.tap("admin/periods/day");
    CHECK(h.ui.probe().find("admin/periods/from_prev") == nullptr);
}

TEST_CASE("periods: a sale shows in the salesperson's revenue and the trend") {
    PageHarness h;
    auto& pos = *h.store.pos;
    const service::Outcome v = pos.apply(StartVisit{});
    pos.apply(LinkVisit{{v.id, ""}});
    pos.apply(AddItem{"SOFA-1", 1});
    pos.apply(AddTender{"cash", 699900, 699900, ""});
    pos.apply(CompleteSale{});
    h.open(AdminPage::periods);
    h.tap("admin/periods/set/3");
    type(h, "10000");
    type(h, "2");
    const auto progress = pos.target_progress("2026-11");
    bool found = false;
    for (const auto& p : progress)
        if (p.name == "Olga") {
            found = true;
            CHECK(p.revenue_done == 699900);
            CHECK(p.revenue_target == 1000000);
        }
    CHECK(found);
}
