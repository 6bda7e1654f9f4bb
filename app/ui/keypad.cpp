#include "ui/keypad.h"

#include <algorithm>

#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {

void draw_backspace_icon(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 color) {
    const float h = std::min(max.y - min.y, max.x - min.x) * 0.34f;
    const float w = h * 1.5f;
    const ImVec2 c{(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f};
    const float left = c.x - w * 0.5f - h * 0.25f;
    const float right = c.x + w * 0.5f + h * 0.25f;
    const float top = c.y - h * 0.5f;
    const float bottom = c.y + h * 0.5f;
    const ImVec2 outline[5] = {{left, c.y}, {left + h * 0.5f, top}, {right, top}, {right, bottom}, {left + h * 0.5f, bottom}};
    const float thickness = std::max(2.0f, h * 0.09f);
    draw->AddPolyline(outline, 5, color, ImDrawFlags_Closed, thickness);
    const float xc = (left + h * 0.5f + right) * 0.5f;
    const float r = h * 0.22f;
    draw->AddLine({xc - r, c.y - r}, {xc + r, c.y + r}, color, thickness);
    draw->AddLine({xc - r, c.y + r}, {xc + r, c.y - r}, color, thickness);
}

KeypadResult numeric_keypad(const char* id, std::string& digits, const KeypadOptions& options) {
    ImGui::PushID(id);
    ProbeScope probe_scope(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float min_key = px(kKeyTarget);
    ImVec2 total = options.size;
    if (total.x <= 0.0f) total.x = px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f;
    if (total.y <= 0.0f) total.y = px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f;
    const ImVec2 key{std::max(min_key, (total.x - style.ItemSpacing.x * 2.0f) / 3.0f),
                     std::max(min_key, (total.y - style.ItemSpacing.y * 4.0f) / 5.0f)};
    const float ok_width = key.x * 3.0f + style.ItemSpacing.x * 2.0f;

    KeypadResult result = KeypadResult::none;
    const bool full = digits.size() >= options.max_digits;
    {
        FontScope big(large_font());
        static constexpr const char* labels[9][2] = {{"1###1", "1"}, {"2###2", "2"}, {"3###3", "3"},
                                                     {"4###4", "4"}, {"5###5", "5"}, {"6###6", "6"},
                                                     {"7###7", "7"}, {"8###8", "8"}, {"9###9", "9"}};
        for (int i = 0; i < 9; ++i) {
            if (i % 3 != 0) ImGui::SameLine();
            if (touch_button(labels[i][0], key, ButtonKind::normal, !full)) {
                digits += labels[i][1];
                result = KeypadResult::changed;
            }
        }
    }
    if (touch_button((std::string(tr("Clear")) + "###clear").c_str(), key, ButtonKind::normal, !digits.empty())) {
        digits.clear();
        result = KeypadResult::changed;
    }
    ImGui::SameLine();
    {
        FontScope big(large_font());
        if (touch_button("0###0", key, ButtonKind::normal, !full)) {
            digits += '0';
            result = KeypadResult::changed;
        }
    }
    ImGui::SameLine();
    const bool can_delete = !digits.empty();
    if (touch_button("###back", key, ButtonKind::normal, can_delete)) {
        digits.pop_back();
        result = KeypadResult::changed;
    }
    ImVec4 icon = palette::text;
    if (!can_delete) icon.w *= style.DisabledAlpha;
    draw_backspace_icon(ImGui::GetWindowDrawList(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                        ImGui::ColorConvertFloat4ToU32(icon));

    const std::string ok = std::string(options.ok_label != nullptr ? options.ok_label : tr("OK")) + "###ok";
    if (touch_button(ok.c_str(), {ok_width, key.y}, ButtonKind::primary, options.ok_enabled))
        result = KeypadResult::ok;
    ImGui::PopID();
    return result;
}

}  // namespace pos::ui
