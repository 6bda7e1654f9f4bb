#include "gui/device_text.h"

#include "ui/ui_env.h"

namespace pos::gui {

std::string device_state_text(const std::string& s) {
    if (s == "virtual printer") return ui::tr("Virtual printer (receipts are saved as images)");
    if (s == "no printer (jobs wait in the queue)") return ui::tr("No printer (jobs wait in the queue)");
    if (s == "scanner unplugged (keyboard mode)") return ui::tr("Scanner unplugged (keyboard mode)");
    const std::string keyboard = "keyboard mode";
    if (s.rfind(keyboard, 0) == 0) return ui::tr("Keyboard mode") + s.substr(keyboard.size());  // "keyboard mode (why)"
    return s;
}

std::string device_state_short(const std::string& s) {
    if (s == "virtual printer") return ui::tr("Virtual printer");
    if (s == "no printer (jobs wait in the queue)") return ui::tr("No printer");
    return device_state_text(s);
}

std::string device_failure_text(const DeviceSummary& devices) {
    if (devices.failed_job) return devices.failure;
    if (const std::string* problem = devices.last_problem()) return *problem;
    return devices.failure;
}

}  // namespace pos::gui
