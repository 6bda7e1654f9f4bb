#pragma once
// Which USB devices the POS uses and as what: a built-in VID:PID table (printers
// and scanner vendors), generic rules (any printer-class interface, HID interfaces
// of known scanner vendors) and a user override "VID:PID[:iface]" from settings.
// Pure data and logic: no libusb calls here, so it is unit-testable.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pos::usb {

enum class Role { printer, scanner };
const char* role_name(Role r) noexcept;

struct MatchEntry {
    std::uint16_t vid = 0;
    std::optional<std::uint16_t> pid;  // nullopt: every product of this vendor
    Role role = Role::printer;
    std::string_view profile;          // capability profile name ("TM-T20II", "POS58", "star")
    bool supported = true;             // false: known device we cannot drive (see note)
    std::string_view note;
    std::string_view escpos_profile;   // the escpos profile for this model ("epson-tm-t20"); empty: none
};

// The built-in table. Exact VID:PID entries come before vendor wildcards.
std::span<const MatchEntry> builtin_matches() noexcept;

// User override from settings: "04b8:0202" or "04b8:0202:1" (hex ids, decimal interface).
struct Override {
    std::uint16_t vid = 0;
    std::uint16_t pid = 0;
    std::optional<int> interface;
};
Override parse_override(std::string_view text);  // throws pos::Error(invalid_input)

struct MatchOptions {
    std::optional<Override> override_device;  // treated as a printer (vendor-class 0xFF devices)
    // Only devices of this role are described (and opened to read their strings): the printer
    // hub never opens the scanner, nor the scanner the printer, while the other is in use.
    std::optional<Role> only_role;
};

// What one interface (alternate setting 0) looks like, for matching.
struct InterfaceSummary {
    int number = 0;
    std::uint8_t cls = 0, subclass = 0, protocol = 0;
    bool has_bulk_out = false;
    bool has_interrupt_in = false;
};

struct MatchResult {
    Role role = Role::printer;
    int interface = 0;
    std::string profile;
    bool supported = true;
    std::string note;
    std::string reason;  // "table", "printer class", "scanner vendor", "override"
};

// Decides whether a device is ours and which interface to use; nullopt if not ours.
std::optional<MatchResult> match_device(std::uint16_t vid, std::uint16_t pid,
                                        const std::vector<InterfaceSummary>& interfaces,
                                        const MatchOptions& options = {});

std::string vid_pid_string(std::uint16_t vid, std::uint16_t pid);  // "04b8:0e15"

}  // namespace pos::usb
