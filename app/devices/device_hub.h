#pragma once
// DeviceHub: owns the USB side of the till. It holds the libusb Context, the EventThread
// (hotplug) and one worker thread that does all printer I/O:
//   - finds the printer (built-in match table, or the settings override "VID:PID[:iface]"),
//     opens it and selects its escpos profile (forced > match table model > store default);
//   - with no USB printer at start-up it falls back to the VirtualPrinterPort (PNG files),
//     the demo default;
//   - on unplug it switches to "no printer": jobs stay queued, nothing is lost; on replug
//     (hotplug) it opens the printer again and printing continues;
//   - drives the PrintQueue (step() while jobs are pending; after a failed job it holds until
//     the printer reports ready again or notify_jobs() is called, so one paper-out does not
//     fail every queued receipt);
//   - polls the status when idle (edge-detected into StatusChanged / Drawer events);
//   - pulses the cash drawer for the no-sale intent.
// Events go to the DeviceEvents queue given at construction.
// Shared USB: the device runtime gives the hub its one Context and EventThread (the scanner
// uses them too) and forwards the thread's hotplug events to usb_event(); the hub then starts
// no event thread of its own.
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "devices/device_events.h"
#include "devices/status_monitor.h"
#include "drivers/printer/printer_port.h"
#include "drivers/printer/usb_escpos_printer.h"
#include "drivers/usb/event_thread.h"

namespace pos::usb {
class Context;
}

namespace pos::devices {

class PrintQueue;

struct DeviceHubConfig {
    std::optional<std::string> device_override;  // "04b8:0202[:1]" (settings), for vendor-class printers
    std::optional<std::string> forced_profile;   // escpos profile name that wins over detection
    std::string store_profile = "epson-tm-t20";  // the store setting printer_profile (fallback)
    std::filesystem::path virtual_dir;           // where the virtual printer writes PNGs; empty: no fallback
    std::string font_dir;                        // font override for the virtual printer ("" = system)
    std::chrono::milliseconds poll_interval{2000};
    printer::UsbPrinterOptions usb;
    bool drawer_open_when_pin3_high = true;
};

// A snapshot of the printer side for the UI.
struct PrinterState {
    bool attached = false;  // a port (USB or virtual) is in use
    printer::PortKind kind = printer::PortKind::virtual_printer;
    std::string name;
    std::string profile;
    std::optional<escpos::PrinterStatus> status;  // last status seen
    bool drawer_open = false;
    bool holding = false;  // a job failed; waiting for the printer to be ready again
};

// The runtime's USB stack, lent to the hub (both must outlive it).
struct SharedUsb {
    usb::Context* context = nullptr;  // null: no USB (the virtual printer only)
    const usb::EventThread* events = nullptr;  // its hotplug events reach DeviceHub::usb_event; null: none
};

class DeviceHub {
public:
    // Throws pos::Error(invalid_input) for a malformed device override or pos::Error(not_found)
    // for an unknown forced profile. A USB stack that cannot start is not an error: the hub
    // then runs with the virtual printer and reports a DeviceProblem.
    DeviceHub(DeviceHubConfig config, DeviceEvents& events);
    // On a shared USB stack (see above); same errors.
    DeviceHub(DeviceHubConfig config, DeviceEvents& events, SharedUsb shared);
    ~DeviceHub();  // stop()
    DeviceHub(const DeviceHub&) = delete;
    DeviceHub& operator=(const DeviceHub&) = delete;

    // Starts hotplug and the worker thread; the worker attaches the printer, then prints the
    // queue's pending jobs. queue may be null (status and drawer only). Call once.
    void start(PrintQueue* queue);
    void stop() noexcept;  // joins the threads; idempotent

    void notify_jobs();  // a job was enqueued or retried: print now
    void open_drawer();  // no-sale: pulse the drawer (done on the worker thread)
    // A hotplug event of the shared EventThread (any thread); handled on the worker thread.
    void usb_event(usb::UsbEvent event);

    PrinterState printer() const;
    StatusMonitor& status_monitor() noexcept { return monitor_; }

private:
    void check_config();
    void run() noexcept;
    void attach_initial();
    void handle_usb_events();
    bool try_attach(const usb::DeviceInfo& info);
    void attach_virtual();
    void detach(const std::string& why);
    void poll_status();
    void print_pending();
    void set_port(std::unique_ptr<printer::PrinterPort> port, std::string profile, std::uint8_t bus,
                  std::uint8_t address);

    DeviceHubConfig config_;
    DeviceEvents& events_;
    StatusMonitor monitor_;
    usb::MatchOptions match_;
    std::unique_ptr<usb::Context> own_ctx_;          // null on a shared stack
    usb::Context* ctx_ = nullptr;                     // own_ctx_ or the shared one; null: no USB
    const usb::EventThread* shared_events_ = nullptr;
    usb::EventQueue<usb::UsbEvent> usb_events_;
    std::unique_ptr<usb::EventThread> event_thread_;  // own stack only
    PrintQueue* queue_ = nullptr;

    // Worker-thread state.
    std::unique_ptr<printer::PrinterPort> port_;
    std::uint8_t bus_ = 0, address_ = 0;  // of the USB printer in use (0 = virtual/none)

    mutable std::mutex mutex_;  // guards the fields below and the wake-up flags
    std::condition_variable cv_;
    bool stop_ = false, wake_ = false, drawer_request_ = false, jobs_request_ = false;
    PrinterState state_;
    std::thread worker_;
};

}  // namespace pos::devices
