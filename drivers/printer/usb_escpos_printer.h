#pragma once
// UsbEscposPrinter: a PrinterPort over a USB ESC/POS printer (pos::usb::BulkTransport).
// Status = drain stale IN replies, DLE EOT 1 and 4 (roll paper, for near-end), and when the
// printer is offline also DLE EOT 2 and 3 for the cause. Status is only asked between jobs or
// after a chunk failed, never while a chunk (possibly raster data) is in flight.
// send() writes the job in BulkTransport::kChunkSize chunks from the given offset; on a partial
// write or timeout it asks the status and reports the fault with the offset reached. It never
// restarts a job.
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>

#include "drivers/printer/printer_port.h"
#include "drivers/usb/bulk_transport.h"
#include "drivers/usb/device_handle.h"
#include "drivers/usb/enumerate.h"

namespace pos::usb {
class Context;
}

namespace pos::printer {

struct UsbPrinterOptions {
    std::chrono::milliseconds chunk_timeout = usb::BulkTransport::kChunkTimeout;
    std::chrono::milliseconds reply_timeout{1000};  // one DLE EOT query: write + one-byte reply
    std::chrono::milliseconds drain_timeout = usb::BulkTransport::kDrainTimeout;
};

class UsbEscposPrinter : public PrinterPort {
public:
    // Opens and claims the device (auto-detaching usblp). Throws pos::usb::Error
    // (ACCESS without the udev rule, BUSY when another program holds it).
    UsbEscposPrinter(usb::Context& ctx, const usb::DeviceInfo& info, UsbPrinterOptions options = {});
    ~UsbEscposPrinter() override;
    UsbEscposPrinter(const UsbEscposPrinter&) = delete;
    UsbEscposPrinter& operator=(const UsbEscposPrinter&) = delete;

    escpos::PrinterStatus status() override;
    SendResult send(std::span<const std::uint8_t> bytes, std::size_t from_offset,
                    const SendContext& context = {}) override;
    void pulse_drawer() override;
    std::string name() const override;
    PortKind kind() const noexcept override { return PortKind::usb; }

    const usb::DeviceInfo& info() const noexcept { return info_; }
    // The raw replies of the last status query (n = 1..4; 0x12 for a query not sent).
    std::array<std::uint8_t, 4> last_replies() const;

private:
    escpos::PrinterStatus status_locked();
    std::uint8_t query_locked(std::uint8_t n);

    usb::DeviceInfo info_;
    UsbPrinterOptions options_;
    usb::DeviceHandle handle_;
    std::unique_ptr<usb::BulkTransport> io_;
    mutable std::mutex mutex_;  // one transfer sequence at a time (status vs send vs drawer)
    std::array<std::uint8_t, 4> last_replies_{0x12, 0x12, 0x12, 0x12};
};

// The PrintFault for a libusb error code (NO_DEVICE -> unplugged, TIMEOUT -> no_answer, else io).
PrintFault fault_for_usb_error(int libusb_code) noexcept;

}  // namespace pos::printer
