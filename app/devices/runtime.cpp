#include "devices/runtime.h"

#include <filesystem>

#include "core/common/log.h"
#include "devices/device_hub.h"
#include "devices/hotplug_worker.h"
#include "devices/print_queue.h"
#include "drivers/escpos/profile.h"
#include "drivers/scanner/usb_scanner.h"
#include "drivers/usb/context.h"
#include "drivers/usb/device_match.h"
#include "drivers/usb/event_thread.h"
#include "receipt/job_renderer.h"
#include "receipt/order_receipt.h"
#include "receipt/receipt_render.h"
#include "receipt/test_page.h"
#include "receipt/z_report_layout.h"
#include "service/assets.h"
#include "service/order_queries.h"
#include "service/store.h"
#include "service/summary.h"

namespace pos::devices {

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

void write_log(const LogLine& line) { log::write(line.level, line.text); }

}  // namespace

// Members in the order they are built; ~DeviceRuntime tears them down in the order that keeps
// every user of the Context and EventThread stopped before them.
struct DeviceRuntime::Impl {
    service::Store queue_store;
    service::Store report_store;  // UI thread only: reads the day summary to print it
    std::string receipts_dir;
    DeviceEvents events;
    usb::EventQueue<scanner::ScannerEvent> scanner_events;
    std::unique_ptr<usb::Context> ctx;  // the one libusb context; null without USB
    HotplugWorker hotplug;
    std::unique_ptr<usb::EventThread> usb_thread;
    std::unique_ptr<PrintQueue> queue;
    std::unique_ptr<DeviceHub> hub;
    std::unique_ptr<scanner::UsbScanner> scanner;

    Impl(const std::string& path, std::string receipts, const std::function<void()>& wake)
        : queue_store(service::open_store(path)),
          report_store(service::open_store(path)),
          receipts_dir(std::move(receipts)),
          events(wake),
          scanner_events(wake) {}

    // The profile of the printer in use (the store's when none is attached yet).
    const escpos::Profile& profile() const {
        const PrinterState state = hub->printer();
        return escpos::find_profile(state.profile.empty() ? std::string(escpos::default_profile_name) : state.profile);
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
    Impl& m = *impl_;
    std::filesystem::create_directories(receipts_dir);
    summary_.last_receipt_png = newest_png(receipts_dir);
    summary_.scanner = "keyboard mode";

    DeviceHubConfig cfg;
    cfg.store_profile = settings.printer_profile;
    if (!settings.printer_device.empty()) cfg.device_override = settings.printer_device;
    cfg.virtual_dir = receipts_dir;
    usb::MatchOptions match;
    if (cfg.device_override) match.override_device = usb::parse_override(*cfg.device_override);

    try {
        m.ctx = std::make_unique<usb::Context>();
    } catch (const Error& e) {
        // No USB stack or no permission: the virtual printer and keyboard-wedge scanning still work.
        summary_.scanner = std::string("keyboard mode (") + e.what() + ")";
        m.events.push(DeviceProblem{std::string("USB is not available: ") + e.what()});
    }
    if (m.ctx) {
        try {
            m.usb_thread = std::make_unique<usb::EventThread>(*m.ctx, m.hotplug.queue(), match, false);
        } catch (const Error& e) {
            m.events.push(DeviceProblem{std::string("USB hotplug is not available: ") + e.what()});
        }
    }

    Impl* impl = impl_.get();
    m.queue = std::make_unique<PrintQueue>(m.queue_store.connection(), [impl](const db::PrintJobRow& job) {
        return receipt::render_print_job(impl->queue->connection(), job, impl->profile());
    }, m.events);
    m.hub = std::make_unique<DeviceHub>(cfg, m.events, SharedUsb{m.ctx.get(), m.usb_thread.get()});
    if (!m.ctx) {
        m.hub->start(m.queue.get());
        return;
    }
    try {
        m.scanner = std::make_unique<scanner::UsbScanner>(*m.ctx, m.scanner_events,
                                                          scanner::UsbScannerOptions{settings.scanner_layout, {}});
    } catch (const Error& e) {
        summary_.scanner = std::string("keyboard mode (") + e.what() + ")";
    }
    // On the worker: open the scanner found at start, then start the printer hub (one after the
    // other, so the two never enumerate and open the bus at the same time), then every hotplug
    // event goes to both.
    scanner::UsbScanner* scan = m.scanner.get();
    DeviceHub* hub = m.hub.get();
    PrintQueue* queue = m.queue.get();
    DeviceEvents* events = &m.events;
    m.hotplug.start(
        [scan, hub, queue, events] {
            try {
                if (scan) (void)scan->open_first();
            } catch (const std::exception& e) {
                events->push(DeviceProblem{std::string("scanner: ") + e.what()});
            }
            hub->start(queue);
        },
        [scan, hub](const usb::UsbEvent& ev) {
            // The scanner first: it is opened (claim, control transfers) before the hub's
            // worker is woken to look at the bus, so the two never open devices at once.
            if (scan) scan->handle(ev);
            hub->usb_event(ev);
        },
        [events](const std::exception& e) { events->push(DeviceProblem{std::string("devices: ") + e.what()}); });
}

DeviceRuntime::~DeviceRuntime() {
    Impl& m = *impl_;
    m.hotplug.stop();   // no more opening or hotplug handling (the hub may not have been started)
    m.scanner.reset();  // closes the scanner while the event thread still completes its transfers
    m.hub->stop();      // joins the printer worker (its transfers need the event thread too)
    m.hub.reset();
    if (m.usb_thread) m.usb_thread->stop();
}

std::vector<intent::Intent> DeviceRuntime::pump() {
    std::vector<intent::Intent> out;
    while (auto e = impl_->scanner_events.try_pop()) {
        write_log(record(summary_, *e));
        if (auto* scan = std::get_if<scanner::ScanEvent>(&*e)) out.push_back(intent::Scan{scan->aim + scan->code});
    }
    while (auto e = impl_->events.try_pop()) {
        write_log(record(summary_, *e));
        if (std::holds_alternative<JobDone>(*e) && impl_->hub->printer().kind == printer::PortKind::virtual_printer)
            summary_.last_receipt_png = newest_png(impl_->receipts_dir);
    }
    const PrinterState p = impl_->hub->printer();
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
        db::Connection& report_conn = impl_->report_store.connection();
        try {
            if (page->page == ev::PageKind::test_page) {
                impl_->queue_page("test", receipt::test_page(impl_->profile()), Lang::en);
            } else if (page->page == ev::PageKind::dispatch) {
                const service::StoreSettings settings = service::load_settings(report_conn);
                const auto orders = service::load_dispatch_list(report_conn, page->day);
                const receipt::OrderPrintOptions options{impl_->profile().columns_a, false};
                impl_->queue_page("dispatch", receipt::dispatch_list(orders, page->day, settings, options), settings.lang);
            } else {
                const service::StoreSettings settings = service::load_settings(report_conn);
                const Playbook pb = load_playbook(service::playbooks_dir() + "/" + settings.profile + ".json");
                const report::DaySummary summary = service::day_summary(report_conn, page->day, pb, settings.lang);
                impl_->queue_page("z_report", receipt::z_report(summary, {settings.lang, impl_->profile().columns_a}), settings.lang);
            }
        } catch (const Error& e2) {
            summary_.failure = std::string("cannot print: ") + e2.what();
            log::error(summary_.failure);
        }
    }
}

}  // namespace pos::devices
