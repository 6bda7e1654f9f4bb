// USB ESC/POS printer port: chunked resumable sends and DLE EOT status queries.
#include "drivers/printer/usb_escpos_printer.h"

#include <libusb.h>

#include <algorithm>
#include <array>

#include "drivers/usb/error.h"

namespace pos::printer {

namespace {

constexpr std::uint8_t kNoCause = 0x12;  // a DLE EOT reply with no bit set

PortError port_error(const usb::Error& e) { return PortError(fault_for_usb_error(e.libusb_code()), e.what()); }

}  // namespace

PrintFault fault_for_usb_error(int libusb_code) noexcept {
    if (libusb_code == LIBUSB_ERROR_NO_DEVICE) return PrintFault::unplugged;
    if (libusb_code == LIBUSB_ERROR_TIMEOUT) return PrintFault::no_answer;
    return PrintFault::io;
}

UsbEscposPrinter::UsbEscposPrinter(usb::Context& ctx, const usb::DeviceInfo& info, UsbPrinterOptions options)
    : info_(info), options_(options), handle_(ctx, info) {
    handle_.claim(info_.interface);
    io_ = std::make_unique<usb::BulkTransport>(handle_, info_);
}

UsbEscposPrinter::~UsbEscposPrinter() = default;

std::string UsbEscposPrinter::name() const {
    std::string n = info_.manufacturer;
    if (!info_.product.empty()) n += (n.empty() ? "" : " ") + info_.product;
    if (n.empty()) n = "USB printer";
    return n + " (" + info_.id() + ")";
}

std::array<std::uint8_t, 4> UsbEscposPrinter::last_replies() const {
    std::lock_guard lock(mutex_);
    return last_replies_;
}

std::uint8_t UsbEscposPrinter::query_locked(std::uint8_t n) {
    const std::array<std::uint8_t, 3> query{0x10, 0x04, n};
    const usb::WriteResult w = io_->write(query, options_.reply_timeout);
    if (!w.ok()) throw port_error(*w.error);
    // Anything that is not a DLE EOT reply (XON/XOFF, an ASB message) is skipped; the reply
    // is the last byte of the right form.
    for (int reads = 0; reads < 4; ++reads) {
        std::vector<std::uint8_t> got;
        try {
            got = io_->read(64, options_.reply_timeout);
        } catch (const usb::Error& e) {
            throw port_error(e);
        }
        for (auto it = got.rbegin(); it != got.rend(); ++it)
            if (escpos::is_dle_eot_reply(*it)) return *it;
    }
    throw PortError(PrintFault::io, "no DLE EOT reply among the bytes the printer sent");
}

escpos::PrinterStatus UsbEscposPrinter::status_locked() {
    try {
        io_->drain_in(options_.drain_timeout);  // never read the previous query's answer
    } catch (const usb::Error& e) {
        throw port_error(e);
    }
    std::array<std::uint8_t, 4> r{kNoCause, kNoCause, kNoCause, kNoCause};
    r[0] = query_locked(1);
    r[3] = query_locked(4);  // roll paper: near-end does not make the printer go offline
    if (escpos::decode_printer_info(r[0]).offline) {
        r[1] = query_locked(2);
        r[2] = query_locked(3);
    }
    last_replies_ = r;
    return escpos::status_from_dle_eot(r[0], r[1], r[2], r[3]);
}

escpos::PrinterStatus UsbEscposPrinter::status() {
    std::lock_guard lock(mutex_);
    return status_locked();
}

SendResult UsbEscposPrinter::send(std::span<const std::uint8_t> bytes, std::size_t from_offset,
                                  const SendContext& context) {
    std::lock_guard lock(mutex_);
    SendResult result;
    result.offset_reached = std::min(from_offset, bytes.size());
    while (result.offset_reached < bytes.size()) {
        const std::size_t len = std::min(usb::BulkTransport::kChunkSize, bytes.size() - result.offset_reached);
        const usb::WriteResult w = io_->write(bytes.subspan(result.offset_reached, len), options_.chunk_timeout);
        result.offset_reached += w.accepted;
        if (w.accepted > 0 && context.progress) context.progress(result.offset_reached);
        if (w.ok()) continue;

        const int code = w.error->libusb_code();
        result.detail = w.error->what();
        PrintFault fault = fault_for_usb_error(code);
        if (code == LIBUSB_ERROR_PIPE) {
            try {
                handle_.clear_halt(info_.endpoints.bulk_out);
            } catch (const usb::Error&) {
                // the status query below reports what is wrong
            }
        }
        if (fault != PrintFault::unplugged) {
            // The chunk is no longer in flight: ask the printer why it stopped.
            try {
                if (auto f = fault_from_status(status_locked())) fault = *f;
            } catch (const PortError& e) {
                fault = e.fault();
                result.detail += "; status: " + e.detail();
            } catch (const pos::Error& e) {
                result.detail += "; status: " + std::string(e.what());
            }
        }
        result.fault = fault;
        result.error = fault_message(fault);
        return result;
    }
    return result;
}

void UsbEscposPrinter::pulse_drawer() {
    std::lock_guard lock(mutex_);
    const usb::WriteResult w = io_->write(drawer_pulse_bytes(), options_.reply_timeout);
    if (!w.ok()) throw port_error(*w.error);
}

}  // namespace pos::printer
