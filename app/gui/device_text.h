#pragma once
// The device runtime's state lines (DeviceSummary::printer, ::scanner) in the session language;
// device and model names stay as they are.
#include <string>

namespace pos::gui {

// The full line, for the devices page: "Virtual printer (receipts are saved as images)".
std::string device_state_text(const std::string& state);
// A short form for the top bar's status line: "Virtual printer", "No printer".
std::string device_state_short(const std::string& state);

}  // namespace pos::gui
