#pragma once
// HotplugWorker: the device runtime's thread for USB hotplug. The one EventThread pushes
// arrivals and departures into queue(); this thread runs a start-up task first (opening the
// scanner found at start), then hands every event to the handler (the printer hub and the
// scanner). Opening a device (claim, control transfers with their 1 s timeouts) therefore
// never runs on the UI thread, and printer I/O on the hub's worker never delays a scanner.
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

#include "drivers/usb/event_queue.h"
#include "drivers/usb/event_thread.h"

namespace pos::devices {

class HotplugWorker {
public:
    using Task = std::function<void()>;
    using Handler = std::function<void(const usb::UsbEvent&)>;

    HotplugWorker();
    ~HotplugWorker();  // stop()
    HotplugWorker(const HotplugWorker&) = delete;
    HotplugWorker& operator=(const HotplugWorker&) = delete;

    // Give this queue to the EventThread; events wait in it until start().
    usb::EventQueue<usb::UsbEvent>& queue() noexcept { return queue_; }
    // Starts the thread: first() once, then handle(event) for every event, in order. Exceptions
    // from either are given to on_error (on the thread) and the thread goes on. Call once.
    void start(Task first, Handler handle, std::function<void(const std::exception&)> on_error);
    void stop() noexcept;  // joins; events not yet handled are dropped; idempotent

private:
    void run() noexcept;

    std::mutex mutex_;
    std::condition_variable cv_;
    bool ready_ = false, stop_ = false;
    usb::EventQueue<usb::UsbEvent> queue_;
    Task first_;
    Handler handle_;
    std::function<void(const std::exception&)> on_error_;
    std::thread thread_;
};

}  // namespace pos::devices
