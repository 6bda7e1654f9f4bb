#pragma once
// The devices of the running app: the durable print queue (its own database connection), the
// device hub (USB printer, or the virtual printer writing PNGs), and the USB scanner. Device
// threads only push events; the UI thread drains them in pump() after being woken.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "devices/device_events.h"
#include "core/intents/intents.h"
#include "service/outcome.h"
#include "service/store_settings.h"

namespace pos::gui {

struct DeviceSummary {
    std::string printer;          // "Epson TM-T20II · ready", "virtual printer", "no printer"
    std::string scanner;          // "Honeywell 1900 · ready", "keyboard mode"
    std::optional<Id> failed_job; // the job waiting for Retry / Skip
    std::string failure;          // why it failed
    std::string last_receipt_png; // virtual printer: the last receipt image
    std::optional<bool> drawer_open; // from the printer's drawer sensor; nullopt = not known (virtual printer)
};

class DeviceRuntime {
public:
    DeviceRuntime(const std::string& db_path, const service::StoreSettings& settings, std::string receipts_dir,
                  std::function<void()> wake);
    ~DeviceRuntime();
    DeviceRuntime(const DeviceRuntime&) = delete;
    DeviceRuntime& operator=(const DeviceRuntime&) = delete;

    // Drains device events (UI thread); scans from the USB scanner are returned as Scan intents.
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

}  // namespace pos::gui
