#pragma once
// The device runtime's state lines (DeviceSummary::printer, ::scanner) in the session language,
// and its failure and problem lines; device and model names stay as they are.
#include <string>

#include "gui/device_runtime.h"

namespace pos::gui {

// The full line, for the devices page: "Virtual printer (receipts are saved as images)".
std::string device_state_text(const std::string& state);
// A short form for the top bar's status line: "Virtual printer", "No printer".
std::string device_state_short(const std::string& state);
// The devices page's failure line: the stopped job's reason, else the newest device problem
// (no USB permission, printer detached, scanner error), else the last failure (a page that could
// not be printed, a job retried since); "" when there was none. Driver messages stay as written.
std::string device_failure_text(const DeviceSummary& devices);

}  // namespace pos::gui
