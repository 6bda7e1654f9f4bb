#pragma once
// FakeUsbBed: owns a umockdev testbed (fake /sys and /dev for this process) and
// the fake devices plugged into it. Create it BEFORE the libusb context so libusb
// sees the fake tree; destroy it after. Devices added while a context exists
// arrive through hotplug. Each test process gets its own testbed directory.
//
//   pos::fakeusb::FakeUsbBed bed;
//   auto& printer = bed.add_printer({});             // 04b8:0e15 at 001/002
//   pos::usb::Context ctx;                           // real libusb sees it
//   ... printer.received(), printer.paper_end_after(5000), bed.unplug(printer) ...
#include <cstdint>
#include <memory>
#include <vector>

#include "support/fakeusb/fake_hid_scanner.h"
#include "support/fakeusb/fake_printer.h"

struct _UMockdevTestbed;

namespace pos::fakeusb {

class FakeUsbBed {
public:
    // Throws std::runtime_error if libumockdev-preload is not active in this process.
    FakeUsbBed();
    ~FakeUsbBed();
    FakeUsbBed(const FakeUsbBed&) = delete;
    FakeUsbBed& operator=(const FakeUsbBed&) = delete;

    // Devices get bus 1 and addresses 2, 3, ... in the order they are added.
    FakePrinter& add_printer(FakePrinterConfig config = {});
    FakeHidScanner& add_hid_scanner(FakeHidScannerConfig config = {});

    // Unplug: every ioctl on the device fails with ENODEV (pending URBs complete
    // with -ENODEV), then a "remove" uevent is sent (hotplug: LEFT).
    void unplug(FakeUsbDevice& device);
    // Replug at the same bus/address: kernel drivers bound again, "add" uevent.
    void replug(FakeUsbDevice& device);

    _UMockdevTestbed* testbed() const noexcept { return tb_; }

private:
    void plug_in(FakeUsbDevice& device);

    _UMockdevTestbed* tb_ = nullptr;
    std::vector<std::unique_ptr<FakeUsbDevice>> devices_;
    std::uint8_t next_address_ = 2;
};

}  // namespace pos::fakeusb
