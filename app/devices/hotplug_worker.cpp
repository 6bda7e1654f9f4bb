#include "devices/hotplug_worker.h"

#include <exception>
#include <utility>

namespace pos::devices {

HotplugWorker::HotplugWorker()
    : queue_([this] {
          // Runs under the queue's lock: only this worker's own lock is taken here.
          {
              std::lock_guard lock(mutex_);
              ready_ = true;
          }
          cv_.notify_all();
      }) {}

HotplugWorker::~HotplugWorker() { stop(); }

void HotplugWorker::start(Task first, Handler handle, std::function<void(const std::exception&)> on_error) {
    first_ = std::move(first);
    handle_ = std::move(handle);
    on_error_ = std::move(on_error);
    thread_ = std::thread([this] { run(); });
}

void HotplugWorker::stop() noexcept {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void HotplugWorker::run() noexcept {
    const auto guarded = [this](const auto& f) {
        try {
            f();
        } catch (const std::exception& e) {
            if (on_error_) on_error_(e);
        }
    };
    if (first_) guarded(first_);
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            cv_.wait(lock, [this] { return stop_ || ready_; });
            if (stop_) return;
            ready_ = false;
        }
        for (const usb::UsbEvent& ev : queue_.drain()) {
            {
                std::lock_guard lock(mutex_);
                if (stop_) return;
            }
            guarded([&] { handle_(ev); });
        }
    }
}

}  // namespace pos::devices
