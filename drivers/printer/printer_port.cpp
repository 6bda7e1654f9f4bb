// Fault texts and status classification shared by every printer port.
#include "drivers/printer/printer_port.h"

#include <array>

namespace pos::printer {

const char* port_kind_name(PortKind k) noexcept { return k == PortKind::usb ? "usb" : "virtual"; }

const char* fault_message(PrintFault f) noexcept {
    switch (f) {
    case PrintFault::paper_out: return "paper out";
    case PrintFault::cover_open: return "cover open";
    case PrintFault::offline: return "printer offline";
    case PrintFault::error: return "printer error";
    case PrintFault::unplugged: return "printer unplugged";
    case PrintFault::no_answer: return "printer did not answer";
    case PrintFault::io: return "printer connection failed";
    }
    return "printer error";
}

std::optional<PrintFault> fault_from_status(const escpos::PrinterStatus& s) noexcept {
    if (s.paper == escpos::PaperState::empty) return PrintFault::paper_out;
    if (s.cover_open) return PrintFault::cover_open;
    if (s.has_error()) return PrintFault::error;
    if (!s.online) return PrintFault::offline;
    return std::nullopt;
}

PortError::PortError(PrintFault fault, const std::string& detail)
    : pos::Error(fault == PrintFault::io ? Errc::io : Errc::invalid_state,
                 std::string(fault_message(fault)) + (detail.empty() ? "" : " (" + detail + ")")),
      fault_(fault),
      detail_(detail) {}

std::span<const std::uint8_t> drawer_pulse_bytes() noexcept {
    static constexpr std::array<std::uint8_t, 5> kPulse{0x1B, 0x70, 0x00, 0x32, 0x32};
    return kPulse;
}

}  // namespace pos::printer
