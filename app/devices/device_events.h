#pragma once
// Events from the device layer to the app (delivered through a pos::usb::EventQueue whose
// wake hook wakes the UI loop). Job events carry the print_jobs row id; status events carry
// the UnifiedPOS StatusUpdate name ("PTR_SUE_COVER_OPEN", ...).
#include <cstddef>
#include <string>
#include <variant>

#include "core/common/types.h"
#include "drivers/escpos/status.h"
#include "drivers/printer/printer_port.h"
#include "drivers/usb/event_queue.h"

namespace pos::devices {

struct JobDone {
    Id job = 0;
};
struct JobFailed {
    Id job = 0;
    std::string error;        // "paper out", "cover open", "printer unplugged", ...
    std::size_t offset = 0;   // bytes the printer accepted; Retry resumes here
    std::string detail;       // technical cause for the log ("... [LIBUSB_ERROR_TIMEOUT]"), may be empty
};
struct JobProgress {
    Id job = 0;
    std::size_t offset = 0;
    std::size_t total = 0;
};
struct StatusChanged {
    escpos::StatusEvent event{};
    std::string name;  // escpos::event_name(event)
    escpos::PrinterStatus status;
};
struct DrawerOpened {};
struct DrawerClosed {};
struct PrinterAttached {
    std::string name;
    printer::PortKind kind = printer::PortKind::virtual_printer;
    std::string profile;
};
struct PrinterDetached {
    std::string name;  // jobs stay queued until a printer is back
};
struct DeviceProblem {
    std::string message;  // e.g. "no permission: install the udev rule ..."
};

using DeviceEvent = std::variant<JobDone, JobFailed, JobProgress, StatusChanged, DrawerOpened, DrawerClosed,
                                 PrinterAttached, PrinterDetached, DeviceProblem>;
using DeviceEvents = usb::EventQueue<DeviceEvent>;

}  // namespace pos::devices
