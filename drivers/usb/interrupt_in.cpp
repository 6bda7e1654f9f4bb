// Resubmitting async interrupt-IN transfer.
#include "drivers/usb/interrupt_in.h"

#include <libusb.h>

#include "drivers/usb/context.h"
#include "drivers/usb/error.h"

namespace pos::usb {

InterruptIn::InterruptIn(DeviceHandle& handle, std::uint8_t endpoint, std::size_t packet_size,
                         EventQueue<InterruptEvent>& sink)
    : handle_(handle), sink_(sink), buffer_(packet_size == 0 ? 8 : packet_size), transfer_(alloc_transfer()) {
    libusb_fill_interrupt_transfer(transfer_.get(), handle_.native(), endpoint, buffer_.data(),
                                   static_cast<int>(buffer_.size()), &InterruptIn::callback, this, 0);
}

InterruptIn::~InterruptIn() { stop(); }

void InterruptIn::start() {
    std::lock_guard lock(mutex_);
    if (in_flight_) return;
    stopping_ = false;
    check(libusb_submit_transfer(transfer_.get()), "start reading scanner reports");
    in_flight_ = true;
}

bool InterruptIn::running() const {
    std::lock_guard lock(mutex_);
    return in_flight_;
}

void InterruptIn::stop() noexcept {
    {
        std::lock_guard lock(mutex_);
        if (!in_flight_) return;
        stopping_ = true;
        // NOT_FOUND: it is completing right now; the callback will see stopping_.
        libusb_cancel_transfer(transfer_.get());
    }
    libusb_context* ctx = handle_.context().native();
    for (;;) {
        {
            std::unique_lock lock(mutex_);
            if (cv_.wait_for(lock, std::chrono::milliseconds(10), [&] { return !in_flight_; })) return;
        }
        // If no EventThread runs (or it was stopped), nobody else would deliver the
        // cancellation: handle events here. If one runs, this just waits alongside it.
        timeval tv{0, 10 * 1000};
        libusb_handle_events_timeout_completed(ctx, &tv, nullptr);
    }
}

void InterruptIn::callback(libusb_transfer* t) noexcept {
    auto* self = static_cast<InterruptIn*>(t->user_data);
    std::unique_lock lock(self->mutex_);
    if (t->status == LIBUSB_TRANSFER_COMPLETED) {
        if (t->actual_length > 0) {
            InterruptData d{std::vector<std::uint8_t>(t->buffer, t->buffer + t->actual_length)};
            self->sink_.push(std::move(d));
        }
        if (!self->stopping_) {
            const int rc = libusb_submit_transfer(t);
            if (rc == LIBUSB_SUCCESS) return;
            self->sink_.push(InterruptStopped{rc, describe_libusb_error(rc)});
        }
    } else if (t->status != LIBUSB_TRANSFER_CANCELLED || !self->stopping_) {
        const int rc = transfer_status_to_error(t->status);
        self->sink_.push(InterruptStopped{rc, describe_libusb_error(rc)});
    }
    self->in_flight_ = false;
    lock.unlock();
    self->cv_.notify_all();
}

}  // namespace pos::usb
