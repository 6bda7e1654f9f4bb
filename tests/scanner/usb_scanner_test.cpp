// UsbScanner through the real libusb against FakeHidScanner (umockdev): detach + claim, scans on
// the keyboard path, Shift/layout/GS1 cases, idle-gap scans, unplug -> ScannerLost, replug ->
// reopened on the hotplug arrival. Waits on the event queues with timeouts.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>

#include "core/codes/barcode.h"
#include "core/common/error.h"
#include "drivers/scanner/usb_scanner.h"
#include "drivers/usb/context.h"
#include "drivers/usb/error.h"
#include "drivers/usb/event_thread.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace std::chrono_literals;
using namespace pos::scanner;
namespace usb = pos::usb;
namespace fake = pos::fakeusb;

namespace {

constexpr auto kWait = 5s;
const std::string kLabel = "05e0:1200 Symbol Bar Code Scanner";

template <class T>
T next(usb::EventQueue<ScannerEvent>& q) {
    auto ev = q.wait_pop(kWait);
    REQUIRE_MESSAGE(ev.has_value(), "no scanner event within 5 s");
    if (const auto* err = std::get_if<ScannerError>(&*ev)) INFO("ScannerError: " << err->message);
    if (const auto* lost = std::get_if<ScannerLost>(&*ev)) INFO("ScannerLost: " << lost->reason);
    REQUIRE(std::holds_alternative<T>(*ev));
    return std::get<T>(*ev);
}

std::string next_scan(usb::EventQueue<ScannerEvent>& q) { return next<ScanEvent>(q).code; }

// Forwards hotplug events to the scanner until one of type T was handled.
template <class T>
void forward_until(usb::EventQueue<usb::UsbEvent>& usb_events, UsbScanner& scanner) {
    for (;;) {
        auto ev = usb_events.wait_pop(kWait);
        REQUIRE_MESSAGE(ev.has_value(), "no hotplug event within 5 s");
        scanner.handle(*ev);
        if (std::holds_alternative<T>(*ev)) return;
    }
}

// Options for the tests: Enter/Tab end the scans; a long idle gap keeps a busy machine (ctest -j2
// next to compilers) from splitting a scan when the fake's delivery stalls for a moment.
UsbScannerOptions test_options(std::string layout = "us") {
    UsbScannerOptions o;
    o.layout = std::move(layout);
    o.assembler.idle_gap = 1s;
    return o;
}

// Bed, libusb context, event thread and scanner in the order they must be built and torn down.
struct Rig {
    explicit Rig(UsbScannerOptions options = test_options(), bool with_scanner = true,
                 fake::FakeHidScannerConfig config = {})
        : fake_scanner(with_scanner ? &bed.add_hid_scanner(config) : nullptr),
          events([this] { ++wakes; }),
          scanner(ctx, events, std::move(options)) {}

    fake::FakeUsbBed bed;
    fake::FakeHidScanner* fake_scanner;
    usb::Context ctx;
    usb::EventQueue<usb::UsbEvent> usb_events;
    usb::EventThread thread{ctx, usb_events};
    std::atomic<int> wakes{0};
    usb::EventQueue<ScannerEvent> events;
    UsbScanner scanner;
};

}  // namespace

TEST_CASE("opening detaches usbhid, claims, and a typed EAN-13 arrives as one ScanEvent") {
    Rig rig;
    auto& fs = *rig.fake_scanner;
    REQUIRE(fs.driver(0) == "usbhid");
    REQUIRE(rig.scanner.open_first());
    const auto ready = next<ScannerReady>(rig.events);
    CHECK(ready.device == kLabel);
    CHECK(ready.path == ScannerPath::boot_keyboard);
    CHECK(rig.scanner.is_open());
    CHECK(fs.detach_count() == 1);
    CHECK(fs.driver(0) == "usbfs");
    CHECK(fs.set_configuration_count() == 0);
    CHECK(fs.reset_count() == 0);

    fs.type_code("4006381333931\r");
    const auto scan = next<ScanEvent>(rig.events);
    CHECK(scan == ScanEvent{"4006381333931", "", kLabel});
    CHECK(rig.wakes.load() == 2);  // ready + scan, each woke the app
    CHECK_FALSE(rig.events.wait_pop(150ms));  // no second scan
    CHECK(fs.unread_reports() == 0);

    rig.scanner.close();
    CHECK_FALSE(rig.scanner.is_open());
    CHECK(fs.driver(0) == "usbhid");  // given back to the kernel
}

TEST_CASE("Shift, '-' and Tab: SOFA-001 and mixed case come through exactly") {
    Rig rig;
    REQUIRE(rig.scanner.open_first());
    next<ScannerReady>(rig.events);
    rig.fake_scanner->type_code("SOFA-001\r");
    CHECK(next_scan(rig.events) == "SOFA-001");
    rig.fake_scanner->type_code("Sofa_x/1?{}\t");
    CHECK(next_scan(rig.events) == "Sofa_x/1?{}");
    rig.fake_scanner->type_code("111\r222\r");
    CHECK(next_scan(rig.events) == "111");
    CHECK(next_scan(rig.events) == "222");
}

TEST_CASE("a GS1-128 scan with Ctrl+RightBracket keeps GS (0x1D) and parses as GS1") {
    Rig rig;
    REQUIRE(rig.scanner.open_first());
    next<ScannerReady>(rig.events);
    rig.fake_scanner->type_code("]C1010950110153000317250101\x1d" "10ABC123\r");
    const std::string code = next_scan(rig.events);
    CHECK(code == "]C1010950110153000317250101\x1d" "10ABC123");
    CHECK(code.find('\x1d') == 27);
    const pos::ScanResult r = pos::parse_scan(code);
    CHECK(r.kind == pos::ScanKind::gs1);
    REQUIRE(r.gtin);
    CHECK(r.gtin->gtin14 == "09501101530003");
    REQUIRE(r.ais.size() == 3);
    CHECK(r.ais[2].ai == "10");
    CHECK(r.ais[2].value == "ABC123");
}

TEST_CASE("a scanner without suffix: the scan ends after the idle gap") {
    UsbScannerOptions opts;
    opts.assembler.idle_gap = 200ms;
    Rig rig(opts);
    REQUIRE(rig.scanner.open_first());
    next<ScannerReady>(rig.events);
    const auto t0 = std::chrono::steady_clock::now();
    rig.fake_scanner->type_code("SOFA-001");
    CHECK(next_scan(rig.events) == "SOFA-001");
    CHECK(std::chrono::steady_clock::now() - t0 >= 200ms);
}

TEST_CASE("the German layout decodes Y/Z by position - a key it cannot read is an error, not a wrong code") {
    Rig rig(test_options("de"));
    REQUIRE(rig.scanner.open_first());
    next<ScannerReady>(rig.events);
    rig.fake_scanner->type_code("zy1\r");  // US positions of z, y: a German scanner meant y, z
    CHECK(next_scan(rig.events) == "yz1");
    rig.fake_scanner->type_code("A-1\r");  // US '-' is the German ß key
    const auto err = next<ScannerError>(rig.events);
    CHECK(err.device == kLabel);
    CHECK(err.message ==
          "the scanner typed a key the \"de\" keyboard layout cannot read (HID usage 0x2D); check the scanner "
          "layout setting");
    rig.fake_scanner->type_code("Z\r");
    CHECK(next_scan(rig.events) == "Y");
}

TEST_CASE("a HID keyboard interface without boot protocol is recognised by its report descriptor") {
    fake::FakeHidScannerConfig cfg;
    cfg.interface_subclass = 0;
    cfg.interface_protocol = 0;
    Rig rig(test_options(), true, cfg);
    REQUIRE(rig.scanner.open_first());
    CHECK(next<ScannerReady>(rig.events).path == ScannerPath::boot_keyboard);
    rig.fake_scanner->type_code("96385074\r");
    CHECK(next_scan(rig.events) == "96385074");
}

TEST_CASE("unplug gives one ScannerLost - replug reopens on the hotplug arrival and scans again") {
    Rig rig;
    auto& fs = *rig.fake_scanner;
    REQUIRE(rig.scanner.open_first());
    next<ScannerReady>(rig.events);
    fs.type_code("4006381333931\r");
    CHECK(next_scan(rig.events) == "4006381333931");

    rig.bed.unplug(fs);
    const auto lost = next<ScannerLost>(rig.events);
    CHECK(lost.device == kLabel);
    CHECK(lost.reason == "device unplugged");
    CHECK_FALSE(rig.scanner.is_open());
    forward_until<usb::DeviceLeft>(rig.usb_events, rig.scanner);
    CHECK_FALSE(rig.scanner.device());  // closed on departure
    CHECK(rig.events.size() == 0);      // the departure did not report the loss twice

    rig.bed.replug(fs);
    forward_until<usb::DeviceArrived>(rig.usb_events, rig.scanner);
    CHECK(next<ScannerReady>(rig.events).device == kLabel);
    CHECK(rig.scanner.is_open());
    CHECK(fs.detach_count() == 2);
    CHECK(fs.driver(0) == "usbfs");
    fs.type_code("SOFA-001\r");
    CHECK(next_scan(rig.events) == "SOFA-001");
}

TEST_CASE("a scanner plugged in after start is opened from the arrival event - printers are ignored") {
    Rig rig(test_options(), false);
    CHECK_FALSE(rig.scanner.open_first());
    rig.bed.add_printer();
    forward_until<usb::DeviceArrived>(rig.usb_events, rig.scanner);
    CHECK_FALSE(rig.scanner.is_open());
    auto& fs = rig.bed.add_hid_scanner();
    forward_until<usb::DeviceArrived>(rig.usb_events, rig.scanner);
    CHECK(next<ScannerReady>(rig.events).device == kLabel);
    fs.type_code("09501101530003\r");
    CHECK(next_scan(rig.events) == "09501101530003");
}

TEST_CASE("a scanner held by another handle cannot be opened: BUSY with a readable message") {
    Rig rig;
    REQUIRE(rig.scanner.open_first());
    next<ScannerReady>(rig.events);
    usb::EventQueue<ScannerEvent> other_events;
    UsbScanner other(rig.ctx, other_events);
    const auto info = rig.scanner.device();
    REQUIRE(info);
    try {
        other.open(*info);
        FAIL("the second open must fail");
    } catch (const usb::Error& e) {
        CHECK(e.libusb_code() == -6);  // LIBUSB_ERROR_BUSY
    }
    CHECK_FALSE(other.is_open());
    CHECK(rig.scanner.is_open());
}

TEST_CASE("an unknown layout setting is rejected when the scanner is created") {
    fake::FakeUsbBed bed;
    usb::Context ctx;
    usb::EventQueue<ScannerEvent> events;
    UsbScannerOptions opts;
    opts.layout = "xx";
    CHECK_THROWS_AS(UsbScanner(ctx, events, opts), pos::Error);
}
