#pragma once
// FakePrinter: an ESC/POS receipt printer on USB (printer class 7/1/2 by default).
// Records every byte received on bulk OUT, answers DLE EOT n (10 04 n) on bulk IN
// with the current status byte (devices.md bit layout), answers the printer-class
// GET_DEVICE_ID / GET_PORT_STATUS requests, and can be scripted to fail:
// paper end after N bytes, cover open, stalled writes, unplug (FakeUsbBed).
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "support/fakeusb/fake_device.h"

namespace pos::fakeusb {

struct FakePrinterConfig {
    std::uint16_t vid = 0x04b8, pid = 0x0e15;
    std::uint8_t ep_out = 0x01, ep_in = 0x82;  // POS58 clones use 0x03 / 0x81
    std::uint16_t max_packet = 64;
    std::uint8_t interface_number = 0;
    std::uint8_t interface_class = 7, interface_subclass = 1, interface_protocol = 2;  // 0xFF: vendor class
    std::string manufacturer = "EPSON", product = "TM-T20II", serial = "FAKE0001";
    std::string device_id = "MFG:EPSON;CMD:ESC/POS;MDL:TM-T20II;CLS:PRINTER;DES:TM-T20II;";
    std::string kernel_driver;  // "usblp" to simulate the kernel printer driver being bound
};

class FakePrinter : public FakeUsbDevice {
public:
    explicit FakePrinter(FakePrinterConfig config);

    const FakePrinterConfig& config() const noexcept { return config_; }

    // Every byte accepted on bulk OUT, in order (including DLE EOT queries).
    std::vector<std::uint8_t> received() const;
    std::size_t received_size() const;
    // Waits until at least `count` bytes were received; false on timeout.
    bool wait_received(std::size_t count, std::chrono::milliseconds timeout) const;

    // Accept `byte_count` more bytes, then run out of paper: further OUT data is not
    // accepted (URBs stay pending until libusb's timeout discards them), the status
    // reports paper end and offline. Real-time commands (a URB made only of DLE EOT /
    // DLE ENQ) are still answered.
    void paper_end_after(std::size_t byte_count);
    void refill_paper();  // clears paper end and accepts pending data again
    void cover_open();
    void cover_close();
    void set_paper_near_end(bool near_end);
    void set_drawer_pin_high(bool high);
    void stall_next_writes(int count);  // the next `count` OUT URBs are never accepted (timeouts)
    // Bytes the printer sends unprompted on bulk IN (e.g. an ASB report or a stale reply).
    void send_in(std::vector<std::uint8_t> bytes);
    std::size_t unread_in_packets() const;  // replies not yet read by the host

    std::uint8_t status_byte(int n) const;  // what DLE EOT n answers now (n = 1..4)
    std::uint8_t port_status() const;       // what GET_PORT_STATUS answers now

protected:
    std::size_t on_bulk_out(std::uint8_t endpoint, std::span<const std::uint8_t> data) override;
    int on_control(const Setup& setup, std::span<std::uint8_t> data) override;

private:
    std::uint8_t status_locked(int n) const;
    std::uint8_t port_status_locked() const;
    void consume_locked(std::span<const std::uint8_t> data);

    FakePrinterConfig config_;
    std::vector<std::uint8_t> received_;
    std::optional<std::size_t> paper_left_;
    bool paper_end_ = false, cover_open_ = false, near_end_ = false, drawer_high_ = false;
    int parse_state_ = 0;  // DLE EOT parser: 0 idle, 1 after DLE, 2 after DLE EOT
};

}  // namespace pos::fakeusb
