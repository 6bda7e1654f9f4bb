// Claiming with kernel-driver auto-detach, and BUSY when another program holds it.
#include <doctest/doctest.h>
#include <libusb.h>

#include "drivers/usb/context.h"
#include "drivers/usb/device_handle.h"
#include "drivers/usb/enumerate.h"
#include "drivers/usb/error.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace pos::usb;
using namespace pos::fakeusb;

TEST_CASE("claiming the HID scanner detaches usbhid and re-attaches it on release") {
    FakeUsbBed bed;
    auto& scanner = bed.add_hid_scanner();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    {
        DeviceHandle h(ctx, found[0]);
        CHECK(h.kernel_driver_active(0));
        CHECK(scanner.driver(0) == "usbhid");
        h.claim(found[0].interface);
        CHECK(h.claimed(0));
        CHECK(scanner.driver(0) == "usbfs");
        CHECK(scanner.detach_count() == 1);
        CHECK(scanner.attach_count() == 0);
    }
    CHECK(scanner.driver(0) == "usbhid");
    CHECK(scanner.attach_count() == 1);
    CHECK(scanner.set_configuration_count() == 0);
    CHECK(scanner.reset_count() == 0);
}

TEST_CASE("a second program claiming the printer gets BUSY with a readable message") {
    FakeUsbBed bed;
    auto& printer = bed.add_printer();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    DeviceHandle first(ctx, found[0]);
    first.claim(0);
    CHECK(printer.driver(0) == "usbfs");

    DeviceHandle second(ctx, found[0]);
    try {
        second.claim(0);
        FAIL("claim should fail");
    } catch (const Error& e) {
        CHECK(e.libusb_code() == LIBUSB_ERROR_BUSY);
        CHECK(e.human() == "claimed by another program (usblp/CUPS?)");
    }
    CHECK_FALSE(second.claimed(0));
    first.release(0);
    CHECK(printer.driver(0).empty());
    second.claim(0);
    CHECK(second.claimed(0));
    CHECK(printer.set_configuration_count() == 0);
}

TEST_CASE("opening a device that is not there reports NOT_FOUND") {
    FakeUsbBed bed;
    Context ctx;
    CHECK_THROWS_AS(DeviceHandle(ctx, 1, 99), Error);
}
