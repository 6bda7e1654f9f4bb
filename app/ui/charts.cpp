#include "ui/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::chart {

double nice_axis_max(double max_value) noexcept {
    if (!(max_value > 0.0) || !std::isfinite(max_value)) return 1.0;
    const double base = std::pow(10.0, std::floor(std::log10(max_value)));
    for (double step : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (step * base >= max_value) return step * base;
    }
    return 10.0 * base;
}

float bar_length(double value, double axis_max, float full) noexcept {
    if (!(axis_max > 0.0) || !(value > 0.0) || full <= 0.0f) return 0.0f;
    const double len = value / axis_max * static_cast<double>(full);
    return static_cast<float>(std::min(len, static_cast<double>(full)));
}

std::vector<Rect> column_rects(const std::vector<double>& values, Rect area, float gap, double axis_max) {
    std::vector<Rect> out;
    if (values.empty()) return out;
    if (!(axis_max > 0.0)) axis_max = nice_axis_max(*std::max_element(values.begin(), values.end()));
    const float slot = area.width() / static_cast<float>(values.size());
    const float inset = slot * std::clamp(gap, 0.0f, 0.9f) * 0.5f;
    out.reserve(values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
        const float x = area.x0 + slot * static_cast<float>(i);
        const float h = bar_length(values[i], axis_max, area.height());
        out.push_back({x + inset, area.y1 - h, x + slot - inset, area.y1});
    }
    return out;
}

std::string percent_text(long long num, long long den) {
    if (den <= 0) return "—";
    const long long bp = (num * 10000 * 2 + den) / (den * 2);  // half up for num >= 0
    return bp_text(static_cast<int>(bp));
}

std::string bp_text(int bp) {
    char buf[32];
    const char* sign = bp < 0 ? "-" : "";
    const int a = bp < 0 ? -bp : bp;
    std::snprintf(buf, sizeof buf, "%s%d.%02d%%", sign, a / 100, a % 100);
    return buf;
}

namespace {

ImU32 col(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }
ImU32 col_or(const ImVec4& c, const ImVec4& fallback) { return col(c.w > 0.0f ? c : fallback); }

// A rounded bar from x0 to x0 + len; nothing for a zero length (no sliver for zero data).
void bar(ImDrawList* dl, float x0, float y0, float len, float y1, ImU32 c) {
    if (len > 0.5f) dl->AddRectFilled({x0, y0}, {x0 + len, y1}, c, std::min(px(3.0f), len * 0.5f));
}

const ImVec4 kSecond{0.592f, 0.706f, 0.831f, 1.0f};  // accent, lightened: the second series

void text_at(ImDrawList* dl, ImVec2 pos, const ImVec4& color, const std::string& s, float clip_x = 1e9f) {
    const ImVec4 clip{pos.x, pos.y - 2.0f, clip_x, pos.y + ImGui::GetFontSize() + 2.0f};
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), pos, col(color), s.c_str(), nullptr, 0.0f, &clip);
}

// A framed "No data" box; returns true when it was drawn.
bool no_data(bool empty) {
    if (!empty) return false;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = px(48.0f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRect(p, {p.x + w, p.y + h}, col(palette::border), px(4.0f));
    const char* text = tr("No data");
    const ImVec2 ts = ImGui::CalcTextSize(text);
    dl->AddText({p.x + (w - ts.x) * 0.5f, p.y + (h - ts.y) * 0.5f}, col(palette::text_dim), text);
    ImGui::Dummy({w, h});
    return true;
}

void legend(const BarChartStyle& style, ImU32 a, ImU32 b) {
    if (style.legend_value == nullptr || style.legend_second == nullptr) return;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float sq = ImGui::GetFontSize() * 0.8f;
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float y = p.y + (ImGui::GetFontSize() - sq) * 0.5f;
    for (const auto& [name, c] : {std::pair{style.legend_value, a}, std::pair{style.legend_second, b}}) {
        dl->AddRectFilled({p.x, y}, {p.x + sq, y + sq}, c, px(2.0f));
        dl->AddText({p.x + sq + px(6.0f), p.y}, col(palette::text_dim), name);
        p.x += sq + px(6.0f) + ImGui::CalcTextSize(name).x + px(20.0f);
    }
    ImGui::Dummy({ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() + px(4.0f)});
}

}  // namespace

void bar_chart(const char* id, const std::vector<BarRow>& rows, const BarChartStyle& style) {
    ImGui::PushID(id);
    double max_value = 0.0;
    for (const auto& r : rows) max_value = std::max({max_value, r.value, style.series == Series::one ? 0.0 : r.second});
    if (no_data(rows.empty() || max_value <= 0.0)) {
        ImGui::PopID();
        return;
    }
    const ImU32 value_col = col_or(style.value_color, palette::accent);
    const ImU32 second_col = col_or(style.second_color, style.series == Series::pair ? palette::danger : kSecond);
    legend(style, value_col, second_col);

    const float width = ImGui::GetContentRegionAvail().x;
    float label_w = 0.0f, text_w = 0.0f;
    for (const auto& r : rows) {
        label_w = std::max(label_w, ImGui::CalcTextSize(r.label.c_str()).x);
        text_w = std::max(text_w, ImGui::CalcTextSize(r.value_text.c_str()).x);
    }
    const float gap = px(8.0f);
    label_w = std::min(label_w, width * 0.38f);
    text_w = std::min(text_w, width * 0.30f);
    const float bar_x0 = label_w + gap;
    const float bar_full = std::max(width - bar_x0 - gap - text_w, px(20.0f));
    const double axis = max_value;  // bars fill the width: the value text carries the number
    const float font = ImGui::GetFontSize();
    const float row_h = std::max(px(30.0f), font + px(8.0f)) + (style.series == Series::pair ? px(10.0f) : 0.0f);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        const float y = origin.y + row_h * static_cast<float>(i);
        const float ty = y + (row_h - font) * 0.5f;
        text_at(dl, {origin.x, ty}, palette::text, r.label, origin.x + label_w);
        const float bx = origin.x + bar_x0;
        const float pad = px(5.0f);
        switch (style.series) {
        case Series::one:
            bar(dl, bx, y + pad, bar_length(r.value, axis, bar_full), y + row_h - pad, value_col);
            break;
        case Series::part:
            bar(dl, bx, y + pad, bar_length(r.second, axis, bar_full), y + row_h - pad, second_col);
            bar(dl, bx, y + pad, bar_length(r.value, axis, bar_full), y + row_h - pad, value_col);
            break;
        case Series::pair: {
            const float mid = y + row_h * 0.5f;
            bar(dl, bx, y + pad, bar_length(r.value, axis, bar_full), mid - px(1.0f), value_col);
            bar(dl, bx, mid + px(1.0f), bar_length(r.second, axis, bar_full), y + row_h - pad, second_col);
            break;
        }
        }
        text_at(dl, {bx + bar_full + gap, ty}, palette::text_dim, r.value_text, origin.x + width);
    }
    ImGui::Dummy({width, row_h * static_cast<float>(rows.size())});
    ImGui::PopID();
}

void column_chart(const char* id, const std::vector<double>& values, float height, int label_every) {
    ImGui::PushID(id);
    const double max_value = values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
    if (no_data(max_value <= 0.0)) {
        ImGui::PopID();
        return;
    }
    const double axis = nice_axis_max(max_value);
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float font = ImGui::GetFontSize();
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", axis);
    const float axis_w = ImGui::CalcTextSize(buf).x + px(6.0f);
    const Rect area{p.x + axis_w, p.y + font * 0.5f, p.x + width, p.y + height - font - px(4.0f)};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddText({p.x, p.y}, col(palette::text_dim), buf);
    dl->AddText({p.x + axis_w - ImGui::CalcTextSize("0").x - px(6.0f), area.y1 - font}, col(palette::text_dim), "0");
    dl->AddLine({area.x0, area.y0}, {area.x1, area.y0}, col(palette::border));
    dl->AddLine({area.x0, (area.y0 + area.y1) * 0.5f}, {area.x1, (area.y0 + area.y1) * 0.5f}, col(palette::border));
    const auto rects = column_rects(values, area, 0.25f, axis);
    for (const auto& r : rects) {
        if (r.height() > 0.0f) dl->AddRectFilled({r.x0, r.y0}, {r.x1, r.y1}, col(palette::accent), px(2.0f));
    }
    dl->AddLine({area.x0, area.y1}, {area.x1, area.y1}, col(palette::text_dim));
    const int every = std::max(label_every, 1);
    for (std::size_t i = 0; i < rects.size(); i += static_cast<std::size_t>(every)) {
        const std::string label = std::to_string(i);
        const float lw = ImGui::CalcTextSize(label.c_str()).x;
        const float cx = (rects[i].x0 + rects[i].x1) * 0.5f;
        dl->AddText({cx - lw * 0.5f, area.y1 + px(2.0f)}, col(palette::text_dim), label.c_str());
    }
    ImGui::Dummy({width, height});
    ImGui::PopID();
}

void funnel_chart(const char* id, const std::vector<FunnelStep>& steps) {
    ImGui::PushID(id);
    if (no_data(steps.empty() || steps.front().count <= 0)) {
        ImGui::PopID();
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float font = ImGui::GetFontSize();
    float label_w = 0.0f;
    for (const auto& s : steps) label_w = std::max(label_w, ImGui::CalcTextSize(s.label.c_str()).x);
    label_w = std::min(label_w, width * 0.45f);
    const float pct_w = ImGui::CalcTextSize("100.00%").x;
    const float gap = px(8.0f);
    const float bar_x0 = label_w + gap;
    const float bar_full = std::max(width - bar_x0 - gap - pct_w, px(40.0f));
    const float row_h = std::max(px(36.0f), font + px(12.0f));
    const double first = static_cast<double>(steps.front().count);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    for (std::size_t i = 0; i < steps.size(); ++i) {
        const auto& s = steps[i];
        const float y = origin.y + row_h * static_cast<float>(i);
        const float ty = y + (row_h - font) * 0.5f;
        text_at(dl, {origin.x, ty}, palette::text, s.label, origin.x + label_w);
        const float len = bar_length(static_cast<double>(s.count), first, bar_full);
        const float cx = origin.x + bar_x0 + bar_full * 0.5f;
        const ImVec4 c = i + 1 == steps.size() ? palette::accent : kSecond;
        if (len > 0.0f) dl->AddRectFilled({cx - len * 0.5f, y + px(3.0f)}, {cx + len * 0.5f, y + row_h - px(3.0f)}, col(c), px(3.0f));
        const std::string count = std::to_string(s.count);
        const float cw = ImGui::CalcTextSize(count.c_str()).x;
        const bool inside = cw + px(8.0f) < len;
        text_at(dl, {cx - cw * 0.5f, ty}, inside && i + 1 == steps.size() ? palette::on_accent : palette::text, count);
        text_at(dl, {origin.x + bar_x0 + bar_full + gap, ty}, palette::text_dim, percent_text(s.count, steps.front().count));
    }
    ImGui::Dummy({width, row_h * static_cast<float>(steps.size())});
    ImGui::PopID();
}

}  // namespace pos::ui::chart
