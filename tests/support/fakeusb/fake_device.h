#pragma once
// FakeUsbDevice: base of the fake USB devices. It answers the usbdevfs ioctls
// libusb sends (through umockdev's ioctl handler, on umockdev's worker thread):
// SUBMITURB/REAPURB[NDELAY]/DISCARDURB, CLAIM/RELEASE, GETDRIVER, DISCONNECT_CLAIM,
// USBDEVFS_IOCTL(CONNECT/DISCONNECT), CONTROL, GET_CAPABILITIES. Standard
// GET_DESCRIPTOR requests are answered here; subclasses handle bulk OUT data and
// class requests. All state is guarded by mutex_.
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "support/fakeusb/descriptors.h"

struct _UMockdevTestbed;
struct _UMockdevIoctlBase;
struct _UMockdevIoctlClient;

namespace pos::fakeusb {

class FakeUsbDevice {
public:
    virtual ~FakeUsbDevice();
    FakeUsbDevice(const FakeUsbDevice&) = delete;
    FakeUsbDevice& operator=(const FakeUsbDevice&) = delete;

    std::uint8_t bus() const noexcept { return bus_; }
    std::uint8_t address() const noexcept { return address_; }
    std::uint16_t vid() const noexcept { return spec_.vid; }
    std::uint16_t pid() const noexcept { return spec_.pid; }
    const std::string& syspath() const noexcept { return syspath_; }  // "/sys/devices/..."
    const std::string& devnode() const noexcept { return devnode_; }  // "/dev/bus/usb/001/002"
    bool plugged() const;

    // What GETDRIVER would report for an interface now: "usbfs" when claimed by a
    // program, the kernel driver name when bound, "" when none.
    std::string driver(int interface) const;
    int detach_count() const;             // kernel driver unbinds (DISCONNECT_CLAIM / DISCONNECT)
    int attach_count() const;             // kernel driver rebinds (CONNECT)
    int set_configuration_count() const;  // SETCONFIGURATION ioctls (a driver should send none)
    int reset_count() const;              // RESET ioctls (a driver should send none)
    // Sizes of the bulk/interrupt OUT URBs submitted, in order.
    std::vector<std::size_t> out_urb_sizes() const;

protected:
    struct Setup {
        std::uint8_t request_type = 0, request = 0;
        std::uint16_t value = 0, index = 0, length = 0;
    };

    explicit FakeUsbDevice(DeviceSpec spec);

    // Called with mutex_ held. Returns how many bytes of `data` the device accepts
    // now (0..size). Unaccepted bytes stay pending until pump_locked() is called
    // again or libusb discards the URB (timeout).
    virtual std::size_t on_bulk_out(std::uint8_t endpoint, std::span<const std::uint8_t> data) = 0;
    // Called with mutex_ held for non-standard control requests. For IN requests
    // write up to setup.length bytes into data and return the count; for OUT
    // requests read data. Return -1 to stall.
    virtual int on_control(const Setup& setup, std::span<std::uint8_t> data);

    // Queue one packet for an IN endpoint (mutex_ held). Inside a hook that is all;
    // elsewhere call pump_locked() afterwards to complete waiting IN URBs.
    void queue_in_locked(std::uint8_t endpoint, std::vector<std::uint8_t> packet);
    // Retry pending OUT data and fill pending IN URBs (mutex_ held).
    void pump_locked();
    std::size_t queued_in_locked(std::uint8_t endpoint) const;

    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;  // notified whenever OUT data is accepted
    const DeviceSpec spec_;

private:
    friend class FakeUsbBed;
    struct Glue;
    friend struct Glue;
    struct Urb;

    void attach(_UMockdevTestbed* tb, std::uint8_t bus, std::uint8_t address, const std::string& syspath);
    void set_plugged(bool plugged);
    bool handle_ioctl(_UMockdevIoctlClient* client);
    int control_locked(const Setup& setup, std::span<std::uint8_t> data);

    std::uint8_t bus_ = 0, address_ = 0;
    std::string syspath_, devnode_;
    _UMockdevIoctlBase* handler_ = nullptr;
    unsigned long signal_id_ = 0;

    bool plugged_ = true;
    std::deque<std::unique_ptr<Urb>> pending_out_, pending_in_, done_;
    std::map<std::uint8_t, std::deque<std::vector<std::uint8_t>>> in_packets_;
    std::map<int, bool> bound_;                // kernel driver bound, per interface
    std::set<int> claimed_;                    // interfaces claimed through usbfs
    int stall_writes_ = 0;
    int detach_count_ = 0, attach_count_ = 0, set_configuration_count_ = 0, reset_count_ = 0;
    std::vector<std::size_t> out_urb_sizes_;

protected:
    // Number of next OUT URBs that will not be accepted at all (they time out).
    void stall_next_writes_locked(int n) { stall_writes_ += n; }
};

}  // namespace pos::fakeusb
