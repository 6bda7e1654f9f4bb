// UsbEscposPrinter through real libusb against the fake printer: exact bytes, chunked progress,
// current (not stale) status, resume after paper end / stall without duplication or loss,
// unplug, drawer pulse, discovered endpoints of a clone.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "drivers/printer/usb_escpos_printer.h"
#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "printer/printer_test_util.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace std::chrono_literals;
using namespace pos::printer;
using namespace printer_test;
using pos::fakeusb::FakePrinter;
using pos::fakeusb::FakePrinterConfig;
using pos::fakeusb::FakeUsbBed;

namespace {

UsbPrinterOptions fast() {
    UsbPrinterOptions o;
    o.chunk_timeout = 200ms;
    o.reply_timeout = 500ms;
    return o;
}

struct Rig {
    FakeUsbBed bed;
    FakePrinter& printer;
    pos::usb::Context ctx;
    pos::usb::DeviceInfo info;
    UsbEscposPrinter port;

    explicit Rig(FakePrinterConfig cfg = {})
        : printer(bed.add_printer(std::move(cfg))), info(only_device(ctx)), port(ctx, info, fast()) {}

    static pos::usb::DeviceInfo only_device(pos::usb::Context& c) {
        auto found = pos::usb::enumerate(c);
        REQUIRE(found.size() == 1);
        return found[0];
    }
};

}  // namespace

TEST_CASE("a job arrives byte-exact with progress after every 4 KiB chunk and no status polling in flight") {
    Rig rig;
    const Bytes job = job_bytes(10 * 1024);
    std::vector<std::size_t> progress;
    SendContext ctx;
    ctx.progress = [&](std::size_t off) { progress.push_back(off); };
    const SendResult r = rig.port.send(job, 0, ctx);
    CHECK(r.ok());
    CHECK(r.offset_reached == job.size());
    CHECK(r.error.empty());
    CHECK(progress == std::vector<std::size_t>{4096, 8192, 10240});
    CHECK(rig.printer.received() == job);  // nothing but the job: no DLE EOT inside it
    CHECK(rig.printer.out_urb_sizes() == std::vector<std::size_t>{4096, 4096, 2048});
    CHECK(rig.port.name() == "EPSON TM-T20II (04b8:0e15)");
    CHECK(rig.port.kind() == PortKind::usb);
}

TEST_CASE("status drains a stale reply first and returns the current state") {
    Rig rig;
    rig.printer.send_in({0x12});  // an old "online" answer nobody read
    rig.printer.cover_open();
    const pos::escpos::PrinterStatus s = rig.port.status();
    CHECK_FALSE(s.online);
    CHECK(s.cover_open);
    CHECK(s.paper == pos::escpos::PaperState::ok);
    CHECK(rig.printer.unread_in_packets() == 0);
    CHECK(rig.port.last_replies() == std::array<std::uint8_t, 4>{0x1A, 0x16, 0x12, 0x12});
    CHECK(rig.printer.received() == kQueryOffline);  // offline: causes asked with DLE EOT 2 and 3
    CHECK(fault_from_status(s) == PrintFault::cover_open);

    rig.printer.cover_close();
    rig.printer.set_paper_near_end(true);
    rig.printer.set_drawer_pin_high(true);
    const pos::escpos::PrinterStatus t = rig.port.status();
    CHECK(t.online);
    CHECK_FALSE(t.cover_open);
    CHECK(t.paper == pos::escpos::PaperState::near_end);
    CHECK(t.drawer_pin3_high);
    CHECK(rig.port.last_replies() == std::array<std::uint8_t, 4>{0x16, 0x12, 0x12, 0x1E});
    CHECK(rig.printer.received() == concat({kQueryOffline, kQueryOnline}));  // online: only 1 and 4
    CHECK_FALSE(fault_from_status(t).has_value());  // near end still prints
}

TEST_CASE("paper end mid-job: paper out at the offset reached; after refill the rest follows exactly once") {
    Rig rig;
    const Bytes job = job_bytes(10 * 1024, 1);
    rig.printer.paper_end_after(5000);
    const SendResult first = rig.port.send(job, 0);
    REQUIRE_FALSE(first.ok());
    CHECK(first.fault == PrintFault::paper_out);
    CHECK(first.error == "paper out");
    CHECK(first.offset_reached == 5000);
    CHECK(first.detail.find("LIBUSB_ERROR_TIMEOUT") != std::string::npos);
    // After the failed chunk (nothing in flight) the status was asked: all four queries.
    const Bytes got = rig.printer.received();
    CHECK(Bytes(got.begin() + 5000, got.end()) == kQueryOffline);

    rig.printer.refill_paper();
    const SendResult second = rig.port.send(job, first.offset_reached);
    CHECK(second.ok());
    CHECK(second.offset_reached == job.size());
    CHECK(without_status_queries(rig.printer.received()) == job);  // no duplication, no loss
}

TEST_CASE("a stalled chunk mid-job reports 'printer did not answer' and the resume completes") {
    Rig rig;
    const Bytes job = job_bytes(10 * 1024, 2);
    bool stalled = false;
    SendContext ctx;
    ctx.progress = [&](std::size_t) {
        if (!stalled) rig.printer.stall_next_writes(1);  // the next chunk is never taken
        stalled = true;
    };
    const SendResult first = rig.port.send(job, 0, ctx);
    REQUIRE_FALSE(first.ok());
    CHECK(first.fault == PrintFault::no_answer);
    CHECK(first.error == "printer did not answer");
    CHECK(first.offset_reached == 4096);
    const SendResult second = rig.port.send(job, first.offset_reached);
    CHECK(second.ok());
    CHECK(without_status_queries(rig.printer.received()) == job);
}

TEST_CASE("an unplugged printer reports 'printer unplugged' for send and status") {
    Rig rig;
    const Bytes job = job_bytes(100, 3);
    REQUIRE(rig.port.send(job, 0).ok());
    rig.bed.unplug(rig.printer);
    const SendResult r = rig.port.send(job, 0);
    CHECK(r.fault == PrintFault::unplugged);
    CHECK(r.error == "printer unplugged");
    CHECK(r.offset_reached == 0);
    try {
        (void)rig.port.status();
        FAIL("status of an unplugged printer must throw");
    } catch (const PortError& e) {
        CHECK(e.fault() == PrintFault::unplugged);
        CHECK(std::string(e.what()).rfind("printer unplugged (", 0) == 0);
    }
    CHECK(rig.printer.received() == job);
}

TEST_CASE("a status query the printer never answers is 'printer did not answer'") {
    Rig rig;
    rig.printer.stall_next_writes(1);  // the DLE EOT 1 itself is not taken
    try {
        (void)rig.port.status();
        FAIL("expected PortError");
    } catch (const PortError& e) {
        CHECK(e.fault() == PrintFault::no_answer);
    }
    CHECK(rig.port.status().online);  // the next query works again
}

TEST_CASE("the drawer pulse is ESC p 0 on pin 2") {
    Rig rig;
    rig.port.pulse_drawer();
    CHECK(rig.printer.received() == Bytes{0x1B, 0x70, 0x00, 0x32, 0x32});
}

TEST_CASE("a POS58 clone with OUT 0x03 / IN 0x81 works through the discovered endpoints") {
    FakePrinterConfig cfg;
    cfg.vid = 0x0416;
    cfg.pid = 0x5011;
    cfg.ep_out = 0x03;
    cfg.ep_in = 0x81;
    cfg.manufacturer = "Winbond";
    cfg.product = "POS58";
    Rig rig(cfg);
    CHECK(rig.info.profile == "POS58");
    const Bytes job = job_bytes(300, 4);
    CHECK(rig.port.send(job, 0).ok());
    rig.printer.paper_end_after(0);
    const pos::escpos::PrinterStatus s = rig.port.status();
    CHECK(s.paper == pos::escpos::PaperState::empty);
    CHECK(fault_from_status(s) == PrintFault::paper_out);
    CHECK(without_status_queries(rig.printer.received()) == job);
}
