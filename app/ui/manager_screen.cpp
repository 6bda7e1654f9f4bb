#include "ui/manager_screen.h"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/sale/tender_kind.h"
#include "ui/login_screen.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

void section_title(const char* title) {
    ImGui::Dummy({0.0f, px(10.0f)});
    FontScope big(large_font());
    ImGui::TextColored(palette::text, "%s", title);
}

void kpi_tiles(const ManagerKpis& k) {
    const std::pair<const char*, const std::string*> tiles[] = {
        {tr("Visits"), &k.visits},
        {tr("Conversion"), &k.conversion},
        {tr("Revenue"), &k.revenue},
        {tr("Average ticket"), &k.average_ticket},
        {tr("Items per ticket"), &k.items_per_ticket},
    };
    ImGui::PushStyleColor(ImGuiCol_TableRowBg, palette::panel);
    if (ImGui::BeginTable("##kpis", 5, ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchSame)) {
        for (const auto& [label, value] : tiles) {
            ImGui::TableNextColumn();
            ImGui::PushStyleColor(ImGuiCol_Text, palette::text_dim);
            ImGui::TextWrapped("%s", label);
            ImGui::PopStyleColor();
            FontScope big(large_font());
            ImGui::TextWrapped("%s", value->c_str());
        }
        ImGui::EndTable();
    }
    ImGui::PopStyleColor();
}

// A tender kind's stored name in the staff's language; an unknown name is shown as is.
const char* tender_label(const std::string& kind) {
    const TenderKindInfo* k = tender_kinds.find(kind);
    return k != nullptr ? tr(k->label_msgid) : kind.c_str();
}

void label_value(const char* label, const std::string& value, const ImVec4& color = palette::text) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextColored(palette::text_dim, "%s", label);
    ImGui::TableNextColumn();
    ImGui::TextColored(color, "%s", value.c_str());
}

void exceptions_and_cash(const ManagerSummaryView& v) {
    section_title(tr("Exceptions"));
    if (ImGui::BeginTable("##exceptions", 2, ImGuiTableFlags_SizingStretchProp)) {
        label_value(tr("Voids"), std::to_string(v.voids));
        label_value(tr("Refunds"), std::to_string(v.refunds));
        label_value(tr("Manager overrides"), std::to_string(v.overrides));
        label_value(tr("No-sale drawer opens"), std::to_string(v.no_sale_opens));
        ImGui::EndTable();
    }
    section_title(tr("Cash drawer"));
    if (ImGui::BeginTable("##cash", 2, ImGuiTableFlags_SizingStretchProp)) {
        label_value(tr("Expected"), v.cash.expected);
        label_value(tr("Counted"), v.cash.counted);
        label_value(tr("Variance"), v.cash.variance, v.cash.variance_alert ? palette::danger : palette::text);
        if (!v.cash.closed_by.empty()) label_value(tr("Closed by"), v.cash.closed_by);
        ImGui::EndTable();
    }
}

void staff_table(const std::vector<ManagerStaffLine>& staff) {
    section_title(tr("Staff"));
    if (staff.empty()) {
        ImGui::TextColored(palette::text_dim, "%s", tr("No data"));
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##staff", 6, flags)) return;
    ImGui::TableSetupColumn(tr("Name"), ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn(tr("Visits"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("Sold"), ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn(tr("Conversion"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::TableSetupColumn(tr("Revenue"), ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn(tr("Sales rung up"), ImGuiTableColumnFlags_WidthStretch, 1.4f);
    ImGui::PushStyleColor(ImGuiCol_Text, palette::text_dim);
    ImGui::TableHeadersRow();
    ImGui::PopStyleColor();
    const float row_h = px(40.0f);
    for (const auto& s : staff) {
        ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.name.c_str());
        ImGui::SameLine();
        ImGui::TextColored(palette::text_dim, "%s", role_label(s.role));
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.visits);
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.sold);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.conversion.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(s.revenue.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d", s.sales);
    }
    ImGui::EndTable();
}

void header(const ManagerSummaryView& view, ManagerUiState& ui) {
    const ImVec2 button{px(72.0f), px(56.0f)};
    const float row_y = ImGui::GetCursorPosY();
    // Text of `height` centred on the button row.
    const auto center_y = [&](float height) { ImGui::SetCursorPosY(row_y + (button.y - height) * 0.5f); };
    if (touch_button("←###prev_day", button)) --ui.day_offset;
    ImGui::SameLine();
    {
        FontScope big(large_font());
        center_y(ImGui::GetTextLineHeight());
        ImGui::Text("%s  %s", tr("Day summary"), view.day.c_str());
    }
    ImGui::SameLine();
    ImGui::SetCursorPosY(row_y);
    if (touch_button("→###next_day", button, ButtonKind::normal, ui.day_offset < 0)) ++ui.day_offset;
    if (!view.store_name.empty()) {
        const float w = ImGui::CalcTextSize(view.store_name.c_str()).x;
        ImGui::SameLine(std::max(ImGui::GetCursorPosX() + px(16.0f), ImGui::GetWindowContentRegionMax().x - w));
        center_y(ImGui::GetTextLineHeight());
        ImGui::TextColored(palette::text_dim, "%s", view.store_name.c_str());
    }
    ImGui::SetCursorPosY(row_y + button.y + ImGui::GetStyle().ItemSpacing.y);
}

}  // namespace

void draw_manager_summary(const ManagerSummaryView& view, ManagerUiState& ui, [[maybe_unused]] intent::IntentSink& sink) {
    begin_screen("##manager");
    ProbeScope probe("manager");
    header(view, ui);
    ImGui::Separator();
    ImGui::BeginChild("summary", {0.0f, 0.0f}, false);
    kpi_tiles(view.kpis);

    const int columns = ImGui::GetContentRegionAvail().x >= px(700.0f) ? 2 : 1;
    if (ImGui::BeginTable("##grid", columns, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableNextColumn();
        section_title(tr("Visit funnel"));
        const char* steps[] = {tr("Visits"), tr("Engaged"), tr("Demos"), tr("Quotes"), tr("Sold")};
        std::vector<chart::FunnelStep> funnel;
        for (std::size_t i = 0; i < view.funnel.size(); ++i) funnel.push_back({steps[i], view.funnel[i]});
        chart::funnel_chart("funnel", funnel);

        ImGui::TableNextColumn();
        section_title(tr("Visits per hour"));
        chart::column_chart("hourly_visits", view.hourly_visits, px(110.0f));
        ImGui::TextColored(palette::text_dim, "%s", tr("Sales per hour"));
        chart::column_chart("hourly_sales", view.hourly_sales, px(90.0f));

        ImGui::TableNextColumn();
        section_title(tr("Closing methods"));
        chart::bar_chart("closing", view.closing, {chart::Series::part, tr("Accepted"), tr("Attempts"), {}, {}});

        ImGui::TableNextColumn();
        section_title(tr("Signals"));
        chart::bar_chart("signals", view.signals, {chart::Series::pair, tr("Sold"), tr("Lost"), {}, {}});

        ImGui::TableNextColumn();
        section_title(tr("Objections"));
        chart::bar_chart("objections", view.objections, {chart::Series::part, tr("Resolved"), tr("Raised"), {}, {}});

        ImGui::TableNextColumn();
        section_title(tr("Lost reasons"));
        chart::bar_chart("lost", view.lost_reasons, {chart::Series::one, nullptr, nullptr, palette::danger, {}});

        ImGui::TableNextColumn();
        section_title(tr("Tenders"));
        std::vector<chart::BarRow> tenders = view.tenders;
        for (auto& t : tenders) t.label = tender_label(t.label);
        chart::bar_chart("tenders", tenders);

        ImGui::TableNextColumn();
        exceptions_and_cash(view);
        ImGui::EndTable();
    }
    staff_table(view.staff);
    ImGui::Dummy({0.0f, px(24.0f)});
    drag_to_scroll();
    ImGui::EndChild();
    end_screen();
}

}  // namespace pos::ui
