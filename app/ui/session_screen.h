#pragma once
// The screen after login until the floor, checkout and manager screens take over: who is
// logged in, what is open on this terminal, and the Lock button.
#include <string>

#include "core/intents/intents.h"

namespace pos::ui {

struct SessionView {
    std::string store_name;
    std::string clock;
    std::string user_name;
    std::string user_role;        // "floor", "cashier", "manager"
    int open_visits = 0;
    int cart_lines = 0;
    std::string cart_total;       // formatted money
    std::string last_receipt;     // "#12", or empty
    std::string today_revenue;    // formatted money
    int today_sales = 0;
    std::string printer;          // device state lines, already readable
    std::string scanner;
    Id failed_job = 0;            // a print job waiting for the cashier's Retry or Skip (0 = none)
    std::string failure;          // why it failed ("paper out")
    std::string message;          // the last refusal, e.g. a scan "not in catalog", shown in red
};

// Probe names: "session/lock", "session/retry", "session/skip".
void draw_session(const SessionView& view, intent::IntentSink& sink);

}  // namespace pos::ui
