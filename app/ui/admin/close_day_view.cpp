// Close day: the cash count by denomination (± and keypad), the running counted total, the
// expected cash and the variance (red unless zero), then the manager's PIN and the Z report.
#include <imgui.h>

#include <algorithm>
#include <string>

#include "core/sale/money.h"
#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/keypad.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {
namespace {

void total_line(const char* label, const std::string& value, const ImVec4& color) {
    ImGui::TextColored(palette::text_dim, "%s", label);
    FontScope big(large_font());
    ImGui::TextColored(color, "%s", value.c_str());
}

void denomination_grid(const CloseDayView& view, CloseDayUiState& ui, float width) {
    ImGui::BeginChild("denominations", {width, 0.0f}, false);
    const ImVec2 small{px(56.0f), px(kMinTarget)};
    const Currency& cur = pos::currency(view.currency_code);
    for (const Denomination& d : view.denominations) {
        ImGui::PushID(static_cast<int>(d.value % 1000000007));
        ProbeScope probe(std::to_string(d.value));
        int& n = ui.counts[d.value];
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (small.y - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextUnformatted(d.label.c_str());
        ImGui::SameLine(px(130.0f));
        ImGui::SetCursorPosY(y);
        if (touch_button("-###minus", small, ButtonKind::normal, n > 0)) n = std::max(0, n - 1);
        ImGui::SameLine();
        const bool editing = ui.editing == d.value;
        const std::string count = (editing ? ui.digits : std::to_string(n)) + "###count";
        if (touch_button(count.c_str(), {px(88.0f), small.y}, editing ? ButtonKind::selected : ButtonKind::normal)) {
            ui.editing = editing ? 0 : d.value;
            ui.digits.clear();
        }
        ImGui::SameLine();
        if (touch_button("+###plus", small)) n = std::min(n + 1, 1000000);
        ImGui::SameLine();
        // Text after a button on the same line is already lowered by the frame padding.
        ImGui::SetCursorPosY(y + (small.y - ImGui::GetTextLineHeight()) * 0.5f - ImGui::GetStyle().FramePadding.y);
        ImGui::TextColored(palette::text_dim, "%s", format_money(checked_mul(d.value, n), cur, view.lang).c_str());
        ImGui::SetCursorPosY(y + small.y + ImGui::GetStyle().ItemSpacing.y);
        ImGui::PopID();
    }
    drag_to_scroll();
    ImGui::EndChild();
}

void pin_dialog(const CloseDayView& view, CloseDayUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("confirm");
    ImGui::TextWrapped("%s", tr("Enter your manager PIN to close the day and print the Z report"));
    ImGui::Text("%s  %s", view.manager.c_str(), std::string(ui.pin.size(), '*').c_str());
    KeypadOptions opts;
    opts.ok_label = tr("Close day");
    opts.ok_enabled = ui.pin.size() >= 4;
    if (numeric_keypad("pin", ui.pin, opts) == KeypadResult::ok) {
        intent::CloseDay c;
        c.date = view.day;
        for (const auto& [denom, pieces] : ui.counts)
            if (pieces > 0) c.counts[denom] = pieces;
        c.approval = intent::ManagerApproval{view.manager, ui.pin, "day close"};
        sink.push(std::move(c));
        ui.pin.clear();
        ui.confirming = false;
    }
    if (touch_button((std::string(tr("Cancel")) + "###cancel").c_str(), {px(96.0f) * 3.0f + ImGui::GetStyle().ItemSpacing.x * 2.0f, 0.0f})) {
        ui.pin.clear();
        ui.confirming = false;
    }
}

}  // namespace

Minor counted_total(const std::map<Minor, int>& counts) {
    Minor total = 0;
    for (const auto& [denom, pieces] : counts) total = checked_add(total, checked_mul(denom, pieces));
    return total;
}

void draw_close_day(const CloseDayView& view, CloseDayUiState& ui, intent::IntentSink& sink) {
    begin_screen("##admin_close");
    ProbeScope probe("admin");
    ProbeScope page("close");
    page_title((std::string(tr("Close day")) + "  " + view.day).c_str());
    if (view.closed) {
        ImGui::TextWrapped("%s", view.closed_text.c_str());
        draw_feedback(view.feedback);
        end_screen();
        return;
    }
    const Currency& cur = pos::currency(view.currency_code);
    const float right_w = px(96.0f) * 3.0f + ImGui::GetStyle().ItemSpacing.x * 2.0f + px(16.0f);
    const float grid_w = std::max(px(300.0f), ImGui::GetContentRegionAvail().x - right_w - ImGui::GetStyle().ItemSpacing.x);
    denomination_grid(view, ui, grid_w);
    ImGui::SameLine();
    ImGui::BeginChild("totals", {0.0f, 0.0f}, false);
    if (ui.confirming) {
        pin_dialog(view, ui, sink);
    } else if (ui.editing != 0) {
        ImGui::TextWrapped("%s", tr("Pieces"));
        KeypadOptions opts;
        opts.max_digits = 6;
        if (numeric_keypad("count", ui.digits, opts) == KeypadResult::ok) {
            ui.counts[ui.editing] = ui.digits.empty() ? 0 : std::stoi(ui.digits);
            ui.editing = 0;
            ui.digits.clear();
        }
    } else {
        const Minor counted = counted_total(ui.counts);
        const Minor variance = counted - view.expected;
        total_line(tr("Counted"), format_money(counted, cur, view.lang), palette::text);
        total_line(tr("Expected"), format_money(view.expected, cur, view.lang), palette::text);
        total_line(tr("Variance"), format_money(variance, cur, view.lang), variance == 0 ? palette::text : palette::danger);
        ImGui::Dummy({0.0f, px(8.0f)});
        if (touch_button((std::string(tr("Close day")) + "###close").c_str(), {ImGui::GetContentRegionAvail().x, px(64.0f)},
                         ButtonKind::primary))
            ui.confirming = true;
        if (touch_button((std::string(tr("Clear")) + "###reset").c_str(), {ImGui::GetContentRegionAvail().x, 0.0f},
                         ButtonKind::normal, counted != 0))
            ui.counts.clear();
        draw_feedback(view.feedback);
    }
    ImGui::EndChild();
    end_screen();
}

}  // namespace pos::ui::admin
