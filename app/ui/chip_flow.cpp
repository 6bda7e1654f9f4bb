#include "ui/chip_flow.h"

#include <imgui.h>

#include <algorithm>

#include "ui/ui_env.h"

namespace pos::ui {

bool ChipFlow::chip(const std::string& label, ButtonKind kind, bool enabled) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    const float w = std::min(std::max(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + style.FramePadding.x * 2.0f, px(kMinTarget)),
                             ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x);
    if (!first_) {
        const float next_x = ImGui::GetItemRectMax().x + style.ItemSpacing.x;
        if (next_x + w <= right) ImGui::SameLine();
    }
    first_ = false;
    return touch_button(label.c_str(), {w, height_ > 0.0f ? height_ : px(52.0f)}, kind, enabled);
}

}  // namespace pos::ui
