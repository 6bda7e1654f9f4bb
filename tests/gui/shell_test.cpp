// The app shell end to end in a headless ImGui context on a real store: every step is a tap on
// a probed target, applied by the shell as in the app; the outcome is read back from the store.
#include <doctest/doctest.h>

#include <filesystem>

#include "gui/shell_harness.h"

using pos::test::ShellHarness;

TEST_CASE("a guided visit from greeting to a printed sale, through the shell") {
    ShellHarness h;
    CHECK(h.shell.screen() == "login");
    h.login(1, "1111");
    REQUIRE(h.shell.screen() == "floor");
    CHECK(!h.has("nav/manager"));  // floor staff have no manager tab

    h.tap("floor/new");
    h.tap("floor/new/plus");
    h.tap("floor/new/source/be_back");
    h.tap("floor/new/start");
    REQUIRE(h.names("floor/visit/").size() == 1);
    h.tap("floor/stage/needs");
    const auto uses = h.names("floor/need/use/");
    REQUIRE(!uses.empty());
    h.tap(uses.front());
    h.tap("floor/tab/signals");
    const auto signals = h.names("floor/signal/");
    REQUIRE(signals.size() >= 2);
    h.tap(signals[0]);
    h.tap(signals[1]);
    h.tap("floor/tab/objections");
    h.tap("floor/objection/price");
    h.tap("floor/resolve/price");
    h.tap("floor/tab/close");
    const auto methods = h.names("floor/method/");
    REQUIRE(!methods.empty());
    h.tap(methods.front());
    h.tap("floor/accepted");
    h.tap("floor/checkout");
    CHECK(h.shell.screen() == "terminal");  // the visit is handed to the checkout
    CHECK(h.shell.message().empty());
    h.tap("nav/lock");
    REQUIRE(h.shell.screen() == "login");

    // The cashier finds the visit linked, scans the sofa (the wedge detector turns the scanner's
    // keys into a Scan intent before the frame) and takes cash.
    h.login(2, "1234");
    REQUIRE(h.shell.screen() == "terminal");
    h.sink.push(pos::intent::Scan{"]E06901234567892"});
    h.frames(2);
    REQUIRE(h.store.pos->cart().lines().size() == 1);
    h.tap("checkout/pay");
    h.tap("checkout/tender/quick/1");  // a round amount above the total
    h.tap("checkout/tender/finish");
    CHECK(h.shell.message().empty());
    CHECK(h.store.pos->cart().lines().empty());
    REQUIRE(h.store.pos->last_commit());

    const auto day = h.today();
    CHECK(day.traffic.visits == 1);
    CHECK(day.traffic.engaged == 1);
    CHECK(day.traffic.sold == 1);
    CHECK(day.sales_count == 1);
    CHECK(day.revenue == 699900);
    CHECK(!day.closing_methods.empty());
    CHECK(!day.signals.empty());
    // The virtual printer printed the receipt next to the store.
    CHECK(h.frames_until([&] {
        const auto dir = h.store.file("receipts");
        return std::filesystem::exists(dir) && !std::filesystem::is_empty(dir);
    }));
}

TEST_CASE("a lost visit cannot end without a reason; with one it is recorded as lost") {
    ShellHarness h;
    h.login(1, "1111");
    h.tap("floor/new");
    h.tap("floor/new/start");
    h.tap("floor/tab/not_sold");
    h.tap("floor/end_lost");  // no reason chosen: nothing is sent
    CHECK(h.names("floor/visit/").size() == 1);
    CHECK(h.today().traffic.lost == 0);
    const auto reasons = h.names("floor/lost/");
    REQUIRE(!reasons.empty());
    h.tap(reasons.front());
    h.tap("floor/end_lost");
    CHECK(h.names("floor/visit/").empty());
    const auto day = h.today();
    CHECK(day.traffic.lost == 1);
    REQUIRE(day.lost_reasons.size() == 1);
    CHECK("floor/lost/" + day.lost_reasons.front().code == reasons.front());
}

TEST_CASE("a wrong PIN says so and logs nobody in; the right one opens the role's home tab") {
    ShellHarness h;
    h.login(3, "1234");
    CHECK(h.shell.screen() == "login");
    CHECK(h.shell.message() == "Wrong PIN");
    h.login(3, "9999");
    CHECK(h.shell.screen() == "manager");
    CHECK(h.has("nav/floor"));
    CHECK(h.has("nav/terminal"));
    CHECK(h.has("nav/manager"));
    CHECK(h.shell.message().empty());
}

TEST_CASE("the terminal locks itself after three minutes without a touch") {
    ShellHarness h;
    h.login(2, "1234");
    REQUIRE(h.shell.screen() == "terminal");
    h.input = false;
    h.now = pos::gui::kAutoLockSeconds - 1.0;
    h.frames(2);
    CHECK(h.shell.screen() == "terminal");
    CHECK(h.lock_at == doctest::Approx(pos::gui::kAutoLockSeconds));  // the shell asks for a frame then
    h.now = pos::gui::kAutoLockSeconds + 0.5;
    h.frames(2);
    CHECK(h.shell.screen() == "login");
}

TEST_CASE("a touch restarts the auto-lock countdown") {
    ShellHarness h;
    h.login(1, "1111");
    h.input = false;
    h.now = 170.0;
    h.frames(1);
    h.input = true;
    h.frames(1);  // touched at 170 s
    h.input = false;
    h.now = 300.0;
    h.frames(2);
    CHECK(h.shell.screen() == "floor");
    h.now = 351.0;
    h.frames(2);
    CHECK(h.shell.screen() == "login");
}

TEST_CASE("a refused scan is shown in the session language with its code; a receipt's QR opens the return instead") {
    ShellHarness h(pos::Lang::ru);
    h.login(2, "1234");
    REQUIRE(h.shell.screen() == "terminal");
    h.sink.push(pos::intent::Scan{"4006381333931"});  // a valid EAN-13 the store does not sell
    h.frames(2);
    CHECK(h.shell.message().rfind("Нет в каталоге: 4006381333931", 0) == 0);
    h.sink.push(pos::intent::Scan{"4006381333932"});  // a wrong check digit
    h.frames(2);
    CHECK(h.shell.message().rfind("Штрихкод не распознан", 0) == 0);
    h.sink.push(pos::intent::Scan{"POS-R:000001"});  // the page looks the receipt up: no refusal shown
    h.frames(2);
    CHECK(h.shell.message().empty());
}

TEST_CASE("a product without a category is still in the catalog, under Other") {
    ShellHarness h;
    h.login(2, "1234");
    const auto cats = h.names("checkout/cat/");
    REQUIRE(cats.size() == 1);  // the test store's only product has no category
    h.tap(cats.front());
    h.tap("checkout/product/SOFA-1");
    CHECK(h.store.pos->cart().lines().size() == 1);
}

TEST_CASE("floor staff and managers have a Follow-ups tab after login; cashiers do not") {
    ShellHarness h;
    h.login(1, "1111");
    REQUIRE(h.shell.screen() == "floor");
    REQUIRE(h.has("nav/follow_ups"));
    h.tap("nav/follow_ups");
    CHECK(h.shell.screen() == "follow_ups");
    CHECK(h.has("follow_ups/team") == false);  // a salesperson sees only their own
    h.tap("nav/lock");
    h.login(2, "1234");
    REQUIRE(h.shell.screen() == "terminal");
    CHECK_FALSE(h.has("nav/follow_ups"));
    h.tap("nav/lock");
    h.login(3, "9999");
    REQUIRE(h.has("nav/follow_ups"));
    h.tap("nav/follow_ups");
    CHECK(h.shell.screen() == "follow_ups");
    CHECK(h.has("follow_ups/team"));  // everyone's, or only the manager's own
}

TEST_CASE("a saved customer file gives the app its texts once, for the font atlas") {
    ShellHarness h;
    h.login(3, "9999");
    CHECK(h.shell.take_new_texts().empty());
    pos::intent::SaveCustomer save;
    save.file.name = "黎明";
    save.file.phone = "0987654321";
    save.file.companions = "Мама";
    h.shell.apply({pos::intent::Intent{save}});
    CHECK(h.shell.message().empty());
    CHECK(h.shell.take_new_texts() == std::vector<std::string>{"黎明", "Мама"});
    CHECK(h.shell.take_new_texts().empty());
    h.shell.apply({pos::intent::Intent{pos::intent::SetLanguage{"ru"}}});
    CHECK(h.shell.take_new_texts().empty());
}
