#include "gui/device_runtime.h"

#include <cstdio>
#include <filesystem>

#include "devices/device_hub.h"
#include "devices/print_queue.h"
#include "drivers/escpos/profile.h"
#include "drivers/scanner/usb_scanner.h"
#include "drivers/usb/context.h"
#include "drivers/usb/event_thread.h"
#include "cli/test_page.h"
#include "core/common/time.h"
#include "receipt/job_renderer.h"
#include "receipt/receipt_render.h"
#include "receipt/z_report_layout.h"
#include "service/assets.h"
#include "service/store.h"
#include "service/summary.h"

namespace pos::gui {

namespace {

// The virtual printer names its PNGs after the job; the newest one is the last receipt.
std::string newest_png(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::path best;
    std::filesystem::file_time_type best_time{};
    for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
        if (!e.is_regular_file(ec) || e.path().extension() != ".png") continue;
        const auto t = e.last_write_time(ec);
        if (best.empty() || t > best_time || (t == best_time && e.path() > best)) {
            best = e.path();
            best_time = t;
        }
    }
    return best.string();
}

}  // namespace

struct DeviceRuntime::Impl {
    db::Connection queue_conn;
    db::Connection report_conn;  // UI thread only: reads the day summary to print it
    std::string receipts_dir;
    devices::DeviceEvents events;
    std::unique_ptr<devices::PrintQueue> queue;
    std::unique_ptr<devices::DeviceHub> hub;
    // The scanner has its own libusb context and hotplug thread: printer I/O never delays scans.
    std::unique_ptr<usb::Context> scan_ctx;
    usb::EventQueue<usb::UsbEvent> scan_usb_events;
    usb::EventQueue<scanner::ScannerEvent> scanner_events;
    std::unique_ptr<usb::EventThread> scan_thread;
    std::unique_ptr<scanner::UsbScanner> scanner;

    Impl(const std::string& path, std::string receipts, std::function<void()> wake)
        : queue_conn(service::open_store(path)),
          report_conn(service::open_store(path)),
          receipts_dir(std::move(receipts)),
          events(wake),
          scan_usb_events(wake),
          scanner_events(wake) {}

    // The profile of the printer in use (the store's when none is attached yet).
    const escpos::Profile& profile() const {
        const devices::PrinterState state = hub->printer();
        return escpos::find_profile(state.profile.empty() ? "epson-tm-t20" : state.profile);
    }
    // Pages that are not a stored sale are rendered now and queued with their bytes.
    void queue_page(std::string_view kind, const escpos::Document& doc, Lang lang) {
        queue->enqueue(0, kind, receipt::encode_receipt(doc, profile(), lang));
        hub->notify_jobs();
    }
};

DeviceRuntime::DeviceRuntime(const std::string& db_path, const service::StoreSettings& settings, std::string receipts_dir,
                             std::function<void()> wake)
    : impl_(std::make_unique<Impl>(db_path, receipts_dir, wake)) {
    std::filesystem::create_directories(receipts_dir);
    summary_.last_receipt_png = newest_png(receipts_dir);
    devices::DeviceHubConfig cfg;
    cfg.store_profile = settings.printer_profile;
    if (!settings.printer_device.empty()) cfg.device_override = settings.printer_device;
    cfg.virtual_dir = receipts_dir;
    impl_->hub = std::make_unique<devices::DeviceHub>(cfg, impl_->events);
    Impl* impl = impl_.get();
    impl_->queue = std::make_unique<devices::PrintQueue>(impl_->queue_conn, [impl](const db::PrintJobRow& job) {
        const devices::PrinterState state = impl->hub->printer();
        const escpos::Profile& profile = escpos::find_profile(state.profile.empty() ? "epson-tm-t20" : state.profile);
        return receipt::render_print_job(impl->queue->connection(), job, profile);
    }, impl_->events);
    impl_->hub->start(impl_->queue.get());
    summary_.scanner = "keyboard mode";
    try {
        impl_->scan_ctx = std::make_unique<usb::Context>();
        impl_->scanner = std::make_unique<scanner::UsbScanner>(*impl_->scan_ctx, impl_->scanner_events,
                                                               scanner::UsbScannerOptions{settings.scanner_layout, {}});
        impl_->scan_thread = std::make_unique<usb::EventThread>(*impl_->scan_ctx, impl_->scan_usb_events);
        if (impl_->scanner->open_first()) summary_.scanner = scanner::device_label(*impl_->scanner->device());
    } catch (const Error& e) {
        // No USB stack or no permission: keyboard-wedge scanning still works.
        summary_.scanner = std::string("keyboard mode (") + e.what() + ")";
    }
}

DeviceRuntime::~DeviceRuntime() {
    if (impl_->scan_thread) impl_->scan_thread->stop();
    impl_->scanner.reset();
    impl_->hub->stop();
}

std::vector<intent::Intent> DeviceRuntime::pump() {
    std::vector<intent::Intent> out;
    while (auto e = impl_->scan_usb_events.try_pop())
        if (impl_->scanner) impl_->scanner->handle(*e);
    while (auto e = impl_->scanner_events.try_pop()) {
        if (auto* scan = std::get_if<scanner::ScanEvent>(&*e)) out.push_back(intent::Scan{scan->aim + scan->code});
        else if (std::holds_alternative<scanner::ScannerLost>(*e)) summary_.scanner = "scanner unplugged (keyboard mode)";
        else if (std::holds_alternative<scanner::ScannerReady>(*e) && impl_->scanner && impl_->scanner->device())
            summary_.scanner = scanner::device_label(*impl_->scanner->device());
    }
    while (auto e = impl_->events.try_pop()) {
        std::visit(
            [&](const auto& ev) {
                using T = std::decay_t<decltype(ev)>;
                if constexpr (std::is_same_v<T, devices::DrawerOpened>) {
                    summary_.drawer_open = true;
                } else if constexpr (std::is_same_v<T, devices::DrawerClosed>) {
                    summary_.drawer_open = false;
                } else if constexpr (std::is_same_v<T, devices::JobFailed>) {
                    summary_.failed_job = ev.job;
                    summary_.failure = ev.error;
                } else if constexpr (std::is_same_v<T, devices::JobDone>) {
                    if (summary_.failed_job == ev.job) summary_.failed_job.reset();
                    if (impl_->hub->printer().kind == printer::PortKind::virtual_printer)
                        summary_.last_receipt_png = newest_png(impl_->receipts_dir);
                }
            },
            *e);
    }
    const devices::PrinterState p = impl_->hub->printer();
    summary_.printer = !p.attached ? "no printer (jobs wait in the queue)"
                       : p.kind == printer::PortKind::virtual_printer ? "virtual printer"
                                                                      : p.name + " · " + p.profile;
    return out;
}

void DeviceRuntime::after(const service::Outcome& outcome) {
    namespace ev = service::event;
    for (const service::Event& e : outcome.events) {
        if (std::holds_alternative<ev::DrawerRequested>(e)) impl_->hub->open_drawer();
        if (std::holds_alternative<ev::PrintRetried>(e)) summary_.failed_job.reset();
        if (std::holds_alternative<ev::PrintQueued>(e) || std::holds_alternative<ev::PrintRetried>(e)) impl_->hub->notify_jobs();
        // The manager's pages: the service checked and journaled them; the pages are laid out
        // for the printer in use and queued in the durable print queue.
        const auto* page = std::get_if<ev::PagePrintRequested>(&e);
        if (!page) continue;
        try {
            if (page->page == ev::PageKind::test_page) {
                impl_->queue_page("test", cli::test_page(impl_->profile()), Lang::en);
            } else {
                const service::StoreSettings settings = service::load_settings(impl_->report_conn);
                const Playbook pb = load_playbook(service::playbooks_dir() + "/" + settings.profile + ".json");
                const report::DaySummary summary = service::day_summary(impl_->report_conn, page->day, pb, settings.lang);
                impl_->queue_page("z_report", receipt::z_report(summary, {settings.lang, impl_->profile().columns_a}), settings.lang);
            }
        } catch (const Error& e2) {
            summary_.failure = std::string("cannot print: ") + e2.what();
        }
    }
}

}  // namespace pos::gui
