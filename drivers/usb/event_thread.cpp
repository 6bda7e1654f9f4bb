// libusb event loop thread with hotplug delivery.
#include "drivers/usb/event_thread.h"

#include <libusb.h>

#include "drivers/usb/context.h"
#include "drivers/usb/error.h"

namespace pos::usb {

namespace {
// Upper bound of one handle_events call; shutdown does not rely on it (it wakes the
// loop explicitly), it only bounds how stale the stop flag check can be.
constexpr timeval kLoopTimeout{0, 200 * 1000};
}  // namespace

struct EventThread::Callbacks {
    static int hotplug(libusb_context*, libusb_device* dev, libusb_hotplug_event event, void* self) {
        static_cast<EventThread*>(self)->record_hotplug(dev, event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED);
        return 0;  // keep the callback registered
    }
};

EventThread::EventThread(Context& ctx, EventQueue<UsbEvent>& events, MatchOptions options,
                         bool enumerate_existing)
    : ctx_(ctx), events_(events), options_(std::move(options)) {
    if (ctx_.has_hotplug()) {
        const int flags = enumerate_existing ? LIBUSB_HOTPLUG_ENUMERATE : 0;
        check(libusb_hotplug_register_callback(
                  ctx_.native(),
                  LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT,
                  static_cast<libusb_hotplug_flag>(flags), LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
                  LIBUSB_HOTPLUG_MATCH_ANY, &Callbacks::hotplug, this, &hotplug_handle_),
              "register USB hotplug");
        // ENUMERATE runs the callback synchronously for existing devices: describe them now.
        process_pending();
    }
    thread_ = std::thread([this] { run(); });
}

EventThread::~EventThread() { stop(); }

void EventThread::stop() noexcept {
    if (!thread_.joinable()) return;
    stop_.store(true);
    if (hotplug_handle_ != 0) {
        libusb_hotplug_deregister_callback(ctx_.native(), hotplug_handle_);  // also wakes the loop
        hotplug_handle_ = 0;
    }
    libusb_interrupt_event_handler(ctx_.native());
    thread_.join();
    std::lock_guard lock(pending_mutex_);
    for (auto& p : pending_) libusb_unref_device(p.dev);
    pending_.clear();
}

void EventThread::record_hotplug(libusb_device* dev, bool arrived) noexcept {
    // Only record: no synchronous libusb I/O is allowed inside the hotplug callback.
    Pending p{libusb_ref_device(dev), arrived, libusb_get_bus_number(dev), libusb_get_device_address(dev)};
    std::lock_guard lock(pending_mutex_);
    pending_.push_back(p);
}

void EventThread::run() noexcept {
    while (!stop_.load()) {
        timeval tv = kLoopTimeout;
        libusb_handle_events_timeout_completed(ctx_.native(), &tv, nullptr);
        process_pending();
    }
}

void EventThread::process_pending() noexcept {
    for (;;) {
        Pending p;
        {
            std::lock_guard lock(pending_mutex_);
            if (pending_.empty()) return;
            p = pending_.front();
            pending_.pop_front();
        }
        try {
            if (p.arrived) {
                if (auto info = describe_device(p.dev, options_)) events_.push(DeviceArrived{std::move(*info)});
            } else if (describe_device(p.dev, options_, false)) {
                events_.push(DeviceLeft{p.bus, p.address});
            }
        } catch (...) {
            // Describing a device that vanished mid-way is not fatal for the loop.
        }
        libusb_unref_device(p.dev);
    }
}

}  // namespace pos::usb
