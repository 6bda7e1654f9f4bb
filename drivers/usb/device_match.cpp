// Match table and matching rules.
#include "drivers/usb/device_match.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/common/error.h"

namespace pos::usb {

namespace {

constexpr std::uint8_t kClassHid = 3;
constexpr std::uint8_t kClassPrinter = 7;

// The escpos profile (last column) is what drivers/printer/profile_select.cpp selects for the
// model; empty: the store's default. tests/printer/printer_models_test.cpp checks the table
// against the udev rule and the profiles.
constexpr std::array kTable{
    // Epson, printer-class personality
    MatchEntry{0x04b8, 0x0e03, Role::printer, "TM-T20", true, "", "epson-tm-t20"},
    MatchEntry{0x04b8, 0x0e15, Role::printer, "TM-T20II", true, "", "epson-tm-t20"},
    MatchEntry{0x04b8, 0x0e28, Role::printer, "TM-T20III", true, "", "epson-tm-t20"},
    MatchEntry{0x04b8, 0x0e27, Role::printer, "TM-T20IIIL", true, "", "epson-tm-t20"},
    MatchEntry{0x04b8, 0x0e21, Role::printer, "TM-T88VI", true, "", "epson-tm-t88"},
    MatchEntry{0x04b8, 0x0e2a, Role::printer, "TM-L100", true, "", "epson-tm-t20"},
    // Epson, vendor-defined personality (TM-T88IV, TM-T70, TM-P20)
    MatchEntry{0x04b8, 0x0202, Role::printer, "TM-T88IV", true, "vendor-class interface", "epson-tm-t88"},
    // Clones
    MatchEntry{0x0416, 0x5011, Role::printer, "POS58", true, "", "generic-58"},
    MatchEntry{0x0483, 0x5743, Role::printer, "POS58", true, "STM32-based clone", "generic-58"},
    MatchEntry{0x0fe6, 0x811e, Role::printer, "Xprinter", true, "80mm clone", "xprinter-80"},
    MatchEntry{0x0456, 0x0808, Role::printer, "HOIN", true, "", "xprinter-80"},
    // Star TSP100 prints raster only; its ESC/POS emulation lives in the host driver.
    MatchEntry{0x0519, 0x0003, Role::printer, "TSP100", false,
               "raster-only printer: ESC/POS is not supported", ""},
    // Vendor wildcards
    MatchEntry{0x0519, std::nullopt, Role::printer, "star", true, "", ""},
    MatchEntry{0x1504, std::nullopt, Role::printer, "bixolon", true, "", ""},
    MatchEntry{0x154f, std::nullopt, Role::printer, "snbc", true, "", ""},
    MatchEntry{0x0dd4, std::nullopt, Role::printer, "custom", true, "", ""},
    // Scanner vendors: only their HID interfaces are used
    MatchEntry{0x0c2e, std::nullopt, Role::scanner, "honeywell", true, "", ""},
    MatchEntry{0x05e0, std::nullopt, Role::scanner, "zebra", true, "", ""},
    MatchEntry{0x05f9, std::nullopt, Role::scanner, "datalogic", true, "", ""},
    MatchEntry{0x1eab, std::nullopt, Role::scanner, "newland", true, "", ""},
};

const MatchEntry* find_entry(std::uint16_t vid, std::uint16_t pid) {
    for (const auto& e : kTable)
        if (e.vid == vid && e.pid && *e.pid == pid) return &e;
    for (const auto& e : kTable)
        if (e.vid == vid && !e.pid) return &e;
    return nullptr;
}

const InterfaceSummary* printer_interface(const std::vector<InterfaceSummary>& ifs) {
    for (const auto& i : ifs)
        if (i.cls == kClassPrinter && i.has_bulk_out) return &i;
    for (const auto& i : ifs)
        if (i.has_bulk_out) return &i;
    return nullptr;
}

const InterfaceSummary* hid_interface(const std::vector<InterfaceSummary>& ifs) {
    for (const auto& i : ifs)
        if (i.cls == kClassHid && i.has_interrupt_in) return &i;
    return nullptr;
}

std::uint16_t parse_hex16(std::string_view s, std::string_view whole) {
    unsigned value = 0;
    const auto* end = s.data() + s.size();
    auto [ptr, ec] = std::from_chars(s.data(), end, value, 16);
    if (s.empty() || s.size() > 4 || ec != std::errc{} || ptr != end)
        throw pos::Error(Errc::invalid_input, "USB device override \"" + std::string(whole) +
                                                  "\" must look like 04b8:0202 or 04b8:0202:0");
    return static_cast<std::uint16_t>(value);
}

}  // namespace

const char* role_name(Role r) noexcept { return r == Role::printer ? "printer" : "scanner"; }

std::span<const MatchEntry> builtin_matches() noexcept { return kTable; }

std::string vid_pid_string(std::uint16_t vid, std::uint16_t pid) {
    char buf[10];
    std::snprintf(buf, sizeof buf, "%04x:%04x", vid, pid);
    return buf;
}

Override parse_override(std::string_view text) {
    const auto c1 = text.find(':');
    if (c1 == std::string_view::npos) parse_hex16({}, text);  // throws the readable error
    const auto rest = text.substr(c1 + 1);
    const auto c2 = rest.find(':');
    Override o;
    o.vid = parse_hex16(text.substr(0, c1), text);
    o.pid = parse_hex16(rest.substr(0, c2), text);
    if (c2 != std::string_view::npos) {
        const auto iface = rest.substr(c2 + 1);
        int n = -1;
        const auto* end = iface.data() + iface.size();
        auto [ptr, ec] = std::from_chars(iface.data(), end, n);
        if (iface.empty() || ec != std::errc{} || ptr != end || n < 0 || n > 255)
            throw pos::Error(Errc::invalid_input, "USB device override \"" + std::string(text) +
                                                      "\": interface must be a number 0..255");
        o.interface = n;
    }
    return o;
}

std::optional<MatchResult> match_device(std::uint16_t vid, std::uint16_t pid,
                                        const std::vector<InterfaceSummary>& interfaces,
                                        const MatchOptions& options) {
    if (const auto& ov = options.override_device; ov && ov->vid == vid && ov->pid == pid) {
        const InterfaceSummary* chosen = nullptr;
        if (ov->interface) {
            for (const auto& i : interfaces)
                if (i.number == *ov->interface) chosen = &i;
        } else {
            chosen = printer_interface(interfaces);
        }
        if (chosen != nullptr)
            return MatchResult{Role::printer, chosen->number, "override", true, "", "override"};
    }
    if (const MatchEntry* e = find_entry(vid, pid)) {
        const InterfaceSummary* chosen =
            e->role == Role::printer ? printer_interface(interfaces) : hid_interface(interfaces);
        if (chosen != nullptr)
            return MatchResult{e->role, chosen->number, std::string(e->profile), e->supported,
                               std::string(e->note), e->role == Role::printer ? "table" : "scanner vendor"};
    }
    for (const auto& i : interfaces)
        if (i.cls == kClassPrinter && i.has_bulk_out)
            return MatchResult{Role::printer, i.number, "generic", true, "", "printer class"};
    return std::nullopt;
}

}  // namespace pos::usb
