// EventThread: hotplug arrival/departure through the EventQueue with the wake
// hook, interrupt-IN reports from the fake scanner, and clean shutdown with a
// pending interrupt transfer.
#include <doctest/doctest.h>
#include <libusb.h>

#include <atomic>
#include <string>

#include "drivers/usb/context.h"
#include "drivers/usb/device_handle.h"
#include "drivers/usb/enumerate.h"
#include "drivers/usb/event_thread.h"
#include "drivers/usb/interrupt_in.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace std::chrono_literals;
using namespace pos::usb;
using namespace pos::fakeusb;

namespace {

// Decodes boot-keyboard reports (US layout, digits and Enter only) into text.
std::string decode(const std::vector<std::vector<std::uint8_t>>& reports) {
    std::string out;
    for (const auto& r : reports) {
        if (r.size() != 8 || r[2] == 0) continue;
        const auto u = r[2];
        if (u >= 0x1E && u <= 0x26) out += static_cast<char>('1' + (u - 0x1E));
        else if (u == 0x27) out += '0';
        else if (u == 0x28) out += '\r';
        else if (u >= 0x04 && u <= 0x1D) out += static_cast<char>(((r[0] & 0x22) != 0 ? 'A' : 'a') + (u - 0x04));
        else out += '?';
    }
    return out;
}

}  // namespace

TEST_CASE("hotplug arrival and departure arrive through the EventQueue and call the wake hook") {
    FakeUsbBed bed;
    Context ctx;
    REQUIRE(ctx.has_hotplug());
    std::atomic<int> wakes{0};
    EventQueue<UsbEvent> events([&] { ++wakes; });
    EventThread thread(ctx, events);
    REQUIRE(thread.hotplug_registered());

    auto& printer = bed.add_printer();
    auto ev = events.wait_pop(5s);
    REQUIRE(ev);
    REQUIRE(std::holds_alternative<DeviceArrived>(*ev));
    const DeviceInfo& info = std::get<DeviceArrived>(*ev).info;
    CHECK(info.id() == "04b8:0e15");
    CHECK(info.bus == printer.bus());
    CHECK(info.address == printer.address());
    CHECK(info.product == "TM-T20II");
    CHECK(info.endpoints.bulk_out == 0x01);
    CHECK(info.endpoints.bulk_in == 0x82);
    CHECK(wakes.load() == 1);

    bed.unplug(printer);
    ev = events.wait_pop(5s);
    REQUIRE(ev);
    REQUIRE(std::holds_alternative<DeviceLeft>(*ev));
    CHECK(std::get<DeviceLeft>(*ev).bus == printer.bus());
    CHECK(std::get<DeviceLeft>(*ev).address == printer.address());
    CHECK(wakes.load() == 2);

    bed.replug(printer);
    ev = events.wait_pop(5s);
    REQUIRE(ev);
    CHECK(std::holds_alternative<DeviceArrived>(*ev));
    thread.stop();
    CHECK(events.size() == 0);
}

TEST_CASE("devices that do not match produce no hotplug events") {
    FakeUsbBed bed;
    Context ctx;
    EventQueue<UsbEvent> events;
    EventThread thread(ctx, events);
    FakeHidScannerConfig keyboard;
    keyboard.vid = 0x046d;
    keyboard.pid = 0xc31c;
    bed.add_hid_scanner(keyboard);
    bed.add_printer();  // a matching device after it: its arrival proves the first was seen and skipped
    auto ev = events.wait_pop(5s);
    REQUIRE(ev);
    REQUIRE(std::holds_alternative<DeviceArrived>(*ev));
    CHECK(std::get<DeviceArrived>(*ev).info.vid == 0x04b8);
    CHECK(events.size() == 0);
}

TEST_CASE("scanner reports arrive through InterruptIn on the EventThread") {
    FakeUsbBed bed;
    auto& scanner = bed.add_hid_scanner();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    DeviceHandle h(ctx, found[0]);
    h.claim(found[0].interface);
    EventQueue<UsbEvent> usb_events;
    EventThread thread(ctx, usb_events);
    std::atomic<int> wakes{0};
    EventQueue<InterruptEvent> reports([&] { ++wakes; });
    InterruptIn in(h, found[0].endpoints.interrupt_in, found[0].endpoints.interrupt_in_packet, reports);
    in.start();
    CHECK(in.running());

    scanner.type_code("4006381333931\r");
    std::vector<std::vector<std::uint8_t>> got;
    while (got.size() < 28) {
        auto ev = reports.wait_pop(5s);
        REQUIRE(ev);
        REQUIRE(std::holds_alternative<InterruptData>(*ev));
        got.push_back(std::get<InterruptData>(*ev).bytes);
    }
    CHECK(decode(got) == "4006381333931\r");
    CHECK(got[1] == std::vector<std::uint8_t>(8, 0));  // key up after each key down
    CHECK(wakes.load() == 28);

    scanner.type_code("A");
    std::vector<std::vector<std::uint8_t>> shifted;
    while (shifted.size() < 2) {
        auto ev = reports.wait_pop(5s);
        REQUIRE(ev);
        shifted.push_back(std::get<InterruptData>(*ev).bytes);
    }
    CHECK(shifted[0] == std::vector<std::uint8_t>{0x02, 0, 0x04, 0, 0, 0, 0, 0});

    in.stop();
    CHECK_FALSE(in.running());
    CHECK(reports.size() == 0);  // a cancel requested by stop() is not reported as an event
}

TEST_CASE("EventThread shuts down cleanly while an interrupt transfer is pending") {
    FakeUsbBed bed;
    bed.add_hid_scanner();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    DeviceHandle h(ctx, found[0]);
    h.claim(found[0].interface);
    EventQueue<InterruptEvent> reports;
    InterruptIn in(h, found[0].endpoints.interrupt_in, 8, reports);
    {
        EventQueue<UsbEvent> usb_events;
        EventThread thread(ctx, usb_events);
        in.start();
        CHECK(in.running());
    }  // EventThread stops and joins with the transfer still pending
    CHECK(in.running());
    in.stop();  // cancels and handles events itself until the callback ran
    CHECK_FALSE(in.running());
    CHECK(reports.size() == 0);
}

TEST_CASE("unplugging the scanner stops the interrupt stream with NO_DEVICE") {
    FakeUsbBed bed;
    auto& scanner = bed.add_hid_scanner();
    Context ctx;
    const auto found = enumerate(ctx);
    REQUIRE(found.size() == 1);
    DeviceHandle h(ctx, found[0]);
    h.claim(found[0].interface);
    EventQueue<UsbEvent> usb_events;
    EventThread thread(ctx, usb_events);
    EventQueue<InterruptEvent> reports;
    InterruptIn in(h, found[0].endpoints.interrupt_in, 8, reports);
    in.start();
    bed.unplug(scanner);
    auto ev = reports.wait_pop(5s);
    REQUIRE(ev);
    REQUIRE(std::holds_alternative<InterruptStopped>(*ev));
    CHECK(std::get<InterruptStopped>(*ev).libusb_code == LIBUSB_ERROR_NO_DEVICE);
    CHECK(std::get<InterruptStopped>(*ev).message == "device unplugged");
    CHECK_FALSE(in.running());
}
