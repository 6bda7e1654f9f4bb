// Fake HID keyboard-wedge scanner.
#include "support/fakeusb/fake_hid_scanner.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace pos::fakeusb {

namespace {

constexpr std::uint8_t kShift = 0x02;
constexpr std::uint8_t kCtrl = 0x01;

struct Key {
    std::uint8_t modifiers;
    std::uint8_t usage;
};

// US layout: character -> (modifiers, usage id).
bool us_key(char ch, Key& k) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 'a' && c <= 'z') k = {0, static_cast<std::uint8_t>(0x04 + (c - 'a'))};
    else if (c >= 'A' && c <= 'Z') k = {kShift, static_cast<std::uint8_t>(0x04 + (c - 'A'))};
    else if (c >= '1' && c <= '9') k = {0, static_cast<std::uint8_t>(0x1E + (c - '1'))};
    else if (c == '0') k = {0, 0x27};
    else if (c == '\r' || c == '\n') k = {0, 0x28};
    else if (c == '\t') k = {0, 0x2B};
    else if (c == ' ') k = {0, 0x2C};
    else if (c == 0x1D) k = {kCtrl, 0x30};  // GS (FNC1 in GS1 data) = Ctrl+]
    else {
        static constexpr std::string_view plain = "-=[]\\;'`,./";
        static constexpr std::string_view shifted = "_+{}|:\"~<>?";
        static constexpr std::uint8_t usages[] = {0x2D, 0x2E, 0x2F, 0x30, 0x31, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38};
        static constexpr std::string_view shifted_digits = "!@#$%^&*()";
        if (auto p = plain.find(ch); p != std::string_view::npos) k = {0, usages[p]};
        else if (auto q = shifted.find(ch); q != std::string_view::npos) k = {kShift, usages[q]};
        else if (auto d = shifted_digits.find(ch); d != std::string_view::npos)
            k = {kShift, static_cast<std::uint8_t>(0x1E + d)};
        else return false;
    }
    return true;
}

DeviceSpec scanner_spec(const FakeHidScannerConfig& c) {
    DeviceSpec s;
    s.vid = c.vid;
    s.pid = c.pid;
    s.manufacturer = c.manufacturer;
    s.product = c.product;
    s.serial = c.serial;
    InterfaceSpec i;
    i.number = 0;
    i.cls = 3;
    i.subclass = c.interface_subclass;
    i.protocol = c.interface_protocol;
    const auto len = FakeHidScanner::report_descriptor().size();
    // HID descriptor: HID 1.11, country 0, one report descriptor of `len` bytes.
    i.extra = {9, 0x21, 0x11, 0x01, 0, 1, 0x22, static_cast<std::uint8_t>(len & 0xFF), static_cast<std::uint8_t>(len >> 8)};
    i.endpoints = {EndpointSpec{c.ep_in, 3, 8, 1}};
    i.kernel_driver = c.kernel_driver;
    s.interfaces.push_back(i);
    return s;
}

}  // namespace

const std::vector<std::uint8_t>& FakeHidScanner::report_descriptor() {
    // Standard boot keyboard report descriptor (HID 1.11, appendix B.1).
    static const std::vector<std::uint8_t> d{
        0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7, 0x15, 0x00, 0x25, 0x01,
        0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0x95, 0x01, 0x75, 0x08, 0x81, 0x01, 0x95, 0x05, 0x75, 0x01,
        0x05, 0x08, 0x19, 0x01, 0x29, 0x05, 0x91, 0x02, 0x95, 0x01, 0x75, 0x03, 0x91, 0x01, 0x95, 0x06,
        0x75, 0x08, 0x15, 0x00, 0x25, 0x65, 0x05, 0x07, 0x19, 0x00, 0x29, 0x65, 0x81, 0x00, 0xC0};
    return d;
}

FakeHidScanner::FakeHidScanner(FakeHidScannerConfig config)
    : FakeUsbDevice(scanner_spec(config)), config_(std::move(config)) {}

std::vector<BootReport> FakeHidScanner::reports_for(std::string_view text) {
    std::vector<BootReport> out;
    for (char ch : text) {
        Key k{};
        if (!us_key(ch, k))
            throw std::invalid_argument("FakeHidScanner: cannot type character " +
                                        std::to_string(static_cast<unsigned char>(ch)));
        out.push_back(BootReport{k.modifiers, 0, k.usage, 0, 0, 0, 0, 0});
        out.push_back(BootReport{});
    }
    return out;
}

void FakeHidScanner::type_code(std::string_view text) {
    const auto reports = reports_for(text);
    std::lock_guard lock(mutex_);
    for (const auto& r : reports) queue_in_locked(config_.ep_in, std::vector<std::uint8_t>(r.begin(), r.end()));
    pump_locked();
}

std::size_t FakeHidScanner::unread_reports() const {
    std::lock_guard lock(mutex_);
    return queued_in_locked(config_.ep_in);
}

std::size_t FakeHidScanner::on_bulk_out(std::uint8_t, std::span<const std::uint8_t> data) {
    return data.size();  // output reports (keyboard LEDs) are accepted and ignored
}

int FakeHidScanner::on_control(const Setup& s, std::span<std::uint8_t> data) {
    if (s.request_type == 0x81 && s.request == 6 && (s.value >> 8) == 0x22) {  // report descriptor
        const auto& d = report_descriptor();
        const std::size_t n = std::min(d.size(), data.size());
        std::memcpy(data.data(), d.data(), n);
        return static_cast<int>(n);
    }
    if (s.request_type == 0x21 && (s.request == 0x0A || s.request == 0x0B || s.request == 0x09))
        return 0;  // SET_IDLE, SET_PROTOCOL, SET_REPORT
    return -1;
}

}  // namespace pos::fakeusb
