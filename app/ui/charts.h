#pragma once
// Small touch-sized charts drawn with ImDrawList (Debian's ImGui 1.86 has no ImPlot):
// horizontal bars (one or two series), hourly columns and a sales funnel. The layout helpers
// in the first half are pure (no ImGui context needed) so tests can check the geometry.
#include <imgui.h>

#include <string>
#include <vector>

namespace pos::ui::chart {

// ---- pure layout helpers ------------------------------------------------------------

struct Rect {
    float x0 = 0.0f, y0 = 0.0f, x1 = 0.0f, y1 = 0.0f;
    float width() const noexcept { return x1 - x0; }
    float height() const noexcept { return y1 - y0; }
};

// The smallest 1, 2, 2.5 or 5 × 10^n that is >= max_value; 1 for zero, negative or empty data.
double nice_axis_max(double max_value) noexcept;
// Length of a bar for `value` on an axis of `axis_max` drawn `full` long; 0 for a zero or
// negative axis, clamped to [0, full].
float bar_length(double value, double axis_max, float full) noexcept;
// Bottom-aligned columns, one per value, in `area`; each slot leaves `gap` (fraction 0..1 of
// the slot width) empty. Heights are relative to axis_max (nice_axis_max of the data if 0).
std::vector<Rect> column_rects(const std::vector<double>& values, Rect area, float gap, double axis_max = 0.0);
// num/den as a percentage with two decimals ("33.33%"), half up; "—" when den <= 0.
std::string percent_text(long long num, long long den);
// Basis points as a percentage: 3333 -> "33.33%".
std::string bp_text(int bp);

// ---- drawing ----------------------------------------------------------------------------

// How the optional second value of a bar row is shown.
enum class Series {
    one,     // value only
    part,    // value is a part of second (accepted of attempts): second is the track behind
    pair,    // value and second side by side (sold vs lost)
};

struct BarRow {
    std::string label;
    double value = 0.0;
    double second = 0.0;
    std::string value_text;  // printed at the right end of the row
};

struct BarChartStyle {
    Series series = Series::one;
    const char* legend_value = nullptr;   // legend names for two series (translated), or none
    const char* legend_second = nullptr;
    ImVec4 value_color{};                 // zero alpha = palette default
    ImVec4 second_color{};
};

// Horizontal bar chart over the available width; "No data" when rows is empty or all zero.
void bar_chart(const char* id, const std::vector<BarRow>& rows, const BarChartStyle& style = {});

// Vertical columns (e.g. 24 hourly counts) with a label under every `label_every` column
// ("0", "3", ... for hours) and the axis maximum at the top left.
void column_chart(const char* id, const std::vector<double>& values, float height, int label_every = 3);

struct FunnelStep {
    std::string label;
    long long count = 0;
};
// Centered bars narrowing with the count, each with its count and its share of the first step.
void funnel_chart(const char* id, const std::vector<FunnelStep>& steps);

}  // namespace pos::ui::chart
