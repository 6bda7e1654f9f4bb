// Discovery through real libusb against fake devices.
#include <doctest/doctest.h>

#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace pos::usb;
using namespace pos::fakeusb;

namespace {
const DeviceInfo* find(const std::vector<DeviceInfo>& list, std::uint16_t vid, std::uint16_t pid) {
    for (const auto& d : list)
        if (d.vid == vid && d.pid == pid) return &d;
    return nullptr;
}
}  // namespace

TEST_CASE("enumerate finds the fake TM-T20II with endpoints from its descriptors") {
    FakeUsbBed bed;
    auto& printer = bed.add_printer();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    const DeviceInfo& d = found[0];
    CHECK(d.role == Role::printer);
    CHECK(d.id() == "04b8:0e15");
    CHECK(d.profile == "TM-T20II");
    CHECK(d.bus == printer.bus());
    CHECK(d.address == printer.address());
    CHECK(d.manufacturer == "EPSON");
    CHECK(d.product == "TM-T20II");
    CHECK(d.serial == "FAKE0001");
    CHECK(d.interface == 0);
    CHECK(d.interface_class == 7);
    CHECK(d.endpoints.bulk_out == 0x01);
    CHECK(d.endpoints.bulk_in == 0x82);
    CHECK(d.endpoints.bulk_out_packet == 64);
    CHECK_FALSE(d.problem);
}

TEST_CASE("enumerate discovers the POS58 clone's 0x03/0x81 endpoints and the scanner's interrupt IN") {
    FakeUsbBed bed;
    FakePrinterConfig pos58;
    pos58.vid = 0x0416;
    pos58.pid = 0x5011;
    pos58.ep_out = 0x03;
    pos58.ep_in = 0x81;
    pos58.manufacturer = "Winbond";
    pos58.product = "Virtual Com Port";
    bed.add_printer(pos58);
    bed.add_hid_scanner();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 2);
    const DeviceInfo* p = find(found, 0x0416, 0x5011);
    REQUIRE(p);
    CHECK(p->profile == "POS58");
    CHECK(p->endpoints.bulk_out == 0x03);
    CHECK(p->endpoints.bulk_in == 0x81);
    CHECK(p->product == "Virtual Com Port");
    const DeviceInfo* s = find(found, 0x05e0, 0x1200);
    REQUIRE(s);
    CHECK(s->role == Role::scanner);
    CHECK(s->interface_class == 3);
    CHECK(s->endpoints.interrupt_in == 0x81);
    CHECK(s->endpoints.interrupt_in_packet == 8);
    CHECK(s->endpoints.bulk_out == 0);
}

TEST_CASE("a vendor-class printer is found only through the override string") {
    FakeUsbBed bed;
    FakePrinterConfig vendor;
    vendor.vid = 0x1234;
    vendor.pid = 0xabcd;
    vendor.interface_class = 0xFF;
    vendor.interface_subclass = 0;
    vendor.interface_protocol = 0;
    vendor.ep_out = 0x02;
    vendor.ep_in = 0x83;
    bed.add_printer(vendor);
    FakeHidScannerConfig keyboard;  // an ordinary keyboard from a non-scanner vendor
    keyboard.vid = 0x046d;
    keyboard.pid = 0xc31c;
    bed.add_hid_scanner(keyboard);
    Context ctx;
    CHECK(enumerate(ctx).empty());

    MatchOptions opts;
    opts.override_device = parse_override("1234:ABCD:0");
    const auto found = enumerate(ctx, opts);
    REQUIRE(found.size() == 1);
    CHECK(found[0].reason == "override");
    CHECK(found[0].interface_class == 0xFF);
    CHECK(found[0].endpoints.bulk_out == 0x02);
    CHECK(found[0].endpoints.bulk_in == 0x83);
}

TEST_CASE("Star TSP100 is reported as unsupported") {
    FakeUsbBed bed;
    FakePrinterConfig tsp;
    tsp.vid = 0x0519;
    tsp.pid = 0x0003;
    tsp.manufacturer = "Star Micronics";
    tsp.product = "TSP143IIU";
    bed.add_printer(tsp);
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    CHECK_FALSE(found[0].supported);
    CHECK(found[0].note == "raster-only printer: ESC/POS is not supported");
}
