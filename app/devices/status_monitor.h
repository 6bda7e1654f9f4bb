#pragma once
// StatusMonitor: turns printer status snapshots (idle polls, the queue's checks around each
// job) into edge-triggered events: StatusChanged with the UnifiedPOS name, DrawerOpened /
// DrawerClosed for the cash drawer switch. Thread-safe.
#include <mutex>
#include <optional>

#include "devices/device_events.h"

namespace pos::devices {

class StatusMonitor {
public:
    explicit StatusMonitor(DeviceEvents& events, bool drawer_open_when_pin3_high = true);

    void observe(const escpos::PrinterStatus& status);
    // A different printer (or none): the next snapshot reports the whole state again.
    void reset();
    std::optional<escpos::PrinterStatus> last() const;
    bool drawer_open() const;

private:
    DeviceEvents& events_;
    bool open_when_high_;
    mutable std::mutex mutex_;
    escpos::StatusEdgeDetector detector_;
};

}  // namespace pos::devices
