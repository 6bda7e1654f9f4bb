#pragma once
// DeviceRuntime: the devices of the running app, composed in one place. It owns one libusb
// Context and one EventThread shared by the printer hub and the USB scanner, the durable print
// queue (its own database connection) rendering jobs through app/receipt, the DeviceHub (USB
// printer, or the virtual printer writing PNGs) and the scanner, whose hotplug (open, claim,
// control transfers) runs on the HotplugWorker thread. Device threads only push events; the UI
// thread drains them in pump() after being woken. Every event is recorded in the summary and
// written to pos::log.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/intents/intents.h"
#include "devices/device_summary.h"
#include "service/outcome.h"
#include "service/store_settings.h"

namespace pos::devices {

class DeviceRuntime {
public:
    // Throws pos::Error for a store that cannot be opened or a malformed printer_device setting.
    // No USB (or no permission) is not an error: the virtual printer and keyboard-mode scanning
    // work, and the reason is a problem in the summary.
    DeviceRuntime(const std::string& db_path, const service::StoreSettings& settings, std::string receipts_dir,
                  std::function<void()> wake);
    ~DeviceRuntime();
    DeviceRuntime(const DeviceRuntime&) = delete;
    DeviceRuntime& operator=(const DeviceRuntime&) = delete;

    // Drains device events (UI thread, no USB I/O); scans from the USB scanner are returned as
    // Scan intents.
    std::vector<intent::Intent> pump();
    // After an intent was applied, its events: wake the printer for what it queued, lay out and
    // queue the pages the terminal prints itself, pulse the drawer for a no-sale.
    void after(const service::Outcome& outcome);
    const DeviceSummary& summary() const noexcept { return summary_; }

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
    DeviceSummary summary_;
};

}  // namespace pos::devices
