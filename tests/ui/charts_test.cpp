#include <doctest/doctest.h>

#include <vector>

#include "ui/charts.h"
#include "ui/headless.h"

using pos::ui::chart::bar_length;
using pos::ui::chart::column_rects;
using pos::ui::chart::nice_axis_max;
using pos::ui::chart::percent_text;
using pos::ui::chart::Rect;

TEST_CASE("nice axis maxima are 1, 2, 2.5 or 5 times a power of ten, at least the data maximum") {
    CHECK(nice_axis_max(0.0) == 1.0);
    CHECK(nice_axis_max(-3.0) == 1.0);
    CHECK(nice_axis_max(1.0) == 1.0);
    CHECK(nice_axis_max(7.0) == 10.0);
    CHECK(nice_axis_max(13.0) == 20.0);
    CHECK(nice_axis_max(21.0) == 25.0);
    CHECK(nice_axis_max(26.0) == 50.0);
    CHECK(nice_axis_max(100.0) == 100.0);
    CHECK(nice_axis_max(101.0) == 200.0);
    CHECK(nice_axis_max(0.3) == doctest::Approx(0.5));
    for (double v : {0.7, 3.0, 9.99, 42.0, 999.0, 123456.0}) CHECK(nice_axis_max(v) >= v);
}

TEST_CASE("bar lengths are proportional, clamped, and zero for zero data or a zero axis") {
    CHECK(bar_length(5.0, 10.0, 200.0f) == doctest::Approx(100.0f));
    CHECK(bar_length(10.0, 10.0, 200.0f) == doctest::Approx(200.0f));
    CHECK(bar_length(2.5, 10.0, 200.0f) == doctest::Approx(50.0f));
    CHECK(bar_length(30.0, 10.0, 200.0f) == doctest::Approx(200.0f));
    CHECK(bar_length(0.0, 10.0, 200.0f) == 0.0f);
    CHECK(bar_length(-1.0, 10.0, 200.0f) == 0.0f);
    CHECK(bar_length(5.0, 0.0, 200.0f) == 0.0f);
    CHECK(bar_length(0.0, 0.0, 200.0f) == 0.0f);
}

TEST_CASE("columns share the rect, stand on its bottom and scale to the axis") {
    const Rect area{0.0f, 0.0f, 240.0f, 100.0f};
    const std::vector<double> values{0.0, 5.0, 10.0};
    const auto rects = column_rects(values, area, 0.5f, 10.0);
    REQUIRE(rects.size() == 3);
    CHECK(rects[0].x0 == doctest::Approx(20.0f));
    CHECK(rects[0].x1 == doctest::Approx(60.0f));
    CHECK(rects[0].height() == 0.0f);
    CHECK(rects[1].x0 == doctest::Approx(100.0f));
    CHECK(rects[1].y0 == doctest::Approx(50.0f));
    CHECK(rects[1].y1 == doctest::Approx(100.0f));
    CHECK(rects[2].height() == doctest::Approx(100.0f));
    // Without an axis the nice maximum of the data is used: 7 -> axis 10.
    const auto auto_axis = column_rects({7.0}, area, 0.0f);
    REQUIRE(auto_axis.size() == 1);
    CHECK(auto_axis[0].height() == doctest::Approx(70.0f));
    CHECK(auto_axis[0].width() == doctest::Approx(240.0f));
    CHECK(column_rects({}, area, 0.2f).empty());
    const auto zeros = column_rects(std::vector<double>(24, 0.0), area, 0.2f);
    REQUIRE(zeros.size() == 24);
    for (const auto& r : zeros) CHECK(r.height() == 0.0f);
}

TEST_CASE("percentages have two decimals, round half up and show a dash for no base") {
    CHECK(percent_text(10, 30) == "33.33%");
    CHECK(percent_text(20, 30) == "66.67%");
    CHECK(percent_text(1, 8) == "12.50%");
    CHECK(percent_text(0, 5) == "0.00%");
    CHECK(percent_text(5, 5) == "100.00%");
    CHECK(percent_text(3, 0) == "—");
    CHECK(pos::ui::chart::bp_text(3333) == "33.33%");
    CHECK(pos::ui::chart::bp_text(-50) == "-0.50%");
}

TEST_CASE("charts draw empty, zero and real data without asserting and take vertical space") {
    pos::test::HeadlessUi ui;
    using namespace pos::ui::chart;
    float empty_h = 0.0f, bars_h = 0.0f;
    ui.frame([&] {
        ImGui::SetNextWindowPos({0, 0});
        ImGui::SetNextWindowSize({600, 700});
        ImGui::Begin("charts");
        float y = ImGui::GetCursorPosY();
        bar_chart("empty", {});
        empty_h = ImGui::GetCursorPosY() - y;
        bar_chart("zeros", {{"a", 0.0, 0.0, "0"}}, {Series::pair, "sold", "lost", {}, {}});
        y = ImGui::GetCursorPosY();
        bar_chart("bars", {{"a", 2.0, 6.0, "2/6"}, {"b", 0.0, 3.0, "0/3"}}, {Series::part, nullptr, nullptr, {}, {}});
        bars_h = ImGui::GetCursorPosY() - y;
        column_chart("none", {}, 100.0f);
        column_chart("zero", std::vector<double>(24, 0.0), 100.0f);
        column_chart("hours", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}, 100.0f);
        funnel_chart("none", {});
        funnel_chart("zero", {{"Visits", 0}, {"Sold", 0}});
        funnel_chart("real", {{"Visits", 30}, {"Sold", 10}});
        ImGui::End();
    });
    CHECK(empty_h >= 48.0f);
    CHECK(bars_h >= 2 * 30.0f);
}
