// DeviceRuntime against umockdev fakes: one libusb context for printer and scanner, the scanner
// opened on the hotplug worker (the test does not call pump() until it is open), and a printer
// fault reaching the summary and pos::log.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "core/common/log.h"
#include "devices/runtime.h"
#include "drivers/usb/context.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "support/fakeusb/fake_usb_bed.h"
#include "support/temp_dir.h"

using namespace std::chrono_literals;
using pos::devices::DeviceRuntime;
namespace fake = pos::fakeusb;

namespace {

const std::string kScanner = "05e0:1200 Symbol Bar Code Scanner";

// Captures pos::log lines for the test's lifetime.
class LogCapture {
public:
    LogCapture() {
        previous_ = pos::log::set_sink([this](pos::log::Level level, std::string_view line) {
            std::lock_guard lock(mutex_);
            lines_.push_back(std::string(pos::log::level_name(level)) + ": " + std::string(line));
        });
    }
    ~LogCapture() { pos::log::set_sink(std::move(previous_)); }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    bool has(const std::string& text) const {
        std::lock_guard lock(mutex_);
        return std::any_of(lines_.begin(), lines_.end(), [&](const std::string& l) { return l == text; });
    }
    bool has_prefix(const std::string& prefix) const {
        std::lock_guard lock(mutex_);
        return std::any_of(lines_.begin(), lines_.end(), [&](const std::string& l) { return l.rfind(prefix, 0) == 0; });
    }

private:
    mutable std::mutex mutex_;
    std::vector<std::string> lines_;
    pos::log::Sink previous_;
};

// A new store file in the temp dir, and its settings.
struct Store {
    pos::testsupport::TempDir dir;
    std::string path = dir.file("store.db");
    pos::service::StoreSettings settings;
    Store() {
        pos::service::Store opened = pos::service::create_store(path);
        pos::db::Connection& conn = opened.connection();
        settings.profile = "furniture";
        settings.currency_code = "USD";
        settings.store_name = "Test store";
        pos::service::save_settings(conn, settings);
        settings = pos::service::load_settings(conn);
    }
};

bool eventually(const std::function<bool()>& done, std::chrono::milliseconds timeout = 20s) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(10ms);
    }
    return true;
}

}  // namespace

TEST_CASE("one libusb context: the scanner at start is opened by the worker, not by pump()") {
    fake::FakeUsbBed bed;
    auto& fs = bed.add_hid_scanner();
    Store store;
    LogCapture log;
    REQUIRE(pos::usb::Context::live() == 0);
    {
        DeviceRuntime devices(store.path, store.settings, store.dir.file("receipts"), [] {});
        CHECK(pos::usb::Context::live() == 1);  // printer hub and scanner share it
        // No pump() yet: only the runtime's own threads can have claimed the scanner.
        CHECK(eventually([&] { return fs.driver(0) == "usbfs"; }));
        CHECK(pos::usb::Context::live() == 1);
        CHECK(eventually([&] {
            (void)devices.pump();
            return devices.summary().scanner == kScanner;
        }));
        CHECK(log.has_prefix("info: scanner ready: " + kScanner));

        fs.type_code("4006381333931\r");
        std::vector<pos::intent::Intent> got;
        CHECK(eventually([&] {
            for (auto& i : devices.pump()) got.push_back(std::move(i));
            return !got.empty();
        }));
        REQUIRE(got.size() == 1);
        const auto* scan = std::get_if<pos::intent::Scan>(&got[0]);
        REQUIRE(scan);
        CHECK(scan->code == "4006381333931");
    }
    CHECK(pos::usb::Context::live() == 0);
    CHECK(fs.driver(0) == "usbhid");  // given back to the kernel on shutdown
}

TEST_CASE("a scanner plugged in later is opened from hotplug on the worker; unplugging it is a problem") {
    fake::FakeUsbBed bed;
    Store store;
    LogCapture log;
    DeviceRuntime devices(store.path, store.settings, store.dir.file("receipts"), [] {});
    (void)devices.pump();
    CHECK(devices.summary().scanner == "keyboard mode");

    auto& fs = bed.add_hid_scanner();
    CHECK(eventually([&] { return fs.driver(0) == "usbfs"; }));  // opened without pump()
    CHECK(eventually([&] {
        (void)devices.pump();
        return devices.summary().scanner == kScanner;
    }));

    bed.unplug(fs);
    CHECK(eventually([&] {
        (void)devices.pump();
        return devices.summary().scanner == "scanner unplugged (keyboard mode)";
    }));
    REQUIRE(devices.summary().last_problem());
    CHECK(*devices.summary().last_problem() == "scanner lost: " + kScanner + " (device unplugged)");
    CHECK(log.has("warning: scanner lost: " + kScanner + " (device unplugged)"));
}

TEST_CASE("a printer with its cover open: the failed test page reaches the summary and the log") {
    fake::FakeUsbBed bed;
    auto& printer = bed.add_printer();
    Store store;
    LogCapture log;
    DeviceRuntime devices(store.path, store.settings, store.dir.file("receipts"), [] {});
    REQUIRE(eventually([&] {
        (void)devices.pump();
        return devices.summary().printer.find("TM-T20II") != std::string::npos;
    }));
    CHECK(log.has_prefix("info: printer attached: "));

    printer.cover_open();
    pos::service::Outcome outcome;
    outcome.events.push_back(pos::service::event::PagePrintRequested{pos::service::event::PageKind::test_page, {}});
    devices.after(outcome);
    REQUIRE(eventually([&] {
        (void)devices.pump();
        return devices.summary().failed_job.has_value();
    }));
    const std::string failure = devices.summary().failure;
    CHECK_FALSE(failure.empty());
    CHECK(log.has_prefix("error: print job " + std::to_string(*devices.summary().failed_job) + " failed after "));
}
