// Opening, claiming and releasing USB devices.
#include "drivers/usb/device_handle.h"

#include <libusb.h>

#include <algorithm>
#include <memory>
#include <utility>

#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "drivers/usb/error.h"

namespace pos::usb {

void TransferFree::operator()(libusb_transfer* t) const noexcept { libusb_free_transfer(t); }

TransferPtr alloc_transfer() {
    TransferPtr t(libusb_alloc_transfer(0));
    if (!t) throw Error(LIBUSB_ERROR_NO_MEM, "allocate USB transfer");
    return t;
}

DeviceHandle::DeviceHandle(Context& ctx, std::uint8_t bus, std::uint8_t address) : ctx_(&ctx) {
    libusb_device** list = nullptr;
    const ssize_t n = libusb_get_device_list(ctx.native(), &list);
    if (n < 0) throw Error(static_cast<int>(n), "list USB devices");
    auto free_list = [](libusb_device** l) { libusb_free_device_list(l, 1); };
    std::unique_ptr<libusb_device*, decltype(free_list)> guard(list, free_list);
    for (ssize_t i = 0; i < n; ++i) {
        if (libusb_get_bus_number(list[i]) == bus && libusb_get_device_address(list[i]) == address) {
            check(libusb_open(list[i], &h_), "open USB device");
            return;
        }
    }
    throw Error(LIBUSB_ERROR_NOT_FOUND, "open USB device");
}

DeviceHandle::DeviceHandle(Context& ctx, const DeviceInfo& info)
    : DeviceHandle(ctx, info.bus, info.address) {}

DeviceHandle::~DeviceHandle() { close(); }

DeviceHandle::DeviceHandle(DeviceHandle&& other) noexcept
    : ctx_(other.ctx_), h_(std::exchange(other.h_, nullptr)), claimed_(std::move(other.claimed_)) {}

DeviceHandle& DeviceHandle::operator=(DeviceHandle&& other) noexcept {
    if (this != &other) {
        close();
        ctx_ = other.ctx_;
        h_ = std::exchange(other.h_, nullptr);
        claimed_ = std::move(other.claimed_);
    }
    return *this;
}

void DeviceHandle::close() noexcept {
    if (h_ == nullptr) return;
    for (int i : claimed_) libusb_release_interface(h_, i);  // re-attaches the kernel driver
    claimed_.clear();
    libusb_close(h_);
    h_ = nullptr;
}

void DeviceHandle::claim(int interface) {
    if (claimed(interface)) return;
    // Not supported on every platform (e.g. no kernel drivers to detach): not an error.
    const int rc = libusb_set_auto_detach_kernel_driver(h_, 1);
    if (rc != LIBUSB_SUCCESS && rc != LIBUSB_ERROR_NOT_SUPPORTED) check(rc, "enable kernel driver auto-detach");
    check(libusb_claim_interface(h_, interface), "claim USB interface");
    claimed_.push_back(interface);
}

void DeviceHandle::release(int interface) noexcept {
    auto it = std::find(claimed_.begin(), claimed_.end(), interface);
    if (it == claimed_.end()) return;
    libusb_release_interface(h_, interface);
    claimed_.erase(it);
}

bool DeviceHandle::claimed(int interface) const noexcept {
    return std::find(claimed_.begin(), claimed_.end(), interface) != claimed_.end();
}

bool DeviceHandle::kernel_driver_active(int interface) const {
    const int rc = libusb_kernel_driver_active(h_, interface);
    if (rc == LIBUSB_ERROR_NOT_SUPPORTED) return false;
    return check(rc, "query kernel driver") == 1;
}

void DeviceHandle::clear_halt(std::uint8_t endpoint) {
    check(libusb_clear_halt(h_, endpoint), "clear stalled endpoint");
}

}  // namespace pos::usb
