// Device hub: printer discovery, hotplug, the print worker thread, status polling, drawer.
#include "devices/device_hub.h"

#include <algorithm>
#include <vector>

#include "devices/print_queue.h"
#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/profile.h"
#include "drivers/printer/profile_select.h"
#include "drivers/printer/virtual_printer_port.h"
#include "drivers/usb/context.h"
#include "drivers/usb/error.h"

namespace pos::devices {

using SteadyClock = std::chrono::steady_clock;
using printer::PortError;
using printer::PortKind;
using printer::PrintFault;

// The printer the store asked for (a device override, a forced profile) is checked at once, and
// the hub describes printers only.
void DeviceHub::check_config() {
    if (config_.device_override && !config_.device_override->empty())
        match_.override_device = usb::parse_override(*config_.device_override);
    match_.only_role = usb::Role::printer;
    if (config_.forced_profile && !config_.forced_profile->empty()) (void)escpos::find_profile(*config_.forced_profile);
}

DeviceHub::DeviceHub(DeviceHubConfig config, DeviceEvents& events)
    : config_(std::move(config)),
      events_(events),
      monitor_(events, config_.drawer_open_when_pin3_high),
      usb_events_([this] {
          {
              std::lock_guard lock(mutex_);
              wake_ = true;
          }
          cv_.notify_all();
      }) {
    check_config();
    try {
        own_ctx_ = std::make_unique<usb::Context>();
        ctx_ = own_ctx_.get();
    } catch (const pos::Error& e) {
        events_.push(DeviceProblem{std::string("USB is not available: ") + e.what()});
    }
}

DeviceHub::DeviceHub(DeviceHubConfig config, DeviceEvents& events, SharedUsb shared)
    : config_(std::move(config)),
      events_(events),
      monitor_(events, config_.drawer_open_when_pin3_high),
      ctx_(shared.context),
      shared_events_(shared.events),
      usb_events_([this] {
          {
              std::lock_guard lock(mutex_);
              wake_ = true;
          }
          cv_.notify_all();
      }) {
    check_config();
}

DeviceHub::~DeviceHub() { stop(); }

void DeviceHub::start(PrintQueue* queue) {
    queue_ = queue;
    if (queue_) queue_->set_status_monitor(&monitor_);
    if (own_ctx_) {
        try {
            event_thread_ = std::make_unique<usb::EventThread>(*ctx_, usb_events_, match_, false);
        } catch (const pos::Error& e) {
            events_.push(DeviceProblem{std::string("USB hotplug is not available: ") + e.what()});
        }
    }
    worker_ = std::thread([this] { run(); });
}

void DeviceHub::stop() noexcept {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    cv_.notify_all();
    if (worker_.joinable()) worker_.join();
    if (event_thread_) event_thread_->stop();
    if (queue_) queue_->set_status_monitor(nullptr);
    port_.reset();
}

void DeviceHub::notify_jobs() {
    {
        std::lock_guard lock(mutex_);
        jobs_request_ = wake_ = true;
    }
    cv_.notify_all();
}

void DeviceHub::open_drawer() {
    {
        std::lock_guard lock(mutex_);
        drawer_request_ = wake_ = true;
    }
    cv_.notify_all();
}

void DeviceHub::usb_event(usb::UsbEvent event) { usb_events_.push(std::move(event)); }

PrinterState DeviceHub::printer() const {
    std::lock_guard lock(mutex_);
    return state_;
}

void DeviceHub::set_port(std::unique_ptr<printer::PrinterPort> port, std::string profile, std::uint8_t bus,
                         std::uint8_t address) {
    port_ = std::move(port);
    bus_ = bus;
    address_ = address;
    monitor_.reset();
    PrinterAttached ev{port_->name(), port_->kind(), profile};
    {
        std::lock_guard lock(mutex_);
        state_ = PrinterState{};
        state_.attached = true;
        state_.kind = port_->kind();
        state_.name = ev.name;
        state_.profile = std::move(profile);
    }
    events_.push(std::move(ev));
}

bool DeviceHub::try_attach(const usb::DeviceInfo& info) {
    if (!ctx_ || info.role != usb::Role::printer) return false;
    if (!info.supported) {
        events_.push(DeviceProblem{info.id() + " " + info.product + ": " + info.note});
        return false;
    }
    try {
        std::string profile = printer::select_profile(config_.forced_profile, info.profile, config_.store_profile);
        auto port = std::make_unique<printer::UsbEscposPrinter>(*ctx_, info, config_.usb);
        set_port(std::move(port), std::move(profile), info.bus, info.address);
        return true;
    } catch (const pos::Error& e) {
        events_.push(DeviceProblem{"printer " + info.id() + ": " + e.what()});
        return false;
    }
}

void DeviceHub::attach_virtual() {
    if (config_.virtual_dir.empty()) return;
    try {
        std::string profile = printer::select_profile(config_.forced_profile, "", config_.store_profile);
        auto port = std::make_unique<printer::VirtualPrinterPort>(escpos::find_profile(profile), config_.virtual_dir,
                                                                  escpos::resolve_fonts(config_.font_dir));
        set_port(std::move(port), std::move(profile), 0, 0);
    } catch (const pos::Error& e) {
        events_.push(DeviceProblem{std::string("virtual printer: ") + e.what()});
    }
}

void DeviceHub::detach(const std::string& why) {
    if (!port_) return;
    const std::string name = port_->name();
    port_.reset();
    bus_ = address_ = 0;
    monitor_.reset();
    {
        std::lock_guard lock(mutex_);
        state_ = PrinterState{};
    }
    events_.push(PrinterDetached{name + " " + why});
}

void DeviceHub::attach_initial() {
    if (ctx_) {
        try {
            const std::vector<usb::DeviceInfo> found = usb::enumerate(*ctx_, match_);
            // The settings override first, then the table order.
            std::vector<const usb::DeviceInfo*> order;
            for (const usb::DeviceInfo& d : found)
                if (d.reason == "override") order.push_back(&d);
            for (const usb::DeviceInfo& d : found)
                if (d.reason != "override") order.push_back(&d);
            for (const usb::DeviceInfo* candidate : order) {
                const usb::DeviceInfo& info = *candidate;
                if (info.role != usb::Role::printer) continue;
                if (info.problem) {
                    events_.push(DeviceProblem{"printer " + info.id() + ": " + *info.problem});
                    continue;
                }
                if (try_attach(info)) return;
            }
        } catch (const pos::Error& e) {
            events_.push(DeviceProblem{std::string("cannot list USB devices: ") + e.what()});
        }
    }
    attach_virtual();
}

void DeviceHub::handle_usb_events() {
    for (usb::UsbEvent& ev : usb_events_.drain()) {
        if (auto* arrived = std::get_if<usb::DeviceArrived>(&ev)) {
            const usb::DeviceInfo& info = arrived->info;
            if (info.role != usb::Role::printer) continue;
            if (port_ && port_->kind() == PortKind::usb) continue;  // one printer at a time
            try_attach(info);
        } else if (auto* left = std::get_if<usb::DeviceLeft>(&ev)) {
            if (port_ && port_->kind() == PortKind::usb && left->bus == bus_ && left->address == address_)
                detach("unplugged");
        }
    }
}

void DeviceHub::poll_status() {
    if (!port_) return;
    try {
        const escpos::PrinterStatus s = port_->status();
        monitor_.observe(s);
        std::lock_guard lock(mutex_);
        state_.status = s;
        state_.drawer_open = monitor_.drawer_open();
        if (!printer::fault_from_status(s)) state_.holding = false;
    } catch (const PortError& e) {
        if (e.fault() == PrintFault::unplugged) detach("unplugged");
    }
}

void DeviceHub::print_pending() {
    if (!port_ || !queue_) return;
    {
        std::lock_guard lock(mutex_);
        if (state_.holding) return;
    }
    for (;;) {
        {
            std::lock_guard lock(mutex_);
            if (stop_) return;
        }
        const StepOutcome out = queue_->step(*port_);
        if (out == StepOutcome::idle) return;
        if (out == StepOutcome::failed) {
            std::lock_guard lock(mutex_);
            state_.holding = true;
            return;
        }
    }
}

void DeviceHub::run() noexcept {
    try {
        attach_initial();
    } catch (const std::exception& e) {
        events_.push(DeviceProblem{std::string("devices: ") + e.what()});
    }
    const usb::EventThread* hotplug_thread = shared_events_ ? shared_events_ : event_thread_.get();
    const bool hotplug = hotplug_thread && hotplug_thread->hotplug_registered();
    auto next_poll = SteadyClock::now();
    for (;;) {
        bool drawer = false;
        {
            std::unique_lock lock(mutex_);
            cv_.wait_until(lock, next_poll, [this] { return stop_ || wake_; });
            if (stop_) return;
            wake_ = false;
            drawer = std::exchange(drawer_request_, false);
            if (std::exchange(jobs_request_, false)) state_.holding = false;
        }
        try {
            handle_usb_events();
            if (!hotplug && ctx_ && (!port_ || port_->kind() != PortKind::usb) && SteadyClock::now() >= next_poll) {
                for (const usb::DeviceInfo& info : usb::enumerate(*ctx_, match_))
                    if (info.role == usb::Role::printer && !info.problem && try_attach(info)) break;
            }
            if (drawer) {
                if (!port_) {
                    events_.push(DeviceProblem{"no printer: the cash drawer cannot be opened"});
                } else {
                    try {
                        port_->pulse_drawer();
                    } catch (const PortError& e) {
                        events_.push(DeviceProblem{std::string("cash drawer: ") + e.what()});
                    }
                    next_poll = std::min(next_poll, SteadyClock::now() + std::chrono::milliseconds(200));
                }
            }
            print_pending();
            if (SteadyClock::now() >= next_poll) {
                poll_status();
                next_poll = SteadyClock::now() + config_.poll_interval;
                print_pending();  // the printer may be ready again after a hold
            }
        } catch (const std::exception& e) {
            events_.push(DeviceProblem{std::string("devices: ") + e.what()});
            next_poll = SteadyClock::now() + config_.poll_interval;
        }
    }
}

}  // namespace pos::devices
