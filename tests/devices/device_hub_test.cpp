// DeviceHub on its worker thread with hotplug: virtual printer fallback, printing the queue,
// unplug mid-job (nothing lost) and replug, drawer pulse and drawer state, settings override.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "devices/device_hub.h"
#include "devices/devices_test_util.h"
#include "devices/print_queue.h"
#include "drivers/escpos/encoder.h"
#include "drivers/escpos/profile.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace devices_test;
using namespace pos::devices;
using printer_test::concat;
using printer_test::without_status_queries;

namespace {

DeviceHubConfig config(const printer_test::TempDir& dir) {
    DeviceHubConfig c;
    c.virtual_dir = dir.path() / "virtual";
    c.poll_interval = 50ms;
    c.usb.chunk_timeout = 200ms;
    c.usb.reply_timeout = 500ms;
    return c;
}

bool contains(const Bytes& hay, const Bytes& needle) {
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

}  // namespace

TEST_CASE("no printer attached: the virtual printer prints the queue into PNG files") {
    pos::fakeusb::FakeUsbBed bed;
    printer_test::TempDir dir;
    auto db = open_db(dir);
    DeviceEvents events;
    EventLog log(events);
    const auto& profile = pos::escpos::find_profile("epson-tm-t20");
    PrintQueue queue(
        db,
        [&](const pos::db::PrintJobRow& job) {
            pos::escpos::Document d;
            d.add(pos::escpos::Text{"TEST JOB " + std::to_string(job.id)}).add(pos::escpos::Cut{});
            return pos::escpos::encode(d, profile, nullptr);
        },
        events);
    DeviceHub hub(config(dir), events);
    hub.start(&queue);
    const PrinterAttached a = log.wait_for<PrinterAttached>();
    CHECK(a.kind == pos::printer::PortKind::virtual_printer);
    CHECK(a.profile == "epson-tm-t20");
    const pos::Id id = queue.enqueue(0, "test", std::nullopt);
    hub.notify_jobs();
    CHECK(log.wait_for<JobDone>().job == id);
    CHECK(std::filesystem::exists(dir.path() / "virtual" / "test-000001.png"));
    CHECK(queue.job(id)->status == "done");
    CHECK(hub.printer().kind == pos::printer::PortKind::virtual_printer);
}

TEST_CASE("unplug mid-job: the job keeps its offset, queued jobs wait; replug and retry complete exactly") {
    pos::fakeusb::FakeUsbBed bed;
    auto& printer = bed.add_printer();
    printer_test::TempDir dir;
    auto db = open_db(dir);
    const pos::Id first = commit_one_sale(db).print_job_id;
    DeviceEvents events;
    EventLog log(events);
    CountingRenderer renderer;
    PrintQueue queue(db, renderer, events);
    DeviceHubConfig cfg = config(dir);
    cfg.usb.chunk_timeout = 5000ms;  // the blocked write is still in flight when the cable goes
    printer.paper_end_after(printer_test::kQueryOnline.size() + 5000);
    DeviceHub hub(cfg, events);
    hub.start(&queue);
    const PrinterAttached a = log.wait_for<PrinterAttached>();
    CHECK(a.kind == pos::printer::PortKind::usb);
    CHECK(a.name == "EPSON TM-T20II (04b8:0e15)");
    CHECK(a.profile == "epson-tm-t20");

    REQUIRE(printer.wait_received(printer_test::kQueryOnline.size() + 5000, 10s));
    bed.unplug(printer);
    const JobFailed f = log.wait_for<JobFailed>();
    CHECK(f.job == first);
    CHECK(f.error == "printer unplugged");
    CHECK(f.offset == 5000);
    log.wait_for<PrinterDetached>();
    CHECK_FALSE(hub.printer().attached);  // "no printer", not the virtual one: nothing is lost
    CHECK(queue.job(first)->bytes_sent == 5000);

    const Bytes second_bytes{'S', 'E', 'C', 'O', 'N', 'D', '\n'};
    const pos::Id second = queue.enqueue(0, "test", second_bytes);
    queue.retry(first);
    hub.notify_jobs();
    CHECK(queue.job(first)->status == "pending");
    CHECK(queue.job(second)->status == "pending");

    printer.refill_paper();
    bed.replug(printer);
    CHECK(log.wait_for<PrinterAttached>().kind == pos::printer::PortKind::usb);
    CHECK(log.wait_for<JobDone>().job == first);
    CHECK(log.wait_for<JobDone>().job == second);
    CHECK(*renderer.calls == 1);
    CHECK(without_status_queries(printer.received()) == concat({*queue.job(first)->payload, second_bytes}));
}

TEST_CASE("open_drawer pulses the drawer; the drawer switch is reported as DrawerOpened / DrawerClosed") {
    pos::fakeusb::FakeUsbBed bed;
    auto& printer = bed.add_printer();
    printer_test::TempDir dir;
    DeviceEvents events;
    EventLog log(events);
    DeviceHub hub(config(dir), events);
    hub.start(nullptr);
    log.wait_for<PrinterAttached>();
    log.wait_for<DrawerClosed>();  // the first status snapshot
    hub.open_drawer();
    const Bytes pulse{0x1B, 0x70, 0x00, 0x32, 0x32};
    for (int i = 0; i < 100 && !contains(printer.received(), pulse); ++i)
        printer.wait_received(printer.received_size() + 1, 100ms);
    CHECK(contains(printer.received(), pulse));
    printer.set_drawer_pin_high(true);  // the drawer springs open
    log.wait_for<DrawerOpened>();
    printer.set_drawer_pin_high(false);
    log.wait_for<DrawerClosed>();
}

TEST_CASE("a vendor-class printer is only used with the settings override VID:PID, with the store profile") {
    pos::fakeusb::FakePrinterConfig vendor;
    vendor.vid = 0x1234;
    vendor.pid = 0x5678;
    vendor.interface_class = 0xFF;
    vendor.manufacturer = "ACME";
    vendor.product = "Receipt 80";
    printer_test::TempDir dir;
    SUBCASE("without the override: virtual printer") {
        pos::fakeusb::FakeUsbBed bed;
        bed.add_printer(vendor);
        DeviceEvents events;
        EventLog log(events);
        DeviceHub hub(config(dir), events);
        hub.start(nullptr);
        CHECK(log.wait_for<PrinterAttached>().kind == pos::printer::PortKind::virtual_printer);
    }
    SUBCASE("with the override") {
        pos::fakeusb::FakeUsbBed bed;
        auto& printer = bed.add_printer(vendor);
        DeviceEvents events;
        EventLog log(events);
        DeviceHubConfig cfg = config(dir);
        cfg.device_override = "1234:5678";
        cfg.store_profile = "generic-58";
        DeviceHub hub(cfg, events);
        hub.start(nullptr);
        const PrinterAttached a = log.wait_for<PrinterAttached>();
        CHECK(a.kind == pos::printer::PortKind::usb);
        CHECK(a.name == "ACME Receipt 80 (1234:5678)");
        CHECK(a.profile == "generic-58");
        log.wait_for<StatusChanged>([](const StatusChanged& s) { return s.name == "SUE_POWER_ONLINE"; });
        CHECK(printer.received_size() >= printer_test::kQueryOnline.size());
    }
}

TEST_CASE("a malformed device override or an unknown forced profile is refused at construction") {
    DeviceEvents events;
    DeviceHubConfig bad_device;
    bad_device.device_override = "12345";
    CHECK_THROWS_AS(DeviceHub(bad_device, events), pos::Error);
    DeviceHubConfig bad_profile;
    bad_profile.forced_profile = "tm-9000";
    CHECK_THROWS_AS(DeviceHub(bad_profile, events), pos::Error);
}
