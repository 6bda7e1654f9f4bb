// Chunked bulk writes with resumable offsets, reads, printer-class requests.
#include "drivers/usb/bulk_transport.h"

#include <libusb.h>

#include <algorithm>

#include "drivers/usb/device_handle.h"

namespace pos::usb {

namespace {

constexpr std::uint8_t kClassIn = 0xA1;  // device-to-host | class | interface
constexpr std::uint8_t kGetDeviceId = 0;
constexpr std::uint8_t kGetPortStatus = 1;

unsigned int ms(std::chrono::milliseconds t) { return static_cast<unsigned int>(std::max<long long>(t.count(), 0)); }

}  // namespace

BulkTransport::BulkTransport(DeviceHandle& handle, int interface, const Endpoints& endpoints)
    : handle_(&handle), interface_(interface), eps_(endpoints) {
    if (eps_.bulk_out == 0) throw Error(LIBUSB_ERROR_NOT_FOUND, "find printer bulk OUT endpoint");
}

BulkTransport::BulkTransport(DeviceHandle& handle, const DeviceInfo& info)
    : BulkTransport(handle, info.interface, info.endpoints) {}

WriteResult BulkTransport::write(std::span<const std::uint8_t> bytes, std::chrono::milliseconds chunk_timeout) {
    WriteResult result;
    while (result.accepted < bytes.size()) {
        const std::size_t len = std::min(kChunkSize, bytes.size() - result.accepted);
        // libusb takes a non-const buffer for both directions; OUT data is only read.
        auto* data = const_cast<unsigned char*>(bytes.data() + result.accepted);
        int transferred = 0;
        const int rc = libusb_bulk_transfer(handle_->native(), eps_.bulk_out, data, static_cast<int>(len),
                                            &transferred, ms(chunk_timeout));
        // On TIMEOUT (and other errors) `transferred` still counts what the device took.
        result.accepted += static_cast<std::size_t>(std::max(transferred, 0));
        if (rc != LIBUSB_SUCCESS) {
            result.error.emplace(rc, "send to printer", chunk_timeout);
            return result;
        }
    }
    return result;
}

std::vector<std::uint8_t> BulkTransport::read(std::size_t max, std::chrono::milliseconds timeout) {
    if (eps_.bulk_in == 0) throw Error(LIBUSB_ERROR_NOT_SUPPORTED, "read from printer");
    const std::size_t packet = std::max<std::size_t>(eps_.bulk_in_packet, 1);
    const std::size_t size = std::max<std::size_t>((max + packet - 1) / packet * packet, packet);
    std::vector<std::uint8_t> buf(size);
    int transferred = 0;
    const int rc = libusb_bulk_transfer(handle_->native(), eps_.bulk_in, buf.data(), static_cast<int>(size),
                                        &transferred, ms(timeout));
    if (rc != LIBUSB_SUCCESS) throw Error(rc, "read from printer", timeout);
    buf.resize(static_cast<std::size_t>(transferred));
    return buf;
}

std::size_t BulkTransport::drain_in(std::chrono::milliseconds per_read) {
    if (eps_.bulk_in == 0) return 0;
    const std::size_t size = std::max<std::size_t>(eps_.bulk_in_packet, 64);
    std::vector<std::uint8_t> buf(size);
    std::size_t discarded = 0;
    for (;;) {
        int transferred = 0;
        const int rc = libusb_bulk_transfer(handle_->native(), eps_.bulk_in, buf.data(), static_cast<int>(size),
                                            &transferred, ms(per_read));
        discarded += static_cast<std::size_t>(std::max(transferred, 0));
        if (rc == LIBUSB_ERROR_TIMEOUT) return discarded;
        if (rc != LIBUSB_SUCCESS) throw Error(rc, "discard stale printer replies", per_read);
    }
}

std::string BulkTransport::get_device_id_raw() {
    unsigned char buf[1024];
    // wValue = configuration index (0), wIndex = interface << 8 | alternate setting (0).
    const int n = check(libusb_control_transfer(handle_->native(), kClassIn, kGetDeviceId, 0,
                                                static_cast<std::uint16_t>(interface_ << 8), buf, sizeof buf,
                                                ms(kControlTimeout)),
                        "read printer device id");
    if (n < 2) return {};
    const std::size_t declared = static_cast<std::size_t>(buf[0]) << 8 | buf[1];  // big-endian, includes itself
    const std::size_t len = std::min<std::size_t>(declared, static_cast<std::size_t>(n));
    if (len <= 2) return {};
    return std::string(reinterpret_cast<const char*>(buf + 2), len - 2);
}

PortStatus BulkTransport::get_port_status() {
    unsigned char b = 0;
    const int n = check(libusb_control_transfer(handle_->native(), kClassIn, kGetPortStatus, 0,
                                                static_cast<std::uint16_t>(interface_), &b, 1, ms(kControlTimeout)),
                        "read printer port status");
    if (n != 1) throw Error(LIBUSB_ERROR_IO, "read printer port status");
    return PortStatus{b};
}

}  // namespace pos::usb
