// Match table, override parsing and interface choice (pure logic).
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "drivers/usb/device_match.h"

using namespace pos::usb;

namespace {
const InterfaceSummary printer_if{0, 7, 1, 2, true, false};
const InterfaceSummary vendor_if{0, 0xFF, 0, 0, true, false};
const InterfaceSummary hid_kbd{0, 3, 1, 1, false, true};
}  // namespace

TEST_CASE("known printers match by VID:PID with their profile") {
    auto m = match_device(0x04b8, 0x0e15, {printer_if});
    REQUIRE(m);
    CHECK(m->role == Role::printer);
    CHECK(m->profile == "TM-T20II");
    CHECK(m->reason == "table");
    CHECK(m->supported);
    auto vendor = match_device(0x04b8, 0x0202, {vendor_if});
    REQUIRE(vendor);
    CHECK(vendor->profile == "TM-T88IV");
}

TEST_CASE("Star TSP100 is known but unsupported, other Star models use the wildcard") {
    auto tsp = match_device(0x0519, 0x0003, {printer_if});
    REQUIRE(tsp);
    CHECK_FALSE(tsp->supported);
    CHECK(tsp->note == "raster-only printer: ESC/POS is not supported");
    auto other = match_device(0x0519, 0x0047, {printer_if});
    REQUIRE(other);
    CHECK(other->supported);
    CHECK(other->profile == "star");
}

TEST_CASE("any printer-class interface is a generic printer, unknown vendor class is not") {
    auto m = match_device(0x1234, 0x5678, {hid_kbd, InterfaceSummary{1, 7, 1, 2, true, false}});
    REQUIRE(m);
    CHECK(m->interface == 1);
    CHECK(m->profile == "generic");
    CHECK(m->reason == "printer class");
    CHECK_FALSE(match_device(0x1234, 0x5678, {vendor_if}));
}

TEST_CASE("HID interfaces match only for known scanner vendors") {
    auto zebra = match_device(0x05e0, 0x1200, {hid_kbd});
    REQUIRE(zebra);
    CHECK(zebra->role == Role::scanner);
    CHECK(zebra->profile == "zebra");
    CHECK_FALSE(match_device(0x046d, 0xc31c, {hid_kbd}));  // an ordinary keyboard
}

TEST_CASE("override string selects a vendor-class device and interface") {
    auto o = parse_override("1234:5678:1");
    CHECK(o.vid == 0x1234);
    CHECK(o.pid == 0x5678);
    REQUIRE(o.interface);
    CHECK(*o.interface == 1);
    CHECK_FALSE(parse_override("04B8:0202").interface);

    MatchOptions opts;
    opts.override_device = parse_override("1234:5678");
    auto m = match_device(0x1234, 0x5678, {vendor_if}, opts);
    REQUIRE(m);
    CHECK(m->reason == "override");
    CHECK(m->role == Role::printer);

    CHECK_THROWS_AS(parse_override("12345:1"), pos::Error);
    CHECK_THROWS_AS(parse_override("04b8"), pos::Error);
    CHECK_THROWS_AS(parse_override("04b8:zz"), pos::Error);
    CHECK_THROWS_AS(parse_override("04b8:0202:x"), pos::Error);
    CHECK(vid_pid_string(0x04b8, 0x0e15) == "04b8:0e15");
}
