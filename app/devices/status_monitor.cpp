// Status snapshots -> edge-triggered StatusChanged / Drawer events.
#include "devices/status_monitor.h"

#include <vector>

namespace pos::devices {

StatusMonitor::StatusMonitor(DeviceEvents& events, bool drawer_open_when_pin3_high)
    : events_(events), open_when_high_(drawer_open_when_pin3_high), detector_(drawer_open_when_pin3_high) {}

void StatusMonitor::observe(const escpos::PrinterStatus& status) {
    std::vector<escpos::StatusEvent> changes;
    {
        std::lock_guard lock(mutex_);
        changes = detector_.update(status);
    }
    for (escpos::StatusEvent e : changes) {
        if (e == escpos::StatusEvent::drawer_opened) events_.push(DrawerOpened{});
        else if (e == escpos::StatusEvent::drawer_closed) events_.push(DrawerClosed{});
        else events_.push(StatusChanged{e, escpos::event_name(e), status});
    }
}

void StatusMonitor::reset() {
    std::lock_guard lock(mutex_);
    detector_ = escpos::StatusEdgeDetector(open_when_high_);
}

std::optional<escpos::PrinterStatus> StatusMonitor::last() const {
    std::lock_guard lock(mutex_);
    return detector_.last();
}

bool StatusMonitor::drawer_open() const {
    std::lock_guard lock(mutex_);
    return detector_.last() && detector_.last()->drawer_pin3_high == open_when_high_;
}

}  // namespace pos::devices
