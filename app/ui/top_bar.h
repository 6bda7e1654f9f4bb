#pragma once
// The app shell's top bar while someone is logged in: the screens this person may open as
// tabs, who is logged in, the clock, the Lock button, and a red line with Retry / Skip when a
// print job stopped. Screens draw below it (see ui/screen.h).
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/intents/intents.h"

namespace pos::ui {

struct NavTab {
    std::string code;   // "floor", "manager": the probe name is "nav/<code>"
    std::string label;  // translated
};

struct TopBarView {
    std::vector<NavTab> tabs;
    std::string current;     // code of the open tab
    std::string user_name;
    std::string user_role;   // role code, shown translated
    std::string clock;
    std::string status;      // a calm line: printer / scanner state, cart total
    Id failed_job = 0;       // a stopped print job (0 = none)
    std::string failure;     // why it stopped
    std::string message;     // the last refusal, in red
};

// Draws the bar at the top of the viewport and returns its height; a tapped tab changes
// `current`. Probe names: "nav/<code>", "nav/lock", "nav/retry", "nav/skip".
float draw_top_bar(const TopBarView& view, std::string& current, intent::IntentSink& sink);

}  // namespace pos::ui
