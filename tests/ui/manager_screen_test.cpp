#include <doctest/doctest.h>

#include <imgui_internal.h>

#include <string>

#include "core/intents/intents.h"
#include "core/sale/money.h"
#include "ui/headless.h"
#include "ui/manager_screen.h"

using pos::intent::IntentQueue;
using pos::test::HeadlessUi;

namespace {

pos::report::DaySummary sample_day() {
    pos::report::DaySummary s;
    s.day = "2026-11-20";
    s.store_name = "Showroom Hà Nội";
    s.currency = "USD";
    s.traffic = {30, 24, 18, 12, 10, 14, 4, 2};
    s.sales_count = 8;
    s.gross_sales = 1000000;
    s.refunds_total = 50000;
    s.revenue = 950000;
    s.items_sold = 20;
    s.staff = {{7, "Anna", "floor", 12, 5, 0, 600000}, {8, "王小明", "cashier", 0, 0, 8, 0}};
    s.closing_methods = {{"assumptive", "Assumptive close", 6, 2}, {"summary", "Summary close", 0, 0}};
    s.signals = {{"asks_price", "Asks about price", 4, 1}};
    s.objections = {{"price", "Price", 3, 0}};
    s.lost_reasons = {{"price", "Too expensive", 5}};
    s.hourly_visits[10] = 7;
    s.hourly_visits[15] = 3;
    s.hourly_sales[16] = 2;
    s.tenders = {{"cash", 3, 250000}, {"card", 5, 700000}};
    s.voids = 2;
    s.refund_count = 1;
    s.overrides = {{0, "void_line", "Anna", "Hương", "damaged", ""}};
    s.cash.expected = 20000;
    s.cash.counted = 19500;
    s.cash.variance = -500;
    s.cash.closed_by = "Hương";
    return s;
}

struct ManagerFixture {
    explicit ManagerFixture(pos::Lang lang = pos::Lang::en, ImVec2 display = {1024, 768})
        : ui(lang, display), view(pos::ui::make_manager_summary_view(sample_day(), lang)) {
        draw = [this] { pos::ui::draw_manager_summary(view, state, sink); };
        ui.frame(draw);
        ui.frame(draw);
    }
    HeadlessUi ui;
    pos::ui::ManagerSummaryView view;
    pos::ui::ManagerUiState state;
    IntentQueue sink;
    HeadlessUi::Draw draw;
};

}  // namespace

TEST_CASE("the view builder formats the day summary exactly") {
    const auto v = pos::ui::make_manager_summary_view(sample_day(), pos::Lang::en);
    CHECK(v.day == "2026-11-20");
    CHECK(v.kpis.visits == "30");
    CHECK(v.kpis.conversion == "33.33%");
    CHECK(v.kpis.revenue == "$9,500.00");
    CHECK(v.kpis.average_ticket == "$1,250.00");
    CHECK(v.kpis.items_per_ticket == "2.50");
    CHECK(v.funnel == std::array<long long, 5>{30, 24, 18, 12, 10});
    REQUIRE(v.hourly_visits.size() == 24);
    CHECK(v.hourly_visits[10] == 7.0);
    CHECK(v.hourly_sales[16] == 2.0);
    REQUIRE(v.closing.size() == 2);
    CHECK(v.closing[0].label == "Assumptive close");
    CHECK(v.closing[0].value == 2.0);
    CHECK(v.closing[0].second == 6.0);
    CHECK(v.closing[0].value_text == "2/6 · 33.33%");
    CHECK(v.closing[1].value_text == "0/0 · —");
    REQUIRE(v.signals.size() == 1);
    CHECK(v.signals[0].value_text == "4 / 1");
    CHECK(v.objections[0].value_text == "0/3 · 0.00%");
    CHECK(v.lost_reasons[0].value_text == "5");
    REQUIRE(v.tenders.size() == 2);
    CHECK(v.tenders[1].label == "card");
    CHECK(v.tenders[1].value_text == "5 · $7,000.00");
    REQUIRE(v.staff.size() == 2);
    CHECK(v.staff[0].conversion == "41.67%");
    CHECK(v.staff[0].revenue == "$6,000.00");
    CHECK(v.staff[1].conversion == "—");
    CHECK(v.staff[1].sales == 8);
    CHECK(v.voids == 2);
    CHECK(v.refunds == 1);
    CHECK(v.overrides == 1);
    CHECK(v.cash.expected == "$200.00");
    CHECK(v.cash.counted == "$195.00");
    CHECK(v.cash.variance == pos::format_money(-500, pos::currency("USD"), pos::Lang::en));
    CHECK(v.cash.variance_alert);
    CHECK(v.cash.closed_by == "Hương");
}

TEST_CASE("money follows the language; an open day shows dashes and no alert; no visits means no rate") {
    auto s = sample_day();
    s.currency = "VND";
    s.cash.counted.reset();
    s.cash.variance.reset();
    const auto ru = pos::ui::make_manager_summary_view(s, pos::Lang::ru);
    CHECK(ru.kpis.revenue == pos::format_money(950000, pos::currency("VND"), pos::Lang::ru));
    CHECK(ru.cash.counted == "—");
    CHECK(ru.cash.variance == "—");
    CHECK(!ru.cash.variance_alert);
    s.cash.counted = 20000;
    s.cash.variance = 0;
    CHECK(!pos::ui::make_manager_summary_view(s, pos::Lang::vi).cash.variance_alert);
    const auto empty = pos::ui::make_manager_summary_view(pos::report::DaySummary{}, pos::Lang::en);
    CHECK(empty.kpis.visits == "0");
    CHECK(empty.kpis.conversion == "—");
    CHECK(empty.kpis.items_per_ticket == "0.00");
    CHECK(empty.closing.empty());
}

TEST_CASE("the day buttons move day_offset back and forward but never into the future, emitting nothing") {
    ManagerFixture f;
    CHECK(f.state.day_offset == 0);
    f.ui.tap("manager/next_day", f.draw);
    CHECK(f.state.day_offset == 0);
    f.ui.tap("manager/prev_day", f.draw);
    f.ui.tap("manager/prev_day", f.draw);
    CHECK(f.state.day_offset == -2);
    f.ui.tap("manager/next_day", f.draw);
    CHECK(f.state.day_offset == -1);
    CHECK(f.sink.peek().empty());
}

TEST_CASE("the summary draws in every language at both screen sizes with big, visible touch targets") {
    for (pos::Lang lang : pos::all_langs) {
        for (ImVec2 display : {ImVec2{1024, 768}, ImVec2{1920, 1080}}) {
            CAPTURE(pos::lang_code(lang));
            CAPTURE(display.x);
            ManagerFixture f(lang, display);
            const auto& items = f.ui.probe().items();
            REQUIRE(items.size() == 2);
            for (const auto& it : items) {
                CAPTURE(it.name);
                CHECK(it.width() >= 48.0f);
                CHECK(it.height() >= 48.0f);
                CHECK(it.min.x >= 0.0f);
                CHECK(it.min.y >= 0.0f);
                CHECK(it.max.x <= display.x);
                CHECK(it.max.y <= display.y);
            }
            CHECK(f.ui.item("manager/prev_day").max.x < f.ui.item("manager/next_day").min.x);
        }
    }
}

TEST_CASE("an empty day draws without dividing by zero") {
    HeadlessUi ui;
    const auto view = pos::ui::make_manager_summary_view(pos::report::DaySummary{}, pos::Lang::en);
    pos::ui::ManagerUiState state;
    IntentQueue sink;
    ui.frame([&] { pos::ui::draw_manager_summary(view, state, sink); });
    CHECK(ui.probe().find("manager/prev_day") != nullptr);
    CHECK(sink.peek().empty());
}

TEST_CASE("dragging the body scrolls it at 1024x768 and leaves the day unchanged") {
    ManagerFixture f;
    const auto body_scroll = [&] {
        float scroll = -1.0f;
        f.ui.frame([&] {
            f.draw();
            for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
                if (std::string(w->Name).find("/summary_") != std::string::npos) scroll = w->Scroll.y;
        });
        return scroll;
    };
    CHECK(body_scroll() == 0.0f);
    f.ui.drag({500.0f, 650.0f}, {500.0f, 250.0f}, 8, f.draw);
    CHECK(body_scroll() > 200.0f);
    CHECK(f.state.day_offset == 0);
    CHECK(f.sink.peek().empty());
}
