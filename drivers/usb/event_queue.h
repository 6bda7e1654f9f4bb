#pragma once
// EventQueue<T>: thread-safe FIFO from device threads to the UI/app thread.
// On every push the wake hook runs, e.g. a function calling glfwPostEmptyEvent
// so the UI loop wakes up and drains the queue.
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace pos::usb {

template <class T>
class EventQueue {
public:
    using WakeFn = std::function<void()>;

    explicit EventQueue(WakeFn wake = {}) : wake_(std::move(wake)) {}
    EventQueue(const EventQueue&) = delete;
    EventQueue& operator=(const EventQueue&) = delete;

    // The hook must be cheap, thread-safe and must not use this queue.
    void set_wake(WakeFn wake) {
        std::lock_guard lock(mutex_);
        wake_ = std::move(wake);
    }

    // The wake hook runs before the item can be popped (under the queue lock), so a
    // consumer that sees the item knows the hook already ran. It must not call
    // back into this queue.
    void push(T value) {
        {
            std::lock_guard lock(mutex_);
            items_.push_back(std::move(value));
            if (wake_) wake_();
        }
        cv_.notify_all();
    }

    std::optional<T> try_pop() {
        std::lock_guard lock(mutex_);
        return pop_locked();
    }

    // Waits up to timeout for an item.
    template <class Rep, class Period>
    std::optional<T> wait_pop(std::chrono::duration<Rep, Period> timeout) {
        std::unique_lock lock(mutex_);
        cv_.wait_for(lock, timeout, [&] { return !items_.empty(); });
        return pop_locked();
    }

    std::vector<T> drain() {
        std::lock_guard lock(mutex_);
        std::vector<T> out(std::make_move_iterator(items_.begin()), std::make_move_iterator(items_.end()));
        items_.clear();
        return out;
    }

    std::size_t size() const {
        std::lock_guard lock(mutex_);
        return items_.size();
    }

private:
    std::optional<T> pop_locked() {
        if (items_.empty()) return std::nullopt;
        T v = std::move(items_.front());
        items_.pop_front();
        return v;
    }

    mutable std::mutex mutex_;
    std::condition_variable cv_;
    std::deque<T> items_;
    WakeFn wake_;
};

}  // namespace pos::usb
