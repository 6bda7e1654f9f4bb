// DeviceSummary: every DeviceEvent and ScannerEvent kind changes what the UI shows and gets a log
// line (no kind is dropped), problems are kept newest last and bounded.
#include <doctest/doctest.h>

#include <string>
#include <variant>

#include "devices/device_summary.h"

using namespace pos::devices;
namespace scanner = pos::scanner;
using pos::log::Level;

namespace {

template <std::size_t I = 0>
void each_device_event_kind(const auto& f) {
    if constexpr (I < std::variant_size_v<DeviceEvent>) {
        f(DeviceEvent{std::in_place_index<I>});
        each_device_event_kind<I + 1>(f);
    }
}

}  // namespace

TEST_CASE("every device event kind has a log line") {
    int kinds = 0;
    each_device_event_kind([&](const DeviceEvent& e) {
        DeviceSummary s;
        const LogLine line = record(s, e);
        INFO("event index " << e.index());
        CHECK_FALSE(line.text.empty());
        ++kinds;
    });
    CHECK(kinds == 9);
}

TEST_CASE("job events: progress, failure with its reason, done clears the failure") {
    DeviceSummary s;
    record(s, JobProgress{7, 100, 400});
    REQUIRE(s.printing);
    CHECK(s.printing->job == 7);
    CHECK(s.printing->sent == 100);
    CHECK(s.printing->total == 400);

    const LogLine failed = record(s, JobFailed{7, "paper out", 100, {}});
    CHECK(failed.level == Level::error);
    CHECK(failed.text == "print job 7 failed after 100 bytes: paper out");
    CHECK(s.failed_job == 7);
    CHECK(s.failure == "paper out");
    CHECK_FALSE(s.printing);

    const LogLine timeout = record(s, JobFailed{8, "printer not responding", 64, "send to printer [LIBUSB_ERROR_TIMEOUT]"});
    CHECK(timeout.text == "print job 8 failed after 64 bytes: printer not responding (send to printer [LIBUSB_ERROR_TIMEOUT])");

    record(s, JobDone{7});
    CHECK(s.failed_job == 8);  // another job's end does not clear it
    record(s, JobDone{8});
    CHECK_FALSE(s.failed_job);
    CHECK(s.jobs_done == 2);
}

TEST_CASE("status, drawer and printer events reach the summary") {
    DeviceSummary s;
    StatusChanged paper_out;
    paper_out.event = pos::escpos::StatusEvent::rec_empty;
    paper_out.name = "PTR_SUE_REC_EMPTY";
    CHECK(record(s, paper_out).level == Level::warning);
    CHECK(s.printer_status == "PTR_SUE_REC_EMPTY");

    record(s, DrawerOpened{});
    CHECK(s.drawer_open == true);
    record(s, DrawerClosed{});
    CHECK(s.drawer_open == false);

    const LogLine attached = record(s, PrinterAttached{"TM-T20II", pos::printer::PortKind::usb, "epson-tm-t20"});
    CHECK(attached.text == "printer attached: TM-T20II (profile epson-tm-t20)");
    CHECK(s.printer_status.empty());

    CHECK(record(s, PrinterDetached{"TM-T20II unplugged"}).level == Level::warning);
    REQUIRE(s.last_problem());
    CHECK(*s.last_problem() == "printer detached: TM-T20II unplugged");
    CHECK_FALSE(s.drawer_open);

    const LogLine problem = record(s, DeviceProblem{"no permission: install the udev rule"});
    CHECK(problem.level == Level::error);
    CHECK(*s.last_problem() == "no permission: install the udev rule");
    CHECK(s.problems.size() == 2);
}

TEST_CASE("problems are kept newest last, at most kMaxProblems") {
    DeviceSummary s;
    for (std::size_t i = 0; i < DeviceSummary::kMaxProblems + 5; ++i) record(s, DeviceProblem{"p" + std::to_string(i)});
    CHECK(s.problems.size() == DeviceSummary::kMaxProblems);
    CHECK(s.problems.front() == "p5");
    CHECK(*s.last_problem() == "p" + std::to_string(DeviceSummary::kMaxProblems + 4));
}

TEST_CASE("scanner events: ready names the scanner, errors and losses are problems, scans are logged") {
    DeviceSummary s;
    s.scanner = "keyboard mode";
    record(s, scanner::ScannerEvent{scanner::ScannerReady{"05e0:1200 Symbol Bar Code Scanner", scanner::ScannerPath::hid_pos}});
    CHECK(s.scanner == "05e0:1200 Symbol Bar Code Scanner");

    const LogLine scan = record(s, scanner::ScannerEvent{scanner::ScanEvent{"4006381333931", "]E0", "05e0:1200"}});
    CHECK(scan.level == Level::info);
    CHECK(scan.text == "scan from 05e0:1200: 16 characters");
    CHECK(s.problems.empty());

    record(s, scanner::ScannerEvent{scanner::ScannerError{"05e0:1200", "a scan longer than 512 characters was ignored"}});
    REQUIRE(s.last_problem());
    CHECK(*s.last_problem() == "scanner 05e0:1200: a scan longer than 512 characters was ignored");

    CHECK(record(s, scanner::ScannerEvent{scanner::ScannerLost{"05e0:1200", "device unplugged"}}).level == Level::warning);
    CHECK(s.scanner == "scanner unplugged (keyboard mode)");
    CHECK(*s.last_problem() == "scanner lost: 05e0:1200 (device unplugged)");
}
