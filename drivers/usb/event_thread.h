#pragma once
// EventThread: one thread running libusb event handling for a Context (async
// transfer callbacks, timeouts, hotplug). Hotplug arrivals and departures of
// matching devices are delivered as UsbEvent through an EventQueue.
// The libusb hotplug callback only records the event; describing the device
// (which opens it to read strings) happens on this thread after the callback.
#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <variant>

#include "drivers/usb/enumerate.h"
#include "drivers/usb/event_queue.h"

struct libusb_context;
struct libusb_device;

namespace pos::usb {

class Context;

struct DeviceArrived {
    DeviceInfo info;
};
struct DeviceLeft {
    std::uint8_t bus = 0;
    std::uint8_t address = 0;
};
using UsbEvent = std::variant<DeviceArrived, DeviceLeft>;

class EventThread {
public:
    // Starts the thread and registers hotplug (if the platform has it).
    // enumerate_existing: also report devices attached before the start as arrivals.
    EventThread(Context& ctx, EventQueue<UsbEvent>& events, MatchOptions options = {},
                bool enumerate_existing = false);
    ~EventThread();  // stop()
    EventThread(const EventThread&) = delete;
    EventThread& operator=(const EventThread&) = delete;

    // Deregisters hotplug, wakes the handler and joins. Idempotent.
    void stop() noexcept;
    bool hotplug_registered() const noexcept { return hotplug_handle_ != 0; }

private:
    struct Pending {
        libusb_device* dev = nullptr;  // referenced in the callback, unreferenced after processing
        bool arrived = false;
        std::uint8_t bus = 0, address = 0;
    };

    struct Callbacks;  // libusb callback trampolines, defined in the .cpp
    friend struct Callbacks;
    void record_hotplug(libusb_device* dev, bool arrived) noexcept;
    void run() noexcept;
    void process_pending() noexcept;

    Context& ctx_;
    EventQueue<UsbEvent>& events_;
    MatchOptions options_;
    std::atomic<bool> stop_{false};
    int hotplug_handle_ = 0;
    std::mutex pending_mutex_;
    std::deque<Pending> pending_;
    std::thread thread_;
};

}  // namespace pos::usb
