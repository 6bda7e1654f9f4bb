// draw_checkout on hand-made views: the printing status answers (Retry / Skip) and the panels
// that need data the store fixture does not produce.
#include <doctest/doctest.h>

#include <variant>

#include "ui/checkout/checkout_view.h"
#include "ui/headless.h"

using pos::intent::IntentQueue;
using pos::test::HeadlessUi;

TEST_CASE("a failed receipt job offers Retry and Skip, which push RetryPrint and SkipPrint for that job") {
    HeadlessUi ui;
    pos::ui::CheckoutView view;
    view.last = pos::ui::ReceiptStatus{};
    view.last->receipt_no = 12;
    view.last->total = "¥100.00";
    view.last->print = pos::ui::PrintStatus::failed;
    view.last->job_id = 7;
    view.last->print_error = "paper out";
    pos::ui::CheckoutUiState state;
    state.panel = pos::ui::CheckoutPanel::done;
    IntentQueue sink;
    const HeadlessUi::Draw draw = [&] { pos::ui::draw_checkout(view, state, sink); };
    ui.frame(draw);
    ui.tap("checkout/done/retry", draw);
    auto intents = sink.take();
    REQUIRE(intents.size() == 1);
    REQUIRE(std::holds_alternative<pos::intent::RetryPrint>(intents[0]));
    CHECK(std::get<pos::intent::RetryPrint>(intents[0]).job_id == 7);
    ui.tap("checkout/done/skip", draw);
    intents = sink.take();
    REQUIRE(intents.size() == 1);
    REQUIRE(std::holds_alternative<pos::intent::SkipPrint>(intents[0]));
    CHECK(std::get<pos::intent::SkipPrint>(intents[0]).job_id == 7);

    view.last->print = pos::ui::PrintStatus::done;  // printed: no Retry / Skip
    ui.frame(draw);
    ui.frame(draw);
    CHECK(ui.probe().find("checkout/done/retry") == nullptr);
    CHECK(ui.probe().find("checkout/done/skip") == nullptr);
}

TEST_CASE("open visits are tiles in the link panel; a tap pushes LinkVisit for it") {
    HeadlessUi ui;
    pos::ui::CheckoutView view;
    view.open_visits = {{41, "#41 王小明 · Demo"}, {42, "#42 Anna · Needs"}};
    pos::ui::CheckoutUiState state;
    state.panel = pos::ui::CheckoutPanel::link;
    IntentQueue sink;
    const HeadlessUi::Draw draw = [&] { pos::ui::draw_checkout(view, state, sink); };
    ui.frame(draw);
    ui.tap("checkout/link/visit/42", draw);
    auto intents = sink.take();
    REQUIRE(intents.size() == 1);
    REQUIRE(std::holds_alternative<pos::intent::LinkVisit>(intents[0]));
    CHECK(std::get<pos::intent::LinkVisit>(intents[0]).visit.id == 42);
    for (char c : std::string("17")) ui.tap(std::string("checkout/link/customer/") + c, draw);
    ui.tap("checkout/link/customer/ok", draw);
    intents = sink.take();
    REQUIRE(intents.size() == 1);
    REQUIRE(std::holds_alternative<pos::intent::LinkCustomer>(intents[0]));
    CHECK(std::get<pos::intent::LinkCustomer>(intents[0]).customer_id == 17);
}
