#pragma once
// What the scanner driver tells the app, through a pos::usb::EventQueue<ScannerEvent> whose wake
// hook wakes the UI loop. Scanned codes are raw: the app passes ScanEvent::code (with the AIM
// identifier in front, if any) to pos::parse_scan.
#include <string>
#include <variant>

namespace pos::scanner {

enum class ScannerPath { boot_keyboard, hid_pos };
const char* scanner_path_name(ScannerPath p) noexcept;  // "keyboard", "HID POS"

// A scanner was opened and claimed (at start or after being plugged in again).
struct ScannerReady {
    std::string device;  // "05e0:1200 Symbol Bar Code Scanner"
    ScannerPath path = ScannerPath::boot_keyboard;
};

// One complete scan. What to give pos::parse_scan: aim + code.
struct ScanEvent {
    std::string code;    // as scanned, without suffix; GS (0x1D) kept; AIM prefix only if the scanner typed it
    std::string aim;     // symbology identifier from a HID POS report ("]E0"), empty on the keyboard path
    std::string device;
    friend bool operator==(const ScanEvent&, const ScanEvent&) = default;
};

// Something went wrong but the scanner is still there (bad report, wrong layout, open failed).
struct ScannerError {
    std::string device;
    std::string message;  // readable by a shop worker
};

// The scanner went away (unplugged, or the stream died). Reported once per open.
struct ScannerLost {
    std::string device;
    std::string reason;  // "device unplugged"
};

using ScannerEvent = std::variant<ScannerReady, ScanEvent, ScannerError, ScannerLost>;

}  // namespace pos::scanner
