// Scan assembly from key presses.
#include "drivers/scanner/scan_assembler.h"

namespace pos::scanner {

const char* scan_end_name(ScanEnd e) noexcept {
    switch (e) {
    case ScanEnd::enter: return "Enter";
    case ScanEnd::tab: return "Tab";
    case ScanEnd::idle: return "idle gap";
    }
    return "?";
}

ScanAssembler::ScanAssembler(AssemblerConfig config) : config_(config) {}

void ScanAssembler::reset() noexcept {
    current_ = AssembledScan{};
    started_ = false;
}

std::optional<Timestamp> ScanAssembler::deadline() const noexcept {
    if (!started_) return std::nullopt;
    return last_ms_ + config_.idle_gap.count();
}

std::optional<AssembledScan> ScanAssembler::finish(ScanEnd end) {
    std::optional<AssembledScan> out;
    if (started_) {
        current_.end = end;
        out = std::move(current_);
    }
    reset();
    return out;
}

std::optional<AssembledScan> ScanAssembler::poll(Timestamp now_ms) {
    if (started_ && now_ms - last_ms_ >= config_.idle_gap.count()) return finish(ScanEnd::idle);
    return std::nullopt;
}

std::optional<AssembledScan> ScanAssembler::feed(const Key& key, Timestamp now_ms) {
    std::optional<AssembledScan> done = poll(now_ms);
    last_ms_ = now_ms;
    if (key.kind == KeyKind::enter) {
        auto f = finish(ScanEnd::enter);
        return done ? done : f;  // with done set, started_ was false: f is empty
    }
    if (key.kind == KeyKind::tab && config_.tab_ends_scan) {
        auto f = finish(ScanEnd::tab);
        return done ? done : f;
    }
    started_ = true;
    if (key.kind == KeyKind::unmapped) {
        if (current_.unmapped_keys++ == 0) current_.first_unmapped_usage = key.usage;
        return done;
    }
    const char c = key.kind == KeyKind::tab ? '\t' : key.ch;
    if (current_.code.size() < config_.max_length) current_.code.push_back(c);
    else current_.too_long = true;
    return done;
}

}  // namespace pos::scanner
