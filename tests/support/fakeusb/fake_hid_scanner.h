#pragma once
// FakeHidScanner: a keyboard-wedge barcode scanner (HID boot keyboard, 3/1/1) with
// the kernel's "usbhid" driver bound, so claiming it exercises auto-detach.
// type_code() queues 8-byte boot reports (key down with Shift/Ctrl modifiers, then
// key up) on the interrupt IN endpoint, using a US keyboard layout.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "support/fakeusb/fake_device.h"

namespace pos::fakeusb {

struct FakeHidScannerConfig {
    std::uint16_t vid = 0x05e0, pid = 0x1200;  // Symbol/Zebra LS2208
    std::uint8_t ep_in = 0x81;
    std::uint8_t interface_subclass = 1, interface_protocol = 1;  // boot keyboard
    std::string manufacturer = "Symbol Technologies", product = "Symbol Bar Code Scanner", serial = "S2208FAKE";
    std::string kernel_driver = "usbhid";
};

using BootReport = std::array<std::uint8_t, 8>;

class FakeHidScanner : public FakeUsbDevice {
public:
    explicit FakeHidScanner(FakeHidScannerConfig config);

    const FakeHidScannerConfig& config() const noexcept { return config_; }

    // Queues the reports for text ('\r' and '\n' = Enter, '\t' = Tab, 0x1D GS = Ctrl+]).
    // Throws std::invalid_argument for a character the US layout cannot type.
    void type_code(std::string_view text);
    std::size_t unread_reports() const;

    // The reports type_code would queue: down, up, down, up, ...
    static std::vector<BootReport> reports_for(std::string_view text);
    static const std::vector<std::uint8_t>& report_descriptor();

protected:
    std::size_t on_bulk_out(std::uint8_t endpoint, std::span<const std::uint8_t> data) override;
    int on_control(const Setup& setup, std::span<std::uint8_t> data) override;

private:
    FakeHidScannerConfig config_;
};

}  // namespace pos::fakeusb
