#pragma once
// The numeric keypad for PINs, quantities and amounts: 1-9, Clear, 0, Backspace and one
// wide OK key, each key at least 64 px (scale 1). The edited value lives with the caller.
#include <cstddef>
#include <string>

#include <imgui.h>

namespace pos::ui {

enum class KeypadResult { none, changed, ok };

struct KeypadOptions {
    std::size_t max_digits = 8;
    const char* ok_label = nullptr;  // nullptr = tr("OK")
    bool ok_enabled = true;          // e.g. false while the value is empty
    ImVec2 size{0.0f, 0.0f};         // whole keypad; 0 = 3 x 96 px wide, 5 x 72 px high (scaled)
};

// Draws the keypad at the cursor inside an ImGui window. Keys are probed as
// "<id>/0".."<id>/9", "<id>/clear", "<id>/back", "<id>/ok".
KeypadResult numeric_keypad(const char* id, std::string& digits, const KeypadOptions& options = {});

// Draws the "backspace" symbol centered in a rect (shared with the text keyboard).
void draw_backspace_icon(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 color);

}  // namespace pos::ui
