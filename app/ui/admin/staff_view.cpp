// Staff: the list with New PIN and Deactivate / Reactivate, and adding a person in four steps
// (name on the text keyboard, role chips, the PIN twice on the keypad; New PIN reuses the last two).
#include <imgui.h>

#include <string>

#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/keypad.h"
#include "ui/login_screen.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {
namespace {

using Step = StaffUiState::Step;

std::string label(const char* text, const char* id) { return std::string(text) + "###" + id; }

void staff_list(const StaffView& view, StaffUiState& ui, intent::IntentSink& sink) {
    if (touch_button(label(tr("Add staff"), "add").c_str(), {0.0f, px(kMinTarget)}, ButtonKind::primary)) {
        ui = StaffUiState{};
        ui.step = Step::name;
    }
    draw_feedback(view.feedback);
    ImGui::BeginChild("list", {0.0f, 0.0f}, false);
    const float row_h = px(kMinTarget);
    const float button_w = std::max(px(160.0f), ImGui::CalcTextSize(tr("Reactivate")).x + px(32.0f));
    for (const StaffLine& s : view.staff) {
        ImGui::PushID(static_cast<int>(s.id));
        ProbeScope probe(std::to_string(s.id));
        const float y = ImGui::GetCursorPosY();
        ImGui::SetCursorPosY(y + (row_h - ImGui::GetTextLineHeight()) * 0.5f);
        ImGui::TextColored(s.active ? palette::text : palette::text_dim, "%s", s.name.c_str());
        ImGui::SameLine(px(300.0f));
        ImGui::TextColored(palette::text_dim, "%s", role_label(s.role));
        ImGui::SameLine(px(480.0f));
        if (!s.active) ImGui::TextColored(palette::danger, "%s", tr("Inactive"));
        const float pin_w = std::max(px(120.0f), ImGui::CalcTextSize(tr("New PIN")).x + px(32.0f));
        ImGui::SameLine(std::max(px(560.0f), ImGui::GetWindowContentRegionMax().x - button_w - pin_w - ImGui::GetStyle().ItemSpacing.x));
        ImGui::SetCursorPosY(y);
        if (touch_button(label(tr("New PIN"), "new_pin").c_str(), {pin_w, row_h}, ButtonKind::normal, s.active)) {
            ui = StaffUiState{};
            ui.step = Step::pin;
            ui.pin_for = s.id;
            ui.name = s.name;
            ui.role = s.role;
        }
        ImGui::SameLine();
        if (s.active) {
            if (touch_button(label(tr("Deactivate"), "deactivate").c_str(), {button_w, row_h}, ButtonKind::danger, !s.self))
                sink.push(intent::SetStaffActive{std::to_string(s.id), false});
        } else if (touch_button(label(tr("Reactivate"), "reactivate").c_str(), {button_w, row_h})) {
            sink.push(intent::SetStaffActive{std::to_string(s.id), true});
        }
        ImGui::PopID();
    }
    drag_to_scroll();
    ImGui::EndChild();
}

void pin_step(const char* prompt, std::string& pin, StaffUiState& ui, Step next, intent::IntentSink& sink) {
    ImGui::TextUnformatted(prompt);
    ImGui::Text("%s", pin.empty() ? " " : std::string(pin.size(), '*').c_str());
    if (ui.mismatch) ImGui::TextColored(palette::danger, "%s", tr("The PINs do not match. Type the PIN again."));
    KeypadOptions opts;
    opts.ok_enabled = pin.size() >= 4;
    if (numeric_keypad("pin", pin, opts) != KeypadResult::ok) return;
    if (next == Step::pin_again) {
        ui.step = next;
        ui.mismatch = false;
        return;
    }
    if (ui.pin != ui.pin_again) {
        ui.mismatch = true;
        ui.pin.clear();
        ui.pin_again.clear();
        ui.step = Step::pin;
        return;
    }
    if (ui.pin_for != 0) sink.push(intent::ChangePin{std::to_string(ui.pin_for), ui.pin});
    else sink.push(intent::AddStaff{ui.name, ui.role, ui.pin});
    ui = StaffUiState{};
}

}  // namespace

void draw_staff(const StaffView& view, StaffUiState& ui, intent::IntentSink& sink) {
    begin_screen("##admin_staff");
    ProbeScope probe("admin");
    ProbeScope page("staff");
    page_title(tr("Staff"));
    if (ui.step == Step::list) {
        staff_list(view, ui, sink);
        end_screen();
        return;
    }
    ProbeScope add("new");
    if (touch_button(label(tr("Cancel"), "cancel").c_str(), {0.0f, px(kMinTarget)})) {
        ui = StaffUiState{};
        end_screen();
        return;
    }
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (px(kMinTarget) - ImGui::GetTextLineHeight()) * 0.5f - ImGui::GetStyle().FramePadding.y);
    ImGui::TextColored(palette::text_dim, "%s  ·  %s", ui.name.empty() ? "…" : ui.name.c_str(), role_label(ui.role));
    switch (ui.step) {
    case Step::name: {
        ImGui::TextUnformatted(tr("Name"));
        {
            FontScope big(large_font());
            ImGui::TextUnformatted((ui.name + "_").c_str());
        }
        TextKeyboardOptions opts;
        opts.max_bytes = 64;
        if (text_keyboard("keyboard", ui.name, ui.keyboard, opts) == KeyboardResult::done && !ui.name.empty()) ui.step = Step::role;
        break;
    }
    case Step::role: {
        ImGui::TextUnformatted(tr("Role"));
        ChipRow chips;
        for (const char* role : {"floor", "cashier", "manager"}) {
            const std::string l = std::string(role_label(role)) + "###" + role;
            if (chips.chip(l.c_str(), ui.role == role)) ui.role = role;
        }
        if (touch_button(label(tr("Next"), "next").c_str(), {px(200.0f), px(64.0f)}, ButtonKind::primary)) ui.step = Step::pin;
        break;
    }
    case Step::pin: pin_step(tr("PIN (4 to 8 digits)"), ui.pin, ui, Step::pin_again, sink); break;
    case Step::pin_again: pin_step(tr("The same PIN again"), ui.pin_again, ui, Step::list, sink); break;
    case Step::list: break;
    }
    end_screen();
}

}  // namespace pos::ui::admin
