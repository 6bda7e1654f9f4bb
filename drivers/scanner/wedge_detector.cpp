// Keyboard-wedge scan detection by burst timing.
#include "drivers/scanner/wedge_detector.h"

namespace pos::scanner {

namespace {

void append_utf8(std::string& out, char32_t c) {
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

}  // namespace

WedgeDetector::WedgeDetector(WedgeConfig config) : config_(config) {}

std::optional<Timestamp> WedgeDetector::deadline() const noexcept {
    if (held_.empty()) return std::nullopt;
    return held_.back().t_ms + config_.max_gap.count();
}

bool WedgeDetector::is_scan() const noexcept {
    return !too_long_ && held_.size() >= config_.min_length;
}

void WedgeDetector::end_burst(Decision& d) {
    if (held_.empty()) return;
    if (is_scan()) {
        d.action = Decision::Action::scan;
        for (const auto& k : held_) append_utf8(d.code, k.ch);
    } else {
        d.action = Decision::Action::pass_through;
        d.pass.insert(d.pass.end(), held_.begin(), held_.end());
    }
    held_.clear();
    too_long_ = false;
}

Decision WedgeDetector::poll(Timestamp now_ms) {
    Decision d;
    if (!held_.empty() && now_ms - held_.back().t_ms > config_.max_gap.count()) end_burst(d);
    return d;
}

Decision WedgeDetector::feed(const WedgeKey& key) {
    Decision d;
    const bool in_burst = !held_.empty() && key.t_ms - held_.back().t_ms <= config_.max_gap.count();
    if (key.kind != WedgeKey::Kind::character) {
        if (in_burst && is_scan()) {
            end_burst(d);  // the scanner's suffix: swallowed with the scan
            return d;
        }
        end_burst(d);  // a person's Enter, or Enter after a scan already ended by the gap
        if (d.action == Decision::Action::none) d.action = Decision::Action::pass_through;
        d.pass.push_back(key);
        return d;
    }
    if (!in_burst) end_burst(d);  // the previous burst is over; this key may start a new one
    held_.push_back(key);
    if (held_.size() > config_.max_length) too_long_ = true;
    if (d.action == Decision::Action::none) d.action = Decision::Action::swallowed;
    return d;
}

}  // namespace pos::scanner
