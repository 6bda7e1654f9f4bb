// Fake ESC/POS printer behaviour.
#include "support/fakeusb/fake_printer.h"

#include <algorithm>
#include <cstring>

namespace pos::fakeusb {

namespace {

DeviceSpec printer_spec(const FakePrinterConfig& c) {
    DeviceSpec s;
    s.vid = c.vid;
    s.pid = c.pid;
    s.manufacturer = c.manufacturer;
    s.product = c.product;
    s.serial = c.serial;
    InterfaceSpec i;
    i.number = c.interface_number;
    i.cls = c.interface_class;
    i.subclass = c.interface_subclass;
    i.protocol = c.interface_protocol;
    i.endpoints = {EndpointSpec{c.ep_out, 2, c.max_packet, 0}, EndpointSpec{c.ep_in, 2, c.max_packet, 0}};
    i.kernel_driver = c.kernel_driver;
    s.interfaces.push_back(i);
    return s;
}

// True when data is made only of real-time commands (DLE EOT n / DLE ENQ n).
bool only_realtime(std::span<const std::uint8_t> d) {
    if (d.empty() || d.size() % 3 != 0) return false;
    for (std::size_t i = 0; i < d.size(); i += 3)
        if (d[i] != 0x10 || (d[i + 1] != 0x04 && d[i + 1] != 0x05)) return false;
    return true;
}

}  // namespace

FakePrinter::FakePrinter(FakePrinterConfig config) : FakeUsbDevice(printer_spec(config)), config_(std::move(config)) {}

std::vector<std::uint8_t> FakePrinter::received() const {
    std::lock_guard lock(mutex_);
    return received_;
}

std::size_t FakePrinter::received_size() const {
    std::lock_guard lock(mutex_);
    return received_.size();
}

bool FakePrinter::wait_received(std::size_t count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return received_.size() >= count; });
}

void FakePrinter::paper_end_after(std::size_t byte_count) {
    std::lock_guard lock(mutex_);
    paper_left_ = byte_count;
    paper_end_ = byte_count == 0;
}

void FakePrinter::refill_paper() {
    std::lock_guard lock(mutex_);
    paper_left_.reset();
    paper_end_ = false;
    pump_locked();
}

void FakePrinter::cover_open() {
    std::lock_guard lock(mutex_);
    cover_open_ = true;
}

void FakePrinter::cover_close() {
    std::lock_guard lock(mutex_);
    cover_open_ = false;
}

void FakePrinter::set_paper_near_end(bool near_end) {
    std::lock_guard lock(mutex_);
    near_end_ = near_end;
}

void FakePrinter::set_drawer_pin_high(bool high) {
    std::lock_guard lock(mutex_);
    drawer_high_ = high;
}

void FakePrinter::stall_next_writes(int count) {
    std::lock_guard lock(mutex_);
    stall_next_writes_locked(count);
}

void FakePrinter::send_in(std::vector<std::uint8_t> bytes) {
    std::lock_guard lock(mutex_);
    queue_in_locked(config_.ep_in, std::move(bytes));
    pump_locked();
}

std::size_t FakePrinter::unread_in_packets() const {
    std::lock_guard lock(mutex_);
    return queued_in_locked(config_.ep_in);
}

std::uint8_t FakePrinter::status_byte(int n) const {
    std::lock_guard lock(mutex_);
    return status_locked(n);
}

std::uint8_t FakePrinter::port_status() const {
    std::lock_guard lock(mutex_);
    return port_status_locked();
}

std::uint8_t FakePrinter::status_locked(int n) const {
    // Every DLE EOT reply has the form 0xx1xx10: bits 1 and 4 set.
    std::uint8_t s = 0x12;
    const bool offline = paper_end_ || cover_open_;
    switch (n) {
    case 1:
        if (drawer_high_) s |= 0x04;
        if (offline) s |= 0x08;
        break;
    case 2:
        if (cover_open_) s |= 0x04;
        if (paper_end_) s |= 0x20;
        break;
    case 3: break;  // no cutter or unrecoverable errors are simulated
    case 4:
        if (near_end_ || paper_end_) s |= 0x0C;
        if (paper_end_) s |= 0x60;
        break;
    default: break;
    }
    return s;
}

std::uint8_t FakePrinter::port_status_locked() const {
    std::uint8_t s = 0;
    if (!paper_end_ && !cover_open_) s |= 0x08 | 0x10;  // NotError, Select
    if (paper_end_) s |= 0x20;                          // PaperEmpty
    return s;
}

void FakePrinter::consume_locked(std::span<const std::uint8_t> data) {
    received_.insert(received_.end(), data.begin(), data.end());
    for (std::uint8_t b : data) {
        if (parse_state_ == 2) {
            if (b >= 1 && b <= 4) queue_in_locked(config_.ep_in, {status_locked(b)});
            parse_state_ = 0;
        } else if (parse_state_ == 1) {
            parse_state_ = b == 0x04 ? 2 : b == 0x10 ? 1 : 0;
        } else if (b == 0x10) {
            parse_state_ = 1;
        }
    }
}

std::size_t FakePrinter::on_bulk_out(std::uint8_t endpoint, std::span<const std::uint8_t> data) {
    if (endpoint != config_.ep_out) return 0;
    if (paper_end_) {
        if (!only_realtime(data)) return 0;
        consume_locked(data);
        return data.size();
    }
    std::size_t n = data.size();
    if (paper_left_) n = std::min(n, *paper_left_);
    consume_locked(data.first(n));
    if (paper_left_) {
        *paper_left_ -= n;
        if (*paper_left_ == 0) paper_end_ = true;
    }
    return n;
}

int FakePrinter::on_control(const Setup& s, std::span<std::uint8_t> data) {
    if (s.request_type == 0xA1 && s.request == 0) {  // GET_DEVICE_ID
        std::vector<std::uint8_t> reply;
        const std::size_t len = config_.device_id.size() + 2;
        reply.push_back(static_cast<std::uint8_t>(len >> 8));
        reply.push_back(static_cast<std::uint8_t>(len & 0xFF));
        reply.insert(reply.end(), config_.device_id.begin(), config_.device_id.end());
        const std::size_t n = std::min(reply.size(), data.size());
        std::memcpy(data.data(), reply.data(), n);
        return static_cast<int>(n);
    }
    if (s.request_type == 0xA1 && s.request == 1) {  // GET_PORT_STATUS
        if (data.empty()) return -1;
        data[0] = port_status_locked();
        return 1;
    }
    if (s.request_type == 0x21 && s.request == 2) return 0;  // SOFT_RESET
    return -1;
}

}  // namespace pos::fakeusb
