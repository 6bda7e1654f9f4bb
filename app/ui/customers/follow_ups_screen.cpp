// My follow-ups: the salesperson's target progress (month, this week, today) on top, then the
// open follow-ups by bucket (overdue, today, upcoming), each with the customer and one tap per
// result; New appointment asks for the next day. A manager sees everyone's with the owner and
// can reassign one.
#include <imgui.h>

#include <algorithm>
#include <array>

#include "core/customer/follow_up.h"
#include "ui/checkout/checkout_parts.h"
#include "ui/customers/customer_views.h"
#include "ui/screen.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

using checkout::caption;
using checkout::row_height;
using checkout::share_row;
using checkout::title;
using checkout::with_id;

void draw_target(const FollowUpsView& view) {
    if (view.target.empty()) {
        caption(tr("No target set for this month."));
        return;
    }
    const float w = ImGui::GetContentRegionAvail().x;
    float label_w = 0.0f;
    for (const TargetLine& t : view.target) label_w = std::max(label_w, ImGui::CalcTextSize(t.label.c_str()).x);
    label_w += ImGui::GetStyle().WindowPadding.x + px(12.0f);  // SameLine's offset counts from the window's edge
    const float bar_w = std::clamp(w * 0.3f, px(120.0f), px(360.0f));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const TargetLine& t : view.target) {
        const float y = ImGui::GetCursorPosY();
        ImGui::TextColored(palette::text_dim, "%s", t.label.c_str());
        ImGui::SameLine(label_w);
        const ImVec2 min = ImGui::GetCursorScreenPos();
        const float bh = ImGui::GetTextLineHeight();
        draw->AddRectFilled(min, {min.x + bar_w, min.y + bh}, ImGui::ColorConvertFloat4ToU32(palette::button), px(4.0f));
        if (t.share > 0.0f)
            draw->AddRectFilled(min, {min.x + bar_w * std::clamp(t.share, 0.0f, 1.0f), min.y + bh},
                                ImGui::ColorConvertFloat4ToU32(palette::accent), px(4.0f));
        ImGui::Dummy({bar_w, bh});
        ImGui::SameLine();
        ImGui::TextUnformatted(t.text.c_str());
        ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), y + ImGui::GetTextLineHeightWithSpacing()));
    }
}

void result_chips(const FollowUpsView& view, const FollowUpRow& row, FollowUpsUiState& ui, intent::IntentSink& sink) {
    ChipFlow chips(row_height());
    if (ui.choosing_day == row.id) {
        for (const DateChip& d : view.next_days) {
            if (chips.chip(with_id(d.label, "day/" + d.date), ButtonKind::normal)) {
                sink.push(intent::RecordFollowUp{row.id, "new_appointment", "", d.date});
                ui.choosing_day = 0;
            }
        }
        if (chips.chip(with_id(tr("Cancel"), "cancel"), ButtonKind::normal)) ui.choosing_day = 0;
        return;
    }
    if (ui.reassigning == row.id) {
        for (const std::string& name : view.staff)
            if (chips.chip(with_id(name, "owner/" + name), name == row.owner ? ButtonKind::selected : ButtonKind::normal) && name != row.owner) {
                sink.push(intent::ReassignFollowUp{row.id, name});
                ui.reassigning = 0;
            }
        if (chips.chip(with_id(tr("Cancel"), "cancel"), ButtonKind::normal)) ui.reassigning = 0;
        return;
    }
    for (const FollowUpResultInfo& r : follow_up_results) {
        const std::string code(r.name);
        if (!chips.chip(with_id(tr(r.label_msgid), code), r.value == FollowUpResult::reached ? ButtonKind::primary : ButtonKind::normal))
            continue;
        if (r.value == FollowUpResult::new_appointment) ui.choosing_day = row.id;
        else sink.push(intent::RecordFollowUp{row.id, code, "", ""});
    }
    if (view.team && chips.chip(with_id(tr("Reassign"), "reassign"), ButtonKind::normal)) ui.reassigning = row.id;
}

void draw_row(const FollowUpsView& view, const FollowUpRow& row, FollowUpsUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe(std::to_string(row.id));
    const float w = ImGui::GetContentRegionAvail().x;
    std::string who = row.customer.empty() ? std::string(tr("No customer file")) : row.customer;
    if (!row.phone.empty()) who += "   " + row.phone;
    if (touch_button(with_id(who, "customer").c_str(), {std::min(w, std::max(px(200.0f), ImGui::CalcTextSize(who.c_str()).x + px(32.0f))), row_height()},
                     ButtonKind::normal, row.customer_id != 0))
        ui.show_file = row.customer_id;
    ImGui::SameLine();
    std::string facts = row.due;
    if (!row.reason.empty()) facts += "  ·  " + row.reason;
    if (view.team && !row.owner.empty()) facts += "  ·  " + row.owner;
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (row_height() - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextColored(palette::text_dim, "%s", facts.c_str());
    result_chips(view, row, ui, sink);
    ImGui::Separator();
}

void draw_bucket(const FollowUpsView& view, const char* heading, const std::vector<FollowUpRow>& rows, FollowUpsUiState& ui,
                 intent::IntentSink& sink, bool alarm) {
    {
        FontScope big(large_font());
        const std::string text = std::string(heading) + " (" + std::to_string(rows.size()) + ")";
        ImGui::TextColored(alarm && !rows.empty() ? palette::danger : palette::accent, "%s", text.c_str());
    }
    for (const FollowUpRow& row : rows) draw_row(view, row, ui, sink);
}

}  // namespace

void draw_follow_ups(const FollowUpsView& view, FollowUpsUiState& ui, intent::IntentSink& sink) {
    FontScope body(body_font());
    begin_screen("follow_ups");
    ProbeScope probe("follow_ups");
    const float h = row_height();
    const ImGuiStyle& style = ImGui::GetStyle();
    title(view.team ? tr("Everyone's follow-ups") : tr("My follow-ups"));
    if (!view.staff.empty()) {
        // A manager switches between everyone's and their own.
        const std::vector<std::string> labels{tr("Everyone's"), tr("Mine")};
        const float right = ImGui::GetWindowContentRegionMax().x;
        std::vector<float> widths = share_row(labels, std::min(px(420.0f), ImGui::GetContentRegionAvail().x * 0.5f));
        ImGui::SameLine(right - widths[0] - widths[1] - style.ItemSpacing.x);
        ImGui::SetCursorPosY(style.WindowPadding.y);
        if (touch_button(with_id(labels[0], "team").c_str(), {widths[0], h}, ui.team ? ButtonKind::selected : ButtonKind::normal)) ui.team = true;
        ImGui::SameLine();
        if (touch_button(with_id(labels[1], "mine").c_str(), {widths[1], h}, ui.team ? ButtonKind::normal : ButtonKind::selected)) ui.team = false;
    }
    draw_target(view);
    if (!ui.error.empty()) ImGui::TextColored(palette::danger, "%s", ui.error.c_str());
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("list", {0.0f, 0.0f}, true);
    if (view.overdue.empty() && view.today.empty() && view.upcoming.empty()) caption(tr("No open follow-ups."));
    draw_bucket(view, tr("Overdue"), view.overdue, ui, sink, true);
    draw_bucket(view, tr("Today"), view.today, ui, sink, false);
    draw_bucket(view, tr("Upcoming"), view.upcoming, ui, sink, false);
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    end_screen();
}

}  // namespace pos::ui
