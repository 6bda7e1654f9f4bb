#include "ui/text_keyboard.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "ui/keypad.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {

void pop_utf8_char(std::string& text) {
    while (!text.empty()) {
        const auto byte = static_cast<unsigned char>(text.back());
        text.pop_back();
        if ((byte & 0xC0u) != 0x80u) return;  // stop after removing a lead or ASCII byte
    }
}

namespace {

constexpr std::array<std::string_view, 4> kRows = {"1234567890", "qwertyuiop", "asdfghjkl'", "zxcvbnm-.,"};

char shifted(char c, bool shift) {
    return shift && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// The letter and digit rows, in the large font so they read well at arm's length.
bool character_rows(std::string& text, TextKeyboardState& state, ImVec2 key, bool enabled) {
    FontScope big(large_font());
    bool changed = false;
    for (std::string_view row : kRows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i != 0) ImGui::SameLine();
            const char c = shifted(row[i], state.shift);
            const char label[] = {c, '#', '#', '#', row[i], '\0'};
            if (touch_button(label, key, ButtonKind::normal, enabled)) {
                text += c;
                state.shift = false;
                changed = true;
            }
        }
    }
    return changed;
}

void append_utf8(std::string& text, unsigned int c) {
    if (c < 0x80) {
        text += static_cast<char>(c);
    } else if (c < 0x800) {
        text += static_cast<char>(0xC0 | (c >> 6));
        text += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        text += static_cast<char>(0xE0 | (c >> 12));
        text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        text += static_cast<char>(0xF0 | (c >> 18));
        text += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        text += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        text += static_cast<char>(0x80 | (c & 0x3F));
    }
}

// What a hardware keyboard (and the system input method, for Chinese, Russian or Vietnamese)
// typed this frame goes into the text while the on-screen keyboard is open.
KeyboardResult hardware_typing(std::string& text, std::size_t max_bytes) {
    ImGuiIO& io = ImGui::GetIO();
    KeyboardResult result = KeyboardResult::none;
    for (const ImWchar c : io.InputQueueCharacters) {
        if (c < 0x20 || c == 0x7F) continue;
        std::string one;
        append_utf8(one, static_cast<unsigned int>(c));
        if (text.size() + one.size() > max_bytes) break;
        text += one;
        result = KeyboardResult::changed;
    }
    io.InputQueueCharacters.resize(0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace)) && !text.empty()) {
        pop_utf8_char(text);
        result = KeyboardResult::changed;
    }
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Enter)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_KeyPadEnter)))
        result = KeyboardResult::done;
    return result;
}

}  // namespace

KeyboardResult text_keyboard(const char* id, std::string& text, TextKeyboardState& state,
                             const TextKeyboardOptions& options) {
    ImGui::PushID(id);
    ProbeScope probe_scope(id);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float width = options.width > 0.0f ? options.width : ImGui::GetContentRegionAvail().x;
    const ImVec2 key{std::max(px(kKeyTarget), (width - style.ItemSpacing.x * 9.0f) / 10.0f), px(kKeyTarget)};
    const bool full = text.size() >= options.max_bytes;
    KeyboardResult result = hardware_typing(text, options.max_bytes);

    if (character_rows(text, state, key, !full)) result = KeyboardResult::changed;
    const float wide = key.x * 2.0f + style.ItemSpacing.x;
    if (touch_button((std::string(tr("Shift")) + "###shift").c_str(), {wide, key.y},
                     state.shift ? ButtonKind::selected : ButtonKind::normal))
        state.shift = !state.shift;
    ImGui::SameLine();
    if (touch_button("@###@", key, ButtonKind::normal, !full)) {
        text += '@';
        result = KeyboardResult::changed;
    }
    ImGui::SameLine();
    const float space_width = key.x * 3.0f + style.ItemSpacing.x * 2.0f;
    if (touch_button((std::string(tr("Space")) + "###space").c_str(), {space_width, key.y}, ButtonKind::normal,
                     !full && !text.empty() && text.back() != ' ')) {
        text += ' ';
        result = KeyboardResult::changed;
    }
    ImGui::SameLine();
    const bool can_delete = !text.empty();
    if (touch_button("###back", key, ButtonKind::normal, can_delete)) {
        pop_utf8_char(text);
        result = KeyboardResult::changed;
    }
    ImVec4 icon = palette::text;
    if (!can_delete) icon.w *= style.DisabledAlpha;
    draw_backspace_icon(ImGui::GetWindowDrawList(), ImGui::GetItemRectMin(), ImGui::GetItemRectMax(),
                        ImGui::ColorConvertFloat4ToU32(icon));
    ImGui::SameLine();
    const float done_width = std::max(key.x, width - (wide + key.x * 2.0f + space_width + style.ItemSpacing.x * 4.0f));
    if (touch_button((std::string(tr("Done")) + "###done").c_str(), {done_width, key.y}, ButtonKind::primary) ||
        result == KeyboardResult::done)
        result = KeyboardResult::done;
    ImGui::PopID();
    return result;
}

}  // namespace pos::ui
