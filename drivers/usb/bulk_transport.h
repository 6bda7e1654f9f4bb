#pragma once
// BulkTransport: byte pipe to a printer over its bulk OUT/IN endpoints, plus the
// printer-class control requests (GET_DEVICE_ID, GET_PORT_STATUS).
// write() never restarts: on a timeout it reports how many bytes the printer
// accepted so the caller resumes from that offset.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "drivers/usb/device_id.h"
#include "drivers/usb/enumerate.h"
#include "drivers/usb/error.h"

namespace pos::usb {

class DeviceHandle;

struct WriteResult {
    std::size_t accepted = 0;    // bytes the device took; resume from bytes[accepted]
    std::optional<Error> error;  // set when not everything was accepted
    bool ok() const noexcept { return !error.has_value(); }
};

// GET_PORT_STATUS bits (USB printer class 1.1, section 4.2.2).
struct PortStatus {
    std::uint8_t raw = 0;
    bool paper_empty() const noexcept { return (raw & 0x20) != 0; }
    bool selected() const noexcept { return (raw & 0x10) != 0; }
    bool not_error() const noexcept { return (raw & 0x08) != 0; }
};

class BulkTransport {
public:
    // One bulk transfer never carries more than this: printers have small receive
    // buffers and a bounded transfer keeps the per-chunk timeout meaningful.
    static constexpr std::size_t kChunkSize = 4096;
    // Per-chunk timeout. A printer NAKs while its receive buffer is full; freeing
    // 4 KiB takes well under a second even for dense raster bands at low print
    // speed, plus a cut/feed. 5 s leaves margin for slow clones while a paper-out
    // or an open cover (the printer stops accepting data) is still noticed quickly.
    static constexpr std::chrono::milliseconds kChunkTimeout{5000};
    // Per short read while draining stale IN data before a status query.
    static constexpr std::chrono::milliseconds kDrainTimeout{20};
    // Timeout of printer-class control requests.
    static constexpr std::chrono::milliseconds kControlTimeout{1000};

    // The handle must outlive the transport and have `interface` claimed.
    BulkTransport(DeviceHandle& handle, int interface, const Endpoints& endpoints);
    BulkTransport(DeviceHandle& handle, const DeviceInfo& info);

    // Sends bytes in chunks of kChunkSize, each with chunk_timeout. Stops at the
    // first failure; accepted counts bytes taken including a partial last chunk.
    WriteResult write(std::span<const std::uint8_t> bytes,
                      std::chrono::milliseconds chunk_timeout = kChunkTimeout);
    // One bulk IN transfer. The buffer is max rounded up to the endpoint's packet
    // size (a smaller buffer risks an overflow error on real hardware) and every
    // byte received is returned, so the result can exceed max by less than one
    // packet. Throws pos::usb::Error, also on timeout.
    std::vector<std::uint8_t> read(std::size_t max, std::chrono::milliseconds timeout);
    // Short reads until one times out, discarding stale replies; returns bytes discarded.
    std::size_t drain_in(std::chrono::milliseconds per_read = kDrainTimeout);

    std::string get_device_id_raw();  // the id text without the 2-byte length
    DeviceId get_device_id() { return parse_device_id(get_device_id_raw()); }
    PortStatus get_port_status();

    const Endpoints& endpoints() const noexcept { return eps_; }

private:
    DeviceHandle* handle_;
    int interface_;
    Endpoints eps_;
};

}  // namespace pos::usb
