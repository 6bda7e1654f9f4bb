#include "ui/admin/admin_widgets.h"

#include <imgui.h>

#include <algorithm>

#include "ui/ui_env.h"

namespace pos::ui::admin {
void page_title(const char* title) {
    FontScope big(large_font());
    ImGui::TextColored(palette::text, "%s", title);
}

void draw_feedback(const Feedback& f) {
    if (f.text.empty()) return;
    const ImVec4 color = f.error ? palette::danger : palette::accent;
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", f.text.c_str());
    for (const std::string& d : f.details) ImGui::TextWrapped("%s", d.c_str());
    ImGui::PopStyleColor();
}

bool ChipRow::chip(const char* label, bool selected, bool enabled) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float w = std::max(px(kMinTarget), ImGui::CalcTextSize(label, nullptr, true).x + style.FramePadding.x * 2.0f);
    if (!first_) {
        const float next_x = ImGui::GetItemRectMax().x + style.ItemSpacing.x;
        if (next_x + w <= right) ImGui::SameLine();
    }
    first_ = false;
    return touch_button(label, {w, px(kMinTarget)}, selected ? ButtonKind::selected : ButtonKind::normal, enabled);
}

void label_value(const char* label, const std::string& value, const char* empty_text) {
    ImGui::TextColored(palette::text_dim, "%s", label);
    ImGui::SameLine(px(220.0f));
    if (value.empty()) ImGui::TextColored(palette::text_dim, "%s", empty_text);
    else ImGui::TextWrapped("%s", value.c_str());
}

}  // namespace pos::ui::admin
