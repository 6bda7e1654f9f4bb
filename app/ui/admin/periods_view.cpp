// The manager's periods page: the period selector (day, week, month, custom from..to), the
// period's figures, revenue and conversion by day, the salespeople with their target progress,
// and the targets editor.
#include <imgui.h>

#include <algorithm>
#include <cstdio>
#include <string>

#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/charts.h"
#include "ui/keypad.h"
#include "ui/login_screen.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {
namespace {

using report::PeriodKind;

void section(const char* title) {
    ImGui::Dummy({0.0f, px(8.0f)});
    FontScope big(large_font());
    ImGui::TextColored(palette::text, "%s", title);
}

// Moves the range one period back (-1) or forward (+1).
void shift(PeriodsUiState& ui, int dir) {
    switch (ui.kind) {
    case PeriodKind::day:
    case PeriodKind::week: {
        const int n = ui.kind == PeriodKind::day ? 1 : 7;
        ui.from = report::add_days(ui.from, dir * n);
        ui.to = report::add_days(ui.to, dir * n);
        break;
    }
    case PeriodKind::month: {
        const std::string day = dir < 0 ? report::add_days(ui.from, -1) : report::add_days(ui.to, 1);
        const report::DayRange r = report::range_containing(PeriodKind::month, day);
        ui.from = r.from;
        ui.to = r.to;
        break;
    }
    case PeriodKind::custom: {
        const int n = report::day_count({ui.from, ui.to});
        ui.from = report::add_days(ui.from, dir * n);
        ui.to = report::add_days(ui.to, dir * n);
        break;
    }
    }
    ui.changed = true;
}

void selector(const PeriodsView& view, PeriodsUiState& ui) {
    const std::pair<PeriodKind, const char*> kinds[] = {
        {PeriodKind::day, "day"}, {PeriodKind::week, "week"}, {PeriodKind::month, "month"}, {PeriodKind::custom, "custom"}};
    const char* labels[] = {tr("Day"), tr("Week"), tr("Month"), tr("Custom")};
    const ImVec2 key{0.0f, px(kMinTarget)};  // fits the label (at least 48 px)
    const float row_y = ImGui::GetCursorPosY();
    for (std::size_t i = 0; i < std::size(kinds); ++i) {
        if (i) ImGui::SameLine();
        const std::string label = std::string(labels[i]) + "###" + kinds[i].second;
        if (touch_button(label.c_str(), key, ui.kind == kinds[i].first ? ButtonKind::selected : ButtonKind::normal) &&
            ui.kind != kinds[i].first) {
            ui.kind = kinds[i].first;
            if (ui.kind != PeriodKind::custom) {
                const report::DayRange r = report::range_containing(ui.kind, std::min(ui.to, view.today));
                ui.from = r.from;
                ui.to = r.to;
            }
            ui.changed = true;
        }
    }
    ImGui::SameLine(0.0f, px(24.0f));
    const ImVec2 arrow{px(64.0f), px(kMinTarget)};
    if (touch_button("<###prev", arrow)) shift(ui, -1);
    ImGui::SameLine();
    {
        FontScope big(large_font());
        ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (arrow.y - ImGui::GetTextLineHeight()) * 0.5f - ImGui::GetStyle().FramePadding.y);
        ImGui::Text("%s – %s", view.from.c_str(), view.to.c_str());
    }
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y);
    if (touch_button(">###next", arrow, ButtonKind::normal, view.to < view.today)) shift(ui, +1);
    if (ui.kind == PeriodKind::custom) {  // each end moves by a day
        const auto step = [&](const char* id, std::string& day, int dir, bool enabled) {
            if (touch_button(id, arrow, ButtonKind::normal, enabled)) {
                day = report::add_days(day, dir);
                ui.changed = true;
            }
        };
        ImGui::TextColored(palette::text_dim, "%s", tr("From"));
        ImGui::SameLine();
        step("-###from_prev", ui.from, -1, true);
        ImGui::SameLine();
        step("+###from_next", ui.from, +1, ui.from < ui.to);
        ImGui::SameLine(0.0f, px(24.0f));
        ImGui::TextColored(palette::text_dim, "%s", tr("To"));
        ImGui::SameLine();
        step("-###to_prev", ui.to, -1, ui.from < ui.to);
        ImGui::SameLine();
        step("+###to_next", ui.to, +1, ui.to < view.today);
    }
}

void pairs_table(const char* id, const std::vector<std::pair<std::string, std::string>>& rows, int columns) {
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, palette::panel);
    if (ImGui::BeginTable(id, columns, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame)) {
        for (const auto& [label, value] : rows) {
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, palette::text_dim);
            ImGui::TextWrapped("%s", label.c_str());
            ImGui::PopStyleColor();
            FontScope big(large_font());
            ImGui::TextWrapped("%s", value.c_str());
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleColor();
}

void progress_bar(float fraction) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = px(10.0f);
    ImDrawList* d = ImGui::GetWindowDrawList();
    d->AddRectFilled(p, {p.x + w, p.y + h}, ImGui::GetColorU32(palette::button), h * 0.5f);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0.0f)
        d->AddRectFilled(p, {p.x + w * f, p.y + h}, ImGui::GetColorU32(fraction >= 1.0f ? palette::accent_pressed : palette::accent), h * 0.5f);
    ImGui::Dummy({w, h});
}

void people_table(const PeriodsView& view, PeriodsUiState& ui) {
    section(tr("Salespeople"));
    ImGui::TextColored(palette::text_dim, "%s %s", tr("Targets for"), view.month.c_str());
    if (view.people.empty()) {
        ImGui::TextColored(palette::text_dim, "%s", tr("No data"));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##people", 7, flags)) return;
    ImGui::TableSetupColumn(tr("Name"), ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(tr("Visits"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("Sold"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(tr("Revenue"), ImGuiTableColumnFlags_WidthStretch, 1.8f);
    ImGui::TableSetupColumn(tr("Units"), ImGuiTableColumnFlags_WidthStretch, 0.9f);
    ImGui::TableSetupColumn(tr("Month target"), ImGuiTableColumnFlags_WidthStretch, 2.8f);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::text_dim);
    ImGui::TableHeadersRow();
    ImGui::PopStyleColor();
    for (const PeriodSalesLine& p : view.people) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, px(kMinTarget + 8.0f));
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.name.c_str());
        ImGui::TextColored(palette::text_dim, "%s", role_label(p.role));
        ImGui::TableNextColumn();
        ImGui::Text("%d", p.visits);
        ImGui::TableNextColumn();
        ImGui::Text("%d", p.sold);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(p.revenue.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", p.units);
        ImGui::TableNextColumn();
        if (p.has_target) {
            ImGui::Text("%s / %s", p.month_done.c_str(), p.target.c_str());
            progress_bar(p.progress);
            if (!p.today.empty()) ImGui::TextColored(palette::text_dim, "%s %s", tr("Today"), p.today.c_str());
        } else {
            ImGui::TextColored(palette::text_dim, "%s", tr("No target"));
        }
        ImGui::TableNextColumn();
        const std::string label = std::string(tr("Set target")) + "###set/" + std::to_string(p.staff_id);
        if (touch_button(label.c_str(), {-1.0f, px(kMinTarget)}, ui.editing == p.staff_id ? ButtonKind::selected : ButtonKind::normal)) {
            ui.editing = ui.editing == p.staff_id ? 0 : p.staff_id;
            ui.field = 0;
            ui.revenue_digits.clear();
            ui.units_digits.clear();
        }
    }
    ImGui::EndTable();
}

// The keypad for the target being typed: revenue (whole major units), then units.
void target_editor(const PeriodsView& view, PeriodsUiState& ui, intent::IntentSink& sink) {
    const PeriodSalesLine* who = nullptr;
    for (const auto& p : view.people)
        if (p.staff_id == ui.editing) who = &p;
    if (!who) {
        ui.editing = 0;
        return;
    }
    ProbeScope probe("target");
    section((std::string(tr("Set target")) + ": " + who->name + "  " + view.month).c_str());
    const ImVec2 field{px(220.0f), px(kMinTarget)};
    const std::string rev = std::string(tr("Revenue")) + ": " + (ui.revenue_digits.empty() ? "—" : ui.revenue_digits) + "###revenue";
    if (touch_button(rev.c_str(), field, ui.field == 0 ? ButtonKind::selected : ButtonKind::normal)) ui.field = 0;
    ImGui::SameLine();
    const std::string units = std::string(tr("Units")) + ": " + (ui.units_digits.empty() ? "—" : ui.units_digits) + "###units";
    if (touch_button(units.c_str(), field, ui.field == 1 ? ButtonKind::selected : ButtonKind::normal)) ui.field = 1;
    KeypadOptions o;
    o.max_digits = ui.field == 0 ? 12 : 6;
    o.ok_label = ui.field == 0 ? tr("Next") : tr("Save target");
    o.ok_enabled = !(ui.field == 0 ? ui.revenue_digits : ui.units_digits).empty();
    o.size = {px(300.0f), px(300.0f)};
    if (numeric_keypad("pad", ui.field == 0 ? ui.revenue_digits : ui.units_digits, o) == KeypadResult::ok) {
        if (ui.field == 0) {
            ui.field = 1;
        } else if (!ui.revenue_digits.empty()) {
            Minor revenue = std::stoll(ui.revenue_digits);
            for (int k = 0; k < view.currency_exponent; ++k) revenue *= 10;
            sink.push(intent::SetTarget{std::to_string(ui.editing), view.month, revenue, std::stoll(ui.units_digits)});
            ui.editing = 0;
        } else {
            ui.field = 0;
        }
    }
    if (touch_button((std::string(tr("Cancel")) + "###cancel").c_str(), {px(300.0f), px(kMinTarget)})) ui.editing = 0;
}

}  // namespace

void draw_periods(const PeriodsView& view, PeriodsUiState& ui, intent::IntentSink& sink) {
    begin_screen("##periods");
    ProbeScope probe("admin");
    ProbeScope page("periods");
    selector(view, ui);
    draw_feedback(view.feedback);
    ImGui::Separator();
    if (ui.editing) {  // the targets editor replaces the figures while a target is typed
        target_editor(view, ui, sink);
        end_screen();
        return;
    }
    ImGui::BeginChild("period_body", {0.0f, 0.0f}, false);
    pairs_table("##period_kpis", view.kpis, static_cast<int>(std::max<std::size_t>(1, view.kpis.size())));
    people_table(view, ui);
    const int columns = ImGui::GetContentRegionAvail().x >= px(700.0f) ? 2 : 1;
    if (ImGui::BeginTable("##period_grid", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableNextColumn();
        section(tr("Revenue by day"));
        chart::column_chart("revenue_by_day", view.revenue_by_day, px(120.0f), std::max(1, static_cast<int>(view.revenue_by_day.size()) / 6));
        ImGui::TableNextColumn();
        section(tr("Conversion by day"));
        chart::column_chart("conversion_by_day", view.conversion_by_day, px(120.0f), std::max(1, static_cast<int>(view.conversion_by_day.size()) / 6));
        ImGui::EndTable();
    }
    section(tr("Orders and customers"));
    pairs_table("##period_details", view.details, 3);
    ImGui::Dummy({0.0f, px(24.0f)});
    drag_to_scroll();
    ImGui::EndChild();
    end_screen();
}

}  // namespace pos::ui::admin
