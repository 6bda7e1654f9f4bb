// The manager-override dialog: a manager taps their name, types their PIN and gives a reason
// (a common one from the chips, or typed); the waiting intent is pushed with the approval. The
// page closes the dialog when the service accepted it and shows the refusal (wrong PIN) if not.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/keypad.h"
#include "ui/text_keyboard.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

intent::Intent with_approval(intent::Intent pending, const intent::ManagerApproval& a) {
    std::visit(
        [&](auto& i) {
            if constexpr (requires { i.approval; }) i.approval = a;
        },
        pending);
    return pending;
}

void draw_managers(const std::vector<ManagerTile>& managers, OverrideDialogState& d) {
    caption(tr("Manager"));
    ProbeScope probe("manager");
    if (managers.empty()) {
        ImGui::TextColored(palette::danger, "%s", tr("No manager account exists."));
        return;
    }
    ChipFlow flow(px(56.0f));
    for (const ManagerTile& m : managers)
        if (flow.chip(with_id(m.name, m.key), d.manager == m.key ? ButtonKind::selected : ButtonKind::normal)) {
            d.manager = m.key;
            d.error.clear();
        }
}

void draw_reasons(OverrideDialogState& d, float width) {
    caption(tr("Reason"));
    ProbeScope probe("reason");
    const std::array<const char*, 6> reasons{tr("Loyal customer"), tr("Price match"),   tr("Damaged item"),
                                             tr("Display model"),  tr("Wrong price label"), tr("Customer returned goods")};
    ImGui::BeginGroup();
    ChipFlow flow(px(52.0f));
    int n = 0;
    for (const char* r : reasons)
        if (flow.chip(with_id(r, std::to_string(n++)), d.reason == r ? ButtonKind::selected : ButtonKind::normal)) d.reason = r;
    ImGui::EndGroup();
    const std::string typed = d.reason.empty() ? std::string(tr("Type a reason")) : d.reason;
    if (touch_button(with_id(typed, "type").c_str(), {width, px(56.0f)}, ButtonKind::normal)) d.typing = true;
}

}  // namespace

void draw_override(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    draw_override_dialog(view.managers, ui.dialog, sink);
}

}  // namespace pos::ui::checkout

namespace pos::ui {

void draw_override_dialog(const std::vector<ManagerTile>& managers, OverrideDialogState& d, intent::IntentSink& sink) {
    using namespace checkout;
    ImGui::BeginChild("override", ImGui::GetContentRegionAvail(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("override");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    title(tr("Manager approval"));
    ImGui::SameLine();
    ImGui::TextColored(palette::text_dim, "%s", d.what.c_str());
    if (!d.error.empty()) ImGui::TextColored(palette::danger, "%s", d.error.c_str());

    if (d.typing) {
        caption(tr("Reason"));
        {
            FontScope big(large_font());
            ImGui::TextUnformatted(d.reason.empty() ? " " : d.reason.c_str());
        }
        TextKeyboardOptions options;
        options.max_bytes = 120;
        if (text_keyboard("kb", d.reason, d.keyboard, options) == KeyboardResult::done) d.typing = false;
        ImGui::EndChild();
        return;
    }
    // The PIN keypad on the left; the manager, the reason and Cancel on the right.
    const float key_w = px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f;
    const float dot_h = large_font() != nullptr ? large_font()->FontSize : ImGui::GetFontSize();
    const float pin_h = dot_h + ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y;
    const float key_h = std::clamp(ImGui::GetContentRegionAvail().y - pin_h, px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 4.0f,
                                   px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f);
    ImGui::BeginGroup();
    caption(tr("Manager PIN"));
    {
        // One filled dot per digit typed, never the digits.
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float r = dot_h * 0.28f;
        for (std::size_t i = 0; i < d.pin.size(); ++i)
            ImGui::GetWindowDrawList()->AddCircleFilled({at.x + r + static_cast<float>(i) * r * 3.0f, at.y + dot_h * 0.5f}, r,
                                                        ImGui::ColorConvertFloat4ToU32(palette::text));
        ImGui::Dummy({key_w, dot_h});
    }
    KeypadOptions options;
    options.ok_label = tr("Approve");
    options.ok_enabled = !d.awaiting && !d.manager.empty() && !d.pin.empty() && !blank(d.reason);
    options.size = {key_w, key_h};
    const KeypadResult r = numeric_keypad("pin", d.pin, options);
    if (r == KeypadResult::changed) d.error.clear();
    ImGui::EndGroup();
    ImGui::SameLine();
    const float right_w = w - key_w - style.ItemSpacing.x;
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + right_w);
    draw_managers(managers, d);
    draw_reasons(d, right_w);
    ImGui::PopTextWrapPos();
    ImGui::Dummy({1.0f, px(8.0f)});
    if (touch_button(with_id(tr("Cancel"), "cancel").c_str(), {right_w, px(56.0f)})) {
        d = OverrideDialogState{};
        d.manager.clear();
    }
    ImGui::EndGroup();

    if (r == KeypadResult::ok && d.pending) {
        sink.push(with_approval(*d.pending, intent::ManagerApproval{d.manager, d.pin, d.reason}));
        d.awaiting = true;
    }
    ImGui::EndChild();
}

}  // namespace pos::ui
