// umockdev testbed ownership and device plugging.
#include "support/fakeusb/fake_usb_bed.h"

#include <umockdev.h>

#include <stdexcept>
#include <string>

namespace pos::fakeusb {

namespace {
std::string devpath_for(std::uint8_t address) {
    return "/devices/pci0000:00/0000:00:14.0/usb1/1-" + std::to_string(address);
}
}  // namespace

FakeUsbBed::FakeUsbBed() : tb_(umockdev_testbed_new()) {
    if (!umockdev_in_mock_environment()) {
        g_object_unref(tb_);
        throw std::runtime_error(
            "FakeUsbBed: libumockdev-preload is not active; link the test with pos_fakeusb "
            "(it adds -lumockdev-preload with --no-as-needed) or run it under umockdev-wrapper");
    }
}

FakeUsbBed::~FakeUsbBed() {
    devices_.clear();    // disconnect ioctl handlers first
    g_object_unref(tb_);  // removes the testbed's temporary directory
}

FakePrinter& FakeUsbBed::add_printer(FakePrinterConfig config) {
    auto dev = std::make_unique<FakePrinter>(std::move(config));
    FakePrinter& ref = *dev;
    devices_.push_back(std::move(dev));
    plug_in(ref);
    return ref;
}

FakeHidScanner& FakeUsbBed::add_hid_scanner(FakeHidScannerConfig config) {
    auto dev = std::make_unique<FakeHidScanner>(std::move(config));
    FakeHidScanner& ref = *dev;
    devices_.push_back(std::move(dev));
    plug_in(ref);
    return ref;
}

void FakeUsbBed::plug_in(FakeUsbDevice& device) {
    const std::uint8_t address = next_address_++;
    const std::string devpath = devpath_for(address);
    // The handler must be attached before the device appears: libusb reads it on the uevent.
    device.attach(tb_, 1, address, "/sys" + devpath);
    GError* err = nullptr;
    if (!umockdev_testbed_add_from_string(tb_, umockdev_text(device.spec_, devpath, 1, address).c_str(), &err)) {
        std::string msg = err != nullptr ? err->message : "unknown error";
        if (err != nullptr) g_error_free(err);
        throw std::runtime_error("FakeUsbBed: cannot add device: " + msg);
    }
}

void FakeUsbBed::unplug(FakeUsbDevice& device) {
    device.set_plugged(false);
    umockdev_testbed_uevent(tb_, device.syspath().c_str(), "remove");
}

void FakeUsbBed::replug(FakeUsbDevice& device) {
    device.set_plugged(true);
    umockdev_testbed_uevent(tb_, device.syspath().c_str(), "add");
}

}  // namespace pos::fakeusb
