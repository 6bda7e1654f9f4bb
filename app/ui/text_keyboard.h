#pragma once
// A simple Latin on-screen keyboard for short texts typed on the touchscreen (customer names,
// reasons, notes): digits, QWERTY letters with Shift, a few punctuation keys, Space,
// Backspace and Done. While it is open, a hardware keyboard types into the same text too
// (characters, including what the system input method composes for Chinese, Russian or
// Vietnamese; Backspace; Enter = Done). Fixed choices (reasons, stages, catalog) are lists.
#include <cstddef>
#include <string>

namespace pos::ui {

struct TextKeyboardState {
    bool shift = false;  // next letter upper case; released after one letter
};

enum class KeyboardResult { none, changed, done };

struct TextKeyboardOptions {
    std::size_t max_bytes = 120;
    float width = 0.0f;  // 0 = the available content width
};

// Draws the keyboard at the cursor. Keys are probed as "<id>/a".."<id>/z", "<id>/0".."<id>/9",
// "<id>/-", "<id>/.", "<id>/,", "<id>/'", "<id>/@", "<id>/shift", "<id>/space", "<id>/back",
// "<id>/done".
KeyboardResult text_keyboard(const char* id, std::string& text, TextKeyboardState& state,
                             const TextKeyboardOptions& options = {});

// Removes the last UTF-8 character (not byte) of text; no-op if empty.
void pop_utf8_char(std::string& text);

}  // namespace pos::ui
