#pragma once
// PrinterPort: what the print queue and the device hub need from a receipt printer, whatever
// it is (a USB ESC/POS printer or the virtual printer that writes PNGs). Sends resume from a
// byte offset and report how far they got, so a job is never restarted; faults come back as
// a PrintFault with a message a cashier can read ("paper out", "cover open", ...).
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>

#include "core/common/error.h"
#include "drivers/escpos/status.h"

namespace pos::printer {

enum class PortKind { usb, virtual_printer };
const char* port_kind_name(PortKind k) noexcept;  // "usb", "virtual"

enum class PrintFault {
    paper_out,    // roll paper end (printer offline)
    cover_open,   // cover open (printer offline)
    offline,      // offline for another reason (feed button, waiting for recovery)
    error,        // autocutter / mechanical / unrecoverable error reported by the printer
    unplugged,    // the USB device is gone
    no_answer,    // timed out: stalled, busy or not responding
    io,           // any other transfer failure
};
// The cashier-facing text: "paper out", "cover open", "printer offline", "printer error",
// "printer unplugged", "printer did not answer", "printer connection failed".
const char* fault_message(PrintFault f) noexcept;

// The fault a status shows, or nullopt when the printer is ready to print.
// Priority: paper out, cover open, error, offline.
std::optional<PrintFault> fault_from_status(const escpos::PrinterStatus& s) noexcept;

// Thrown by PrinterPort::status() and pulse_drawer() when the printer cannot be asked.
class PortError : public pos::Error {
public:
    PortError(PrintFault fault, const std::string& detail);
    PrintFault fault() const noexcept { return fault_; }
    const std::string& detail() const noexcept { return detail_; }  // technical cause

private:
    PrintFault fault_;
    std::string detail_;
};

struct SendResult {
    std::size_t offset_reached = 0;  // bytes of the job the printer has accepted so far
    std::optional<PrintFault> fault;
    std::string error;  // fault_message(*fault), empty when ok
    std::string detail; // technical cause for logs ("send to printer: ... [LIBUSB_ERROR_TIMEOUT]")
    bool ok() const noexcept { return !fault.has_value(); }
};

struct SendContext {
    std::string label;  // job label ("receipt-000123"); the virtual printer names its PNG after it
    // Called on the sending thread after every accepted chunk with the new offset.
    std::function<void(std::size_t offset)> progress;
};

class PrinterPort {
public:
    virtual ~PrinterPort() = default;

    // Current status. Throws PortError (unplugged, no_answer, io) when it cannot be read.
    virtual escpos::PrinterStatus status() = 0;
    // Sends bytes[from_offset..] and returns how far it got. Never throws for device faults.
    virtual SendResult send(std::span<const std::uint8_t> bytes, std::size_t from_offset,
                            const SendContext& context = {}) = 0;
    // Opens the cash drawer (ESC p pulse on pin 2). Throws PortError.
    virtual void pulse_drawer() = 0;
    virtual std::string name() const = 0;
    virtual PortKind kind() const noexcept = 0;
};

// ESC p 0 t1 t2: 100 ms pulse on drawer pin 2 (the common wiring).
std::span<const std::uint8_t> drawer_pulse_bytes() noexcept;

}  // namespace pos::printer
