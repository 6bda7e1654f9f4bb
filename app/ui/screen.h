#pragma once
// Where a full screen draws: the whole viewport, or the area the app shell leaves below its
// top bar. Every screen opens its window with begin_screen so it fits either way.
#include <imgui.h>

#include <optional>

#include "ui/ui_env.h"

namespace pos::ui {

// The shell sets the area before drawing a screen; nullopt = the whole viewport work area.
void set_screen_area(std::optional<ScreenArea> area);
ScreenArea screen_area();

// Opens a borderless, unmovable window covering screen_area(). Always pair with end_screen().
void begin_screen(const char* id);
void end_screen();

}  // namespace pos::ui
