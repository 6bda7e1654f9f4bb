// The summary page's toolbar (day picker, Print, Export CSV) and its calendar.
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <string>

#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {
namespace {

std::string ymd_text(int y, int m, int d) {
    char b[40];  // room for any int: -Wformat-truncation at -O1
    std::snprintf(b, sizeof b, "%04d-%02d-%02d", y, m, d);
    return b;
}

bool parse_ymd(const std::string& s, int& y, int& m, int& d) { return std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) == 3; }

}  // namespace

void draw_summary_toolbar(const SummaryToolbarView& view, SummaryToolbarState& ui, intent::IntentSink& sink) {
    ProbeScope probe("summary");
    const std::string pick = std::string(tr("Pick a day")) + "###pick_day";
    if (touch_button(pick.c_str(), {0.0f, px(kMinTarget)}, ui.picking ? ButtonKind::selected : ButtonKind::normal)) {
        ui.picking = !ui.picking;
        ui.year = ui.month = 0;
    }
    ImGui::SameLine();
    if (touch_button((std::string(tr("Print")) + "###print").c_str(), {0.0f, px(kMinTarget)})) sink.push(intent::PrintSummary{view.day});
    ImGui::SameLine();
    if (touch_button((std::string(tr("Export CSV")) + "###export").c_str(), {0.0f, px(kMinTarget)}))
        sink.push(intent::ExportSummary{view.day, view.export_path});
    ImGui::SameLine();
    // Text after a button on the same line is already lowered by the frame padding.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (px(kMinTarget) - ImGui::GetTextLineHeight()) * 0.5f - ImGui::GetStyle().FramePadding.y);
    ImGui::TextColored(palette::text_dim, "%s", view.day.c_str());
    draw_feedback(view.feedback);
}

void draw_day_picker(const SummaryToolbarView& view, SummaryToolbarState& ui) {
    using namespace std::chrono;
    ProbeScope probe("summary/calendar");
    int ty = 0, tm = 0, td = 0, dy = 0, dm = 0, dd = 0;
    if (!parse_ymd(view.today, ty, tm, td) || !parse_ymd(view.day, dy, dm, dd)) return;
    if (ui.year == 0) {
        ui.year = dy;
        ui.month = dm;
    }
    const ImVec2 key{px(96.0f), px(56.0f)};
    const ImGuiStyle& style = ImGui::GetStyle();
    const float row_y = ImGui::GetCursorPosY();
    if (touch_button("<###prev_month", {key.x, key.y})) {
        if (--ui.month == 0) ui.month = 12, --ui.year;
    }
    ImGui::SameLine();
    {
        FontScope big(large_font());
        char title[16];
        std::snprintf(title, sizeof title, "%04d-%02d", ui.year, ui.month);
        const float w = key.x * 5.0f + style.ItemSpacing.x * 4.0f;
        const float tw = ImGui::CalcTextSize(title).x;
        const float x = ImGui::GetCursorPosX();
        ImGui::SetCursorPosX(x + (w - tw) * 0.5f);
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (key.y - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(title);
        ImGui::SameLine(x + w + style.ItemSpacing.x);
        ImGui::SetCursorPosY(row_y);
    }
    const bool future_month = ui.year > ty || (ui.year == ty && ui.month >= tm);
    if (touch_button(">###next_month", {key.x, key.y}, ButtonKind::normal, !future_month)) {
        if (++ui.month == 13) ui.month = 1, ++ui.year;
    }
    const char* names[] = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    const float x0 = ImGui::GetCursorPosX();
    for (int i = 0; i < 7; ++i) {
        if (i) ImGui::SameLine(x0 + static_cast<float>(i) * (key.x + style.ItemSpacing.x));
        ImGui::TextColored(palette::text_dim, "%s", names[i]);
    }
    const year_month_day first{year{ui.year}, month{static_cast<unsigned>(ui.month)}, day{1}};
    const int lead = static_cast<int>(weekday{sys_days{first}}.iso_encoding()) - 1;  // Monday = 0
    const int days = static_cast<int>(static_cast<unsigned>(year_month_day_last{year{ui.year}, month_day_last{month{static_cast<unsigned>(ui.month)}}}.day()));
    for (int d = 1; d <= days; ++d) {
        const int col = (lead + d - 1) % 7;
        if (col != 0 && d != 1) ImGui::SameLine(x0 + static_cast<float>(col) * (key.x + style.ItemSpacing.x));
        if (d == 1 && col != 0) {
            ImGui::SetCursorPosX(x0 + static_cast<float>(col) * (key.x + style.ItemSpacing.x));
        }
        const std::string text = ymd_text(ui.year, ui.month, d);
        const bool future = text > view.today;
        const std::string label = std::to_string(d) + "###" + std::to_string(d);
        if (touch_button(label.c_str(), key, text == view.day ? ButtonKind::selected : ButtonKind::normal, !future)) {
            ui.picked = text;
            ui.picking = false;
        }
    }
}

}  // namespace pos::ui::admin
