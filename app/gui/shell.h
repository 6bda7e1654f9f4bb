#pragma once
// The app shell without the window: the login / lock screen, the top bar with the tabs a role
// may open, the pages by tab, auto-lock after inactivity, and applying a frame's intents the
// one way (service, then devices, then every page hears the outcome). gui_main.cpp runs it in
// the real window; tests run it in a headless ImGui context on a real store.
#include <string>
#include <utility>
#include <vector>

#include "core/intents/intents.h"
#include "gui/pages.h"
#include "ui/login_screen.h"
#include "ui/top_bar.h"

namespace pos::gui {

// Staff who leave the terminal get logged out after this long without a touch or a key.
inline constexpr double kAutoLockSeconds = 180.0;

// The tabs a role may open ("floor", "terminal", "orders", "follow_ups", "manager"), and where a role starts.
std::vector<ui::NavTab> tabs_for(Role role);
std::string home_screen(Role role);

class Shell {
public:
    explicit Shell(PageContext ctx);

    // Draws one frame. `now` is monotonic seconds; `input` says whether the person touched or
    // typed in this frame (it restarts the auto-lock countdown). Returns the time at which the
    // shell wants a frame even without input (the auto-lock), or 0.
    double frame(double now, bool input, intent::IntentSink& sink);
    // Applies the frame's intents.
    void apply(const std::vector<intent::Intent>& intents);

    // "login" while nobody is logged in, else the open tab.
    std::string screen() const;
    const std::string& message() const noexcept { return message_; }
    // Texts that applied intents brought and the font atlas may lack (a saved customer file, a new
    // staff name, an imported catalog's characters), once: the app adds them to the atlas.
    std::vector<std::string> take_new_texts() { return std::exchange(new_texts_, {}); }
    Page& page(const std::string& tab) { return *pages_.at(tab); }

private:
    void collect_new_texts(const service::Outcome& out);
    std::vector<std::string> new_texts_;
    PageContext ctx_;
    Pages pages_;
    ui::LoginUiState login_;
    std::string tab_;
    std::string message_;  // the last refusal, readable, in the session language
    double last_input_ = -1.0;
};

}  // namespace pos::gui
