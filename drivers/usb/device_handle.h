#pragma once
// DeviceHandle: RAII open handle of one USB device plus the interfaces it claimed.
// Claiming first enables libusb's auto-detach (so usblp/usbhid are unbound and
// rebound on release); it never calls set_configuration or reset.
#include <cstdint>
#include <memory>
#include <vector>

struct libusb_device_handle;
struct libusb_transfer;

namespace pos::usb {

class Context;
struct DeviceInfo;

// Owning pointer for async transfers: libusb_free_transfer on destruction.
struct TransferFree {
    void operator()(libusb_transfer* t) const noexcept;
};
using TransferPtr = std::unique_ptr<libusb_transfer, TransferFree>;
TransferPtr alloc_transfer();  // throws pos::usb::Error on NO_MEM

class DeviceHandle {
public:
    // Opens the device currently at bus/address. Throws pos::usb::Error
    // (NOT_FOUND if nothing is there, ACCESS without the udev rule).
    DeviceHandle(Context& ctx, std::uint8_t bus, std::uint8_t address);
    DeviceHandle(Context& ctx, const DeviceInfo& info);
    ~DeviceHandle();
    DeviceHandle(DeviceHandle&& other) noexcept;
    DeviceHandle& operator=(DeviceHandle&& other) noexcept;
    DeviceHandle(const DeviceHandle&) = delete;
    DeviceHandle& operator=(const DeviceHandle&) = delete;

    // Auto-detach the kernel driver, then claim. BUSY: another program holds it.
    void claim(int interface);
    void release(int interface) noexcept;
    bool claimed(int interface) const noexcept;
    // True when a kernel driver (usblp, usbhid) is bound to the interface.
    bool kernel_driver_active(int interface) const;
    // Clears a stalled endpoint (after LIBUSB_ERROR_PIPE).
    void clear_halt(std::uint8_t endpoint);

    libusb_device_handle* native() const noexcept { return h_; }
    Context& context() const noexcept { return *ctx_; }

private:
    void close() noexcept;

    Context* ctx_;
    libusb_device_handle* h_ = nullptr;
    std::vector<int> claimed_;
};

}  // namespace pos::usb
