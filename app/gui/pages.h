#pragma once
// The pages of the app shell by tab code ("floor", "terminal", "orders", "follow_ups", "manager"); the shell's top bar
// shows the ones a role may open (tabs_for in gui_main.cpp).
#include <map>
#include <memory>
#include <string>

#include "gui/page.h"

namespace pos::gui {

using Pages = std::map<std::string, std::unique_ptr<Page>>;

Pages make_pages();

}  // namespace pos::gui
