// PrintQueue over a real database file and the fake printer through real libusb: exact bytes,
// paper end / cover open / stall with resume from bytes_sent, restart recovery with the frozen
// payload, cashier actions (retry, skip, reprint), render failures.
#include <doctest/doctest.h>

#include <optional>

#include "db/print_jobs.h"
#include "devices/print_queue.h"
#include "devices/status_monitor.h"
#include "devices/devices_test_util.h"
#include "drivers/printer/usb_escpos_printer.h"
#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "support/fakeusb/fake_usb_bed.h"

using namespace devices_test;
using namespace pos::devices;
using printer_test::concat;
using printer_test::kQueryOffline;
using printer_test::kQueryOnline;
using printer_test::without_status_queries;

namespace {

pos::printer::UsbPrinterOptions fast() {
    pos::printer::UsbPrinterOptions o;
    o.chunk_timeout = 200ms;
    o.reply_timeout = 500ms;
    return o;
}

pos::usb::DeviceInfo only_device(pos::usb::Context& c) {
    auto found = pos::usb::enumerate(c);
    REQUIRE(found.size() == 1);
    return found[0];
}

struct Rig {
    pos::fakeusb::FakeUsbBed bed;
    pos::fakeusb::FakePrinter& printer;
    pos::usb::Context ctx;
    pos::printer::UsbEscposPrinter port;
    printer_test::TempDir dir;
    pos::db::Connection db;
    DeviceEvents events;
    EventLog log{events};
    StatusMonitor monitor{events};
    CountingRenderer renderer;
    std::optional<PrintQueue> queue;

    Rig() : printer(bed.add_printer()), port(ctx, only_device(ctx), fast()), db(open_db(dir)) {
        queue.emplace(db, renderer, events);
        queue->set_status_monitor(&monitor);
    }
    Bytes expected(const pos::db::PrintJobRow& row) const { return CountingRenderer{renderer.size, renderer.seed}(row); }
    pos::db::PrintJobRow row(pos::Id id) {
        auto r = queue->job(id);
        REQUIRE(r);
        return *r;
    }
};

}  // namespace

TEST_CASE("a receipt is rendered once, frozen, and arrives byte-exact between two status checks") {
    Rig rig;
    const auto sale = commit_one_sale(rig.db);
    const pos::Id id = sale.print_job_id;
    CHECK(rig.queue->has_pending());
    CHECK(rig.queue->step(rig.port) == StepOutcome::done);
    const auto row = rig.row(id);
    const Bytes expected = rig.expected(row);
    CHECK(expected.size() == 15 + 10 * 1024);  // "receipt sale 1\n" + body
    CHECK(row.status == "done");
    CHECK(row.payload == expected);
    CHECK(row.bytes_sent == static_cast<std::int64_t>(expected.size()));
    CHECK_FALSE(row.error.has_value());
    CHECK(rig.printer.received() == concat({kQueryOnline, expected, kQueryOnline}));
    CHECK(*rig.renderer.calls == 1);
    CHECK(rig.log.wait_for<JobProgress>().offset == 4096);
    CHECK(rig.log.wait_for<JobProgress>().offset == 8192);
    CHECK(rig.log.wait_for<JobProgress>().offset == expected.size());
    CHECK(rig.log.wait_for<JobDone>().job == id);
    CHECK(rig.queue->step(rig.port) == StepOutcome::idle);
    CHECK_FALSE(rig.queue->has_pending());
}

TEST_CASE("paper end mid-receipt: failed with the offset, refill, retry resumes: exact bytes, no duplication") {
    Rig rig;
    const pos::Id id = commit_one_sale(rig.db).print_job_id;
    rig.printer.paper_end_after(kQueryOnline.size() + 5000);  // the pre-check queries count too
    CHECK(rig.queue->step(rig.port) == StepOutcome::failed);
    auto row = rig.row(id);
    CHECK(row.status == "failed");
    CHECK(row.error == "paper out");
    CHECK(row.bytes_sent == 5000);
    const JobFailed f = rig.log.wait_for<JobFailed>();
    CHECK(f.job == id);
    CHECK(f.error == "paper out");
    CHECK(f.offset == 5000);
    CHECK(rig.log.status_names() == std::vector<std::string>{"SUE_POWER_ONLINE", "PTR_SUE_COVER_OK", "PTR_SUE_REC_PAPEROK",
                                                             "SUE_POWER_OFFLINE", "PTR_SUE_REC_EMPTY"});
    CHECK(rig.queue->step(rig.port) == StepOutcome::idle);  // a failed job waits for the cashier

    rig.printer.refill_paper();
    rig.queue->retry(id);
    CHECK(rig.row(id).status == "pending");
    CHECK(rig.row(id).bytes_sent == 5000);  // retry keeps the offset
    CHECK(rig.queue->step(rig.port) == StepOutcome::done);
    row = rig.row(id);
    CHECK(row.status == "done");
    CHECK(without_status_queries(rig.printer.received()) == *row.payload);
    CHECK(*rig.renderer.calls == 1);  // resumed from the frozen bytes, never re-rendered
    CHECK(rig.log.status_names() == std::vector<std::string>{"SUE_POWER_ONLINE", "PTR_SUE_COVER_OK", "PTR_SUE_REC_PAPEROK",
                                                             "SUE_POWER_OFFLINE", "PTR_SUE_REC_EMPTY", "SUE_POWER_ONLINE",
                                                             "PTR_SUE_REC_PAPEROK", "PTR_SUE_IDLE"});
}

TEST_CASE("cover open: event and failure before any byte is sent; closed: retry prints it") {
    Rig rig;
    const pos::Id id = commit_one_sale(rig.db).print_job_id;
    rig.printer.cover_open();
    CHECK(rig.queue->step(rig.port) == StepOutcome::failed);
    CHECK(rig.row(id).error == "cover open");
    CHECK(rig.row(id).bytes_sent == 0);
    CHECK(rig.printer.received() == kQueryOffline);  // nothing of the receipt went out
    CHECK(rig.log.wait_for<JobFailed>().error == "cover open");
    CHECK(rig.log.status_names() ==
          std::vector<std::string>{"SUE_POWER_OFFLINE", "PTR_SUE_COVER_OPEN", "PTR_SUE_REC_PAPEROK"});

    rig.printer.cover_close();
    rig.queue->retry(id);
    CHECK(rig.queue->step(rig.port) == StepOutcome::done);
    CHECK(without_status_queries(rig.printer.received()) == *rig.row(id).payload);
    CHECK(rig.log.status_names() == std::vector<std::string>{"SUE_POWER_OFFLINE", "PTR_SUE_COVER_OPEN", "PTR_SUE_REC_PAPEROK",
                                                             "SUE_POWER_ONLINE", "PTR_SUE_COVER_OK", "PTR_SUE_IDLE"});
}

TEST_CASE("a stall mid-job is 'printer did not answer' with the offset; retry resumes and completes") {
    Rig rig;
    const pos::Id id = commit_one_sale(rig.db).print_job_id;
    bool armed = false;
    // Runs on every event push; after the first chunk's progress the next chunk stalls.
    rig.events.set_wake([&] {
        if (!armed && rig.printer.received_size() >= kQueryOnline.size() + 4096) {
            armed = true;
            rig.printer.stall_next_writes(1);
        }
    });
    CHECK(rig.queue->step(rig.port) == StepOutcome::failed);
    CHECK(armed);
    CHECK(rig.row(id).error == "printer did not answer");
    CHECK(rig.row(id).bytes_sent == 4096);
    const JobFailed f = rig.log.wait_for<JobFailed>();
    CHECK(f.offset == 4096);
    CHECK(f.error == "printer did not answer");
    rig.queue->retry(id);
    CHECK(rig.queue->step(rig.port) == StepOutcome::done);
    CHECK(without_status_queries(rig.printer.received()) == *rig.row(id).payload);
}

TEST_CASE("restart: a second PrintQueue on the same file resumes the interrupted job from bytes_sent with the frozen bytes") {
    pos::fakeusb::FakeUsbBed bed;
    auto& printer = bed.add_printer();
    pos::usb::Context ctx;
    pos::printer::UsbEscposPrinter port(ctx, only_device(ctx), fast());
    printer_test::TempDir dir;
    pos::Id id = 0;
    Bytes frozen;
    {
        auto db = open_db(dir);
        id = commit_one_sale(db).print_job_id;
        DeviceEvents events;
        CountingRenderer first{10 * 1024, 1};
        PrintQueue queue(db, first, events);
        // The process dies right after the first chunk's progress was stored: the exception
        // leaves step() exactly where a crash would (job "printing", bytes_sent persisted).
        struct Crash {};
        bool crashed = false;
        events.set_wake([&] {
            if (!crashed && printer.received_size() >= kQueryOnline.size() + 4096) {
                crashed = true;
                throw Crash{};
            }
        });
        CHECK_THROWS_AS(queue.step(port), Crash);
        const auto row = queue.job(id);
        REQUIRE(row);
        CHECK(row->status == "printing");
        CHECK(row->bytes_sent == 4096);
        REQUIRE(row->payload);
        frozen = *row->payload;
    }
    auto db = open_db(dir);  // "after the restart"
    DeviceEvents events;
    EventLog log(events);
    CountingRenderer second{2000, 9};  // would render different bytes: must not be called
    PrintQueue queue(db, second, events);
    const JobFailed f = log.wait_for<JobFailed>();
    CHECK(f.job == id);
    CHECK(f.offset == 4096);
    CHECK(f.error == "print interrupted at byte 4096");
    CHECK(queue.job(id)->status == "failed");
    CHECK_FALSE(queue.has_pending());  // not resumed automatically: the cashier decides

    queue.retry(id);
    CHECK(queue.step(port) == StepOutcome::done);
    CHECK(*second.calls == 0);
    CHECK(without_status_queries(printer.received()) == frozen);
    CHECK(queue.job(id)->bytes_sent == static_cast<std::int64_t>(frozen.size()));
}

TEST_CASE("cashier actions: retry only failed jobs, skip with a reason, reprint is a new COPY job") {
    Rig rig;
    const auto sale = commit_one_sale(rig.db);
    const pos::Id id = sale.print_job_id;
    CHECK_THROWS_AS(rig.queue->retry(id), pos::Error);  // pending, not failed
    CHECK_THROWS_AS(rig.queue->retry(999), pos::Error);
    rig.printer.cover_open();
    CHECK(rig.queue->step(rig.port) == StepOutcome::failed);
    rig.queue->skip(id);
    CHECK(rig.row(id).status == "skipped");
    CHECK(rig.row(id).error == "skipped by the cashier");
    CHECK_THROWS_AS(rig.queue->retry(id), pos::Error);
    CHECK_THROWS_AS(rig.queue->skip(id), pos::Error);

    const pos::Id copy = rig.queue->reprint(id);
    CHECK(copy != id);
    auto row = rig.row(copy);
    CHECK(row.kind == "copy");
    CHECK(row.sale_id == sale.sale_id);
    CHECK(row.status == "pending");
    CHECK_FALSE(row.payload.has_value());
    rig.printer.cover_close();
    CHECK(rig.queue->step(rig.port) == StepOutcome::done);
    const Bytes out = without_status_queries(rig.printer.received());
    const std::string head = "copy sale " + std::to_string(sale.sale_id) + "\n";
    CHECK(std::string(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(head.size())) == head);

    const Bytes z{0x1B, 0x40, 'Z', '\n'};
    const pos::Id zid = rig.queue->enqueue(0, "z_report", z);
    rig.queue->skip(zid, "printed elsewhere");
    CHECK(rig.row(zid).error == "printed elsewhere");
    const pos::Id z2 = rig.queue->reprint(zid);
    CHECK(rig.row(z2).kind == "z_report");
    CHECK(rig.row(z2).payload == z);
}

TEST_CASE("a receipt that cannot be rendered fails readably and sends nothing") {
    printer_test::TempDir dir;
    pos::fakeusb::FakeUsbBed bed;
    auto& printer = bed.add_printer();
    pos::usb::Context ctx;
    pos::printer::UsbEscposPrinter port(ctx, only_device(ctx), fast());
    auto db = open_db(dir);
    DeviceEvents events;
    PrintQueue queue(
        db, [](const pos::db::PrintJobRow&) -> Bytes { throw pos::Error(pos::Errc::not_found, "sale 7 not found"); }, events);
    const pos::Id id = queue.enqueue(0, "receipt", std::nullopt);
    CHECK(queue.step(port) == StepOutcome::failed);
    CHECK(queue.job(id)->error == "cannot render the receipt: sale 7 not found");
    CHECK_FALSE(queue.job(id)->payload.has_value());
    CHECK(printer.received().empty());
}
