// libusb barcode scanner driver: open/claim, interface classification, report decoding thread,
// hotplug reopen.
#include "drivers/scanner/usb_scanner.h"

#include <libusb.h>

#include <chrono>
#include <cstdio>
#include <vector>

#include "core/common/error.h"
#include "drivers/scanner/boot_report.h"
#include "drivers/scanner/hid_pos.h"
#include "drivers/scanner/keyboard_layout.h"
#include "drivers/usb/context.h"
#include "drivers/usb/device_handle.h"
#include "drivers/usb/error.h"
#include "drivers/usb/interrupt_in.h"

namespace pos::scanner {

namespace {

constexpr std::uint8_t kClassHid = 3;
constexpr std::uint8_t kSubclassBoot = 1;
constexpr std::uint8_t kProtocolKeyboard = 1;
constexpr std::uint8_t kHidDescriptorType = 0x21;
constexpr std::uint16_t kReportDescriptorValue = 0x2200;
constexpr std::uint8_t kHidSetReport = 0x09, kHidSetProtocol = 0x0B;
constexpr std::uint16_t kBootProtocol = 0;
constexpr std::uint16_t kFeatureReport = 0x0300;
constexpr std::uint16_t kHoneywellVid = 0x0c2e;
constexpr std::uint8_t kHoneywellHidPosReport = 0xFE;
constexpr unsigned kControlTimeoutMs = 1000;
// bmRequestType values (USB 2.0, 9.3.1): direction | type | recipient.
constexpr std::uint8_t kStandardInterfaceIn = 0x81;
constexpr std::uint8_t kClassInterfaceOut = 0x21;

Timestamp now_ms() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

struct ConfigFree {
    void operator()(libusb_config_descriptor* c) const noexcept { libusb_free_config_descriptor(c); }
};

struct InterfaceFacts {
    std::uint8_t subclass = 0, protocol = 0;
    std::uint16_t report_descriptor_length = 0;  // from the HID class descriptor; 0 if absent
};

InterfaceFacts interface_facts(usb::DeviceHandle& h, int interface) {
    libusb_config_descriptor* raw = nullptr;
    usb::check(libusb_get_active_config_descriptor(libusb_get_device(h.native()), &raw),
               "read the scanner's configuration");
    std::unique_ptr<libusb_config_descriptor, ConfigFree> cfg(raw);
    InterfaceFacts f;
    for (int i = 0; i < cfg->bNumInterfaces; ++i) {
        const libusb_interface& itf = cfg->interface[i];
        if (itf.num_altsetting < 1 || itf.altsetting[0].bInterfaceNumber != interface) continue;
        const libusb_interface_descriptor& alt = itf.altsetting[0];
        f.subclass = alt.bInterfaceSubClass;
        f.protocol = alt.bInterfaceProtocol;
        const unsigned char* extra = alt.extra;
        for (int off = 0; extra != nullptr && off + 1 < alt.extra_length && extra[off] > 0; off += extra[off]) {
            if (extra[off + 1] == kHidDescriptorType && extra[off] >= 9 && off + 8 < alt.extra_length)
                f.report_descriptor_length = static_cast<std::uint16_t>(extra[off + 7] | (extra[off + 8] << 8));
        }
    }
    return f;
}

std::optional<std::vector<std::uint8_t>> read_report_descriptor(usb::DeviceHandle& h, int interface,
                                                                std::uint16_t length) {
    std::vector<std::uint8_t> buf(length == 0 ? 1024 : length);
    const int rc = libusb_control_transfer(
        h.native(), kStandardInterfaceIn,
        LIBUSB_REQUEST_GET_DESCRIPTOR, kReportDescriptorValue, static_cast<std::uint16_t>(interface), buf.data(),
        static_cast<std::uint16_t>(buf.size()), kControlTimeoutMs);
    if (rc <= 0) return std::nullopt;
    buf.resize(static_cast<std::size_t>(rc));
    return buf;
}

int class_out_request(usb::DeviceHandle& h, int interface, std::uint8_t request, std::uint16_t value,
                      std::vector<std::uint8_t> data) {
    return libusb_control_transfer(
        h.native(), kClassInterfaceOut, request, value,
        static_cast<std::uint16_t>(interface), data.empty() ? nullptr : data.data(),
        static_cast<std::uint16_t>(data.size()), kControlTimeoutMs);
}

}  // namespace

const char* scanner_path_name(ScannerPath p) noexcept {
    return p == ScannerPath::boot_keyboard ? "keyboard" : "HID POS";
}

std::string device_label(const usb::DeviceInfo& info) {
    return info.product.empty() ? info.id() : info.id() + " " + info.product;
}

struct UsbScanner::Session {
    Session(usb::Context& ctx, const usb::DeviceInfo& device, const UsbScannerOptions& options)
        : info(device), label(device_label(device)), handle(ctx, device),
          layout(&KeyboardLayout::by_name(options.layout)), assembler(options.assembler) {}

    usb::DeviceInfo info;
    std::string label;
    usb::DeviceHandle handle;
    ScannerPath path = ScannerPath::boot_keyboard;
    const KeyboardLayout* layout;
    BootReportDecoder boot;
    bool strip_report_id = false;
    ScanAssembler assembler;
    std::optional<HidPosDecoder> hid_pos;
    bool dead = false;  // the stream stopped; ScannerLost was pushed
    // Declared last: destroyed first, so the transfer is cancelled before the queue and handle go.
    usb::EventQueue<usb::InterruptEvent> raw;
    std::unique_ptr<usb::InterruptIn> in;
};

UsbScanner::UsbScanner(usb::Context& ctx, usb::EventQueue<ScannerEvent>& events, UsbScannerOptions options)
    : ctx_(ctx), events_(events), options_(std::move(options)) {
    KeyboardLayout::by_name(options_.layout);  // reject an unknown layout now, not at the first scan
    worker_ = std::thread([this] { run(); });
}

UsbScanner::~UsbScanner() {
    {
        std::lock_guard lock(bell_mutex_);
        stop_ = true;
    }
    bell_.notify_all();
    worker_.join();
    close();
}

void UsbScanner::ring() noexcept {
    {
        std::lock_guard lock(bell_mutex_);
        rung_ = true;
    }
    bell_.notify_all();
}

void UsbScanner::close() noexcept {
    std::unique_ptr<Session> old;
    {
        std::lock_guard lock(session_mutex_);
        old = std::move(session_);
    }
    old.reset();  // stops the transfer, releases the interface (usbhid re-attached)
}

bool UsbScanner::is_open() const {
    std::lock_guard lock(session_mutex_);
    return session_ && !session_->dead;
}

std::optional<usb::DeviceInfo> UsbScanner::device() const {
    std::lock_guard lock(session_mutex_);
    if (!session_) return std::nullopt;
    return session_->info;
}

std::optional<ScannerPath> UsbScanner::path() const {
    std::lock_guard lock(session_mutex_);
    if (!session_) return std::nullopt;
    return session_->path;
}

void UsbScanner::open(const usb::DeviceInfo& info) {
    close();
    if (info.interface_class != kClassHid || info.endpoints.interrupt_in == 0)
        throw pos::Error(Errc::invalid_input, device_label(info) + " has no HID interrupt-IN interface to read scans from");
    auto s = std::make_unique<Session>(ctx_, info, options_);
    s->handle.claim(info.interface);  // auto-detaches usbhid

    const InterfaceFacts facts = interface_facts(s->handle, info.interface);
    const bool boot_keyboard = facts.subclass == kSubclassBoot && facts.protocol == kProtocolKeyboard;
    const auto descriptor = read_report_descriptor(s->handle, info.interface, facts.report_descriptor_length);
    const ReportDescriptorInfo desc = descriptor ? parse_report_descriptor(*descriptor) : ReportDescriptorInfo{};
    if (desc.is_barcode_scanner()) {
        s->path = ScannerPath::hid_pos;
        s->hid_pos.emplace(hid_pos_layout_for(info.vid), options_.assembler.max_length);
        if (info.vid == kHoneywellVid)  // switch the scanner to HID POS reports (best effort)
            class_out_request(s->handle, info.interface, kHidSetReport, kFeatureReport | kHoneywellHidPosReport,
                              {kHoneywellHidPosReport, 0x01});
    } else if (boot_keyboard) {
        s->path = ScannerPath::boot_keyboard;
        // Ask for the 8-byte boot format; a device that stalls this sends it anyway.
        class_out_request(s->handle, info.interface, kHidSetProtocol, kBootProtocol, {});
    } else if (desc.is_keyboard()) {
        s->path = ScannerPath::boot_keyboard;
        s->strip_report_id = desc.uses_report_ids;
    } else {
        throw pos::Error(Errc::invalid_input,
                         device_label(info) + " is neither a keyboard-mode nor a HID POS scanner" +
                             (descriptor ? "" : " (its HID report descriptor could not be read)"));
    }

    s->raw.set_wake([this] { ring(); });
    s->in = std::make_unique<usb::InterruptIn>(s->handle, info.endpoints.interrupt_in,
                                               info.endpoints.interrupt_in_packet, s->raw);
    s->in->start();
    const ScannerReady ready{s->label, s->path};
    {
        std::lock_guard lock(session_mutex_);
        session_ = std::move(s);
    }
    events_.push(ready);
}

bool UsbScanner::open_first(const usb::MatchOptions& match) {
    usb::MatchOptions scanners = match;
    scanners.only_role = usb::Role::scanner;
    for (const auto& info : usb::enumerate(ctx_, scanners)) {
        if (info.role != usb::Role::scanner || !info.supported || info.problem) continue;
        open(info);
        return true;
    }
    return false;
}

void UsbScanner::handle(const usb::UsbEvent& event) {
    if (const auto* left = std::get_if<usb::DeviceLeft>(&event)) {
        std::unique_ptr<Session> old;
        {
            std::lock_guard lock(session_mutex_);
            if (!session_ || session_->info.bus != left->bus || session_->info.address != left->address) return;
            if (!session_->dead) events_.push(ScannerLost{session_->label, "device unplugged"});
            old = std::move(session_);
        }
        return;  // old is destroyed here, outside the lock
    }
    const auto& info = std::get<usb::DeviceArrived>(event).info;
    if (!options_.reopen_on_arrival || info.role != usb::Role::scanner || !info.supported) return;
    {
        std::lock_guard lock(session_mutex_);
        if (session_ && !session_->dead) return;  // one scanner per UsbScanner
    }
    try {
        open(info);
    } catch (const std::exception& e) {
        events_.push(ScannerError{device_label(info), "could not open the scanner: " + std::string(e.what())});
    }
}

void UsbScanner::process(Session& s, Timestamp now) {
    auto emit = [&](const AssembledScan& scan) {
        if (scan.too_long) {
            events_.push(ScannerError{s.label, "a scan longer than " + std::to_string(options_.assembler.max_length) +
                                                   " characters was ignored"});
        } else if (scan.unmapped_keys > 0) {
            char usage[8];
            std::snprintf(usage, sizeof usage, "0x%02X", scan.first_unmapped_usage);
            events_.push(ScannerError{s.label, "the scanner typed a key the \"" + std::string(s.layout->name()) +
                                                   "\" keyboard layout cannot read (HID usage " + usage +
                                                   "); check the scanner layout setting"});
        } else {
            events_.push(ScanEvent{scan.code, "", s.label});
        }
    };
    for (auto& ev : s.raw.drain()) {
        if (s.dead) break;
        if (auto* stopped = std::get_if<usb::InterruptStopped>(&ev)) {
            s.dead = true;
            s.assembler.reset();
            events_.push(ScannerLost{s.label, stopped->message});
            break;
        }
        const auto& bytes = std::get<usb::InterruptData>(ev).bytes;
        std::span<const std::uint8_t> report(bytes);
        if (s.path == ScannerPath::hid_pos) {
            try {
                if (auto scan = s.hid_pos->feed(report)) events_.push(ScanEvent{scan->data, scan->aim, s.label});
            } catch (const pos::Error& e) {
                events_.push(ScannerError{s.label, e.what()});
            }
            continue;
        }
        if (s.strip_report_id && !report.empty()) report = report.subspan(1);
        for (const KeyPress& k : s.boot.feed(report))
            if (auto scan = s.assembler.feed(s.layout->translate(k.modifiers, k.usage), now)) emit(*scan);
    }
    if (!s.dead)
        if (auto scan = s.assembler.poll(now)) emit(*scan);
}

void UsbScanner::run() noexcept {
    std::unique_lock bell(bell_mutex_);
    bool have_deadline = false;  // a pending scan completes by idle gap at `deadline`
    Timestamp deadline = 0;
    while (!stop_) {
        const auto woken = [&] { return rung_ || stop_; };
        if (have_deadline) {
            const std::chrono::steady_clock::time_point at{std::chrono::milliseconds(deadline)};
            bell_.wait_until(bell, at, woken);
        } else {
            bell_.wait(bell, woken);
        }
        if (stop_) break;
        rung_ = false;
        bell.unlock();
        {
            std::lock_guard lock(session_mutex_);
            have_deadline = false;
            if (session_) {
                try {
                    process(*session_, now_ms());
                } catch (const std::exception& e) {
                    events_.push(ScannerError{session_->label, e.what()});
                }
                if (const auto d = session_->assembler.deadline()) {
                    have_deadline = true;
                    deadline = *d;
                }
            }
        }
        bell.lock();
    }
}

}  // namespace pos::scanner
