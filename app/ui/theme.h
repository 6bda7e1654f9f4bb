#pragma once
// The touch theme and the basic touch widgets. Calm light colors, large paddings, targets of
// at least 48 px (at scale 1), no hover-only affordances (on Linux a touch leaves the cursor
// where the finger lifted, so hovered == normal), wide scrollbars and drag-to-scroll lists.
#include <imgui.h>

namespace pos::ui {

inline constexpr float kMinTarget = 48.0f;  // smallest touch target edge, px at scale 1
inline constexpr float kKeyTarget = 64.0f;  // keypad / keyboard keys

namespace palette {
inline const ImVec4 background{0.957f, 0.961f, 0.969f, 1.0f};   // #F4F5F7
inline const ImVec4 panel{1.0f, 1.0f, 1.0f, 1.0f};
inline const ImVec4 text{0.122f, 0.161f, 0.200f, 1.0f};         // #1F2933
inline const ImVec4 text_dim{0.380f, 0.431f, 0.490f, 1.0f};     // #616E7D
inline const ImVec4 button{0.886f, 0.910f, 0.941f, 1.0f};       // #E2E8F0
inline const ImVec4 button_pressed{0.776f, 0.812f, 0.863f, 1.0f};
inline const ImVec4 accent{0.173f, 0.420f, 0.675f, 1.0f};       // #2C6BAC
inline const ImVec4 accent_pressed{0.118f, 0.318f, 0.533f, 1.0f};
inline const ImVec4 on_accent{1.0f, 1.0f, 1.0f, 1.0f};
inline const ImVec4 danger{0.682f, 0.204f, 0.204f, 1.0f};       // #AE3434
inline const ImVec4 danger_bg{0.992f, 0.929f, 0.929f, 1.0f};
inline const ImVec4 border{0.816f, 0.839f, 0.871f, 1.0f};
}  // namespace palette

// Sets colors and sizes on `style` (starting from the defaults) for the given UI scale, and
// switches off text cursor blinking (the loop sleeps when idle).
void apply_touch_theme(ImGuiStyle& style, float scale);

enum class ButtonKind {
    normal,    // grey
    primary,   // the one obvious next step (OK, Pay)
    selected,  // a chosen option among several (language, tile)
    danger,    // destructive (void, delete)
};

// A button at least px(kMinTarget) in each direction; size 0 on an axis = fit the label (or
// the minimum). Returns true when tapped. The rect is recorded for tests (see UiProbe).
bool touch_button(const char* label, ImVec2 size = {0.0f, 0.0f}, ButtonKind kind = ButtonKind::normal);
// The same, greyed out and inert when `enabled` is false.
bool touch_button(const char* label, ImVec2 size, ButtonKind kind, bool enabled);

// Call inside a child window (after its items): dragging anywhere in it scrolls it, and a
// drag that started on a button does not click it.
void drag_to_scroll();

// Text centered horizontally in the current content region (wrapped if wider than it).
void text_centered(const char* text, const ImVec4& color = palette::text);

}  // namespace pos::ui
