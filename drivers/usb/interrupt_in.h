#pragma once
// InterruptIn: a continuously resubmitted async interrupt-IN transfer (HID
// reports from a scanner). The completion callback copies each report into an
// EventQueue and resubmits. stop() cancels and waits for the cancelled callback
// before the transfer is freed. Callbacks run on whichever thread handles libusb
// events (normally the EventThread); stop() also handles events itself while it
// waits, so it works with or without a running EventThread.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <variant>
#include <vector>

#include "drivers/usb/device_handle.h"
#include "drivers/usb/event_queue.h"

namespace pos::usb {

struct InterruptData {
    std::vector<std::uint8_t> bytes;
};
// The stream stopped by itself (device unplugged, endpoint stalled, ...).
struct InterruptStopped {
    int libusb_code = 0;  // LIBUSB_ERROR_*
    std::string message;  // readable, from describe_libusb_error
};
using InterruptEvent = std::variant<InterruptData, InterruptStopped>;

class InterruptIn {
public:
    // The handle (with the interface claimed) must outlive this object.
    InterruptIn(DeviceHandle& handle, std::uint8_t endpoint, std::size_t packet_size,
                EventQueue<InterruptEvent>& sink);
    ~InterruptIn();  // stop()
    InterruptIn(const InterruptIn&) = delete;
    InterruptIn& operator=(const InterruptIn&) = delete;

    void start();          // throws pos::usb::Error if the first submit fails
    void stop() noexcept;  // cancel, wait for the callback; idempotent
    bool running() const;

private:
    static void callback(libusb_transfer* t) noexcept;

    DeviceHandle& handle_;
    EventQueue<InterruptEvent>& sink_;
    std::vector<std::uint8_t> buffer_;
    TransferPtr transfer_;
    mutable std::mutex mutex_;
    std::condition_variable cv_;
    bool in_flight_ = false;
    bool stopping_ = false;
};

}  // namespace pos::usb
