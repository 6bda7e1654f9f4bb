#pragma once
// UsbScanner: reads a USB barcode scanner through libusb (pos_usb) and delivers ScannerEvents.
//  * open(): claims the scanner's HID interface (the kernel's usbhid is auto-detached, so the
//    scanner stops typing into the desktop) and starts an async interrupt-IN stream on the
//    endpoint found by discovery.
//  * Path: a boot keyboard interface (3/1/1) or a report descriptor with a keyboard collection is
//    decoded as keyboard reports (BootReportDecoder + KeyboardLayout + ScanAssembler); a report
//    descriptor with a bar code scanner collection (page 0x8C) goes through HidPosDecoder.
//  * A worker thread owned by this object decodes the reports as they arrive and completes scans
//    at Enter/Tab or after the idle gap, then pushes ScanEvent / ScannerError / ScannerLost into
//    the caller's EventQueue (whose wake hook wakes the app).
//  * Hotplug: the app forwards every pos::usb::UsbEvent of its EventThread to handle(). When the
//    open scanner leaves, ScannerLost is pushed (once); when a scanner arrives while none is
//    open, it is opened (ScannerReady), so a replugged scanner works without a restart.
// The libusb events themselves must be handled by a pos::usb::EventThread on the same Context.
// open/close/handle are meant for one (app) thread; the worker thread is internal.
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "drivers/scanner/scan_assembler.h"
#include "drivers/scanner/scanner_events.h"
#include "drivers/usb/enumerate.h"
#include "drivers/usb/event_queue.h"
#include "drivers/usb/event_thread.h"

namespace pos::usb {
class Context;
}

namespace pos::scanner {

struct UsbScannerOptions {
    std::string layout = "us";    // store setting `scanner_layout` ("us", "de")
    AssemblerConfig assembler{};  // idle gap, max length
    bool reopen_on_arrival = true;
};

class UsbScanner {
public:
    // Throws pos::Error(invalid_input) for an unknown layout. Starts the worker thread.
    UsbScanner(usb::Context& ctx, usb::EventQueue<ScannerEvent>& events, UsbScannerOptions options = {});
    ~UsbScanner();
    UsbScanner(const UsbScanner&) = delete;
    UsbScanner& operator=(const UsbScanner&) = delete;

    // Opens, claims and starts reading the scanner; pushes ScannerReady. A scanner already open
    // is closed first. Throws pos::usb::Error (BUSY, ACCESS, ...) or pos::Error.
    void open(const usb::DeviceInfo& info);
    // Opens the first supported scanner found on the bus; false if there is none.
    bool open_first(const usb::MatchOptions& match = {});
    // Stops reading and releases the interface (usbhid is re-attached). No event is pushed.
    void close() noexcept;
    // True while a scanner is open and its stream has not died.
    bool is_open() const;
    // The scanner opened last, also after its stream died, until close() or its departure.
    std::optional<usb::DeviceInfo> device() const;
    std::optional<ScannerPath> path() const;

    // Hotplug from the app's EventThread queue: see above. Open failures are pushed as ScannerError.
    void handle(const usb::UsbEvent& event);

private:
    struct Session;
    void run() noexcept;
    void process(Session& s, Timestamp now);
    void ring() noexcept;

    usb::Context& ctx_;
    usb::EventQueue<ScannerEvent>& events_;
    UsbScannerOptions options_;

    mutable std::mutex session_mutex_;  // guards session_
    std::unique_ptr<Session> session_;

    std::mutex bell_mutex_;  // worker wake-up: rung_ / stop_
    std::condition_variable bell_;
    bool rung_ = false;
    bool stop_ = false;
    std::thread worker_;
};

// "05e0:1200 Symbol Bar Code Scanner"
std::string device_label(const usb::DeviceInfo& info);

}  // namespace pos::scanner
