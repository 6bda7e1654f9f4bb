// Boot keyboard report decoding.
#include "drivers/scanner/boot_report.h"

#include <algorithm>

namespace pos::scanner {

namespace {
constexpr std::uint8_t kErrorRollOver = 0x01;
constexpr std::uint8_t kErrorUndefined = 0x03;
constexpr std::uint8_t kFirstModifierUsage = 0xE0;
constexpr std::uint8_t kLastModifierUsage = 0xE7;
}  // namespace

std::vector<KeyPress> BootReportDecoder::feed(std::span<const std::uint8_t> report) {
    std::vector<KeyPress> out;
    if (report.size() != kBootReportSize) {
        ++malformed_;
        return out;
    }
    const auto keys = report.subspan(2, 6);
    if (std::any_of(keys.begin(), keys.end(),
                    [](std::uint8_t k) { return k >= kErrorRollOver && k <= kErrorUndefined; })) {
        ++rollover_;
        return out;  // phantom state: keep the previous report as reference
    }
    const std::uint8_t modifiers = report[0];
    for (const std::uint8_t k : keys) {
        if (k == 0 || (k >= kFirstModifierUsage && k <= kLastModifierUsage)) continue;
        if (std::find(std::begin(previous_), std::end(previous_), k) != std::end(previous_)) continue;
        out.push_back(KeyPress{modifiers, k});
    }
    std::copy(keys.begin(), keys.end(), previous_);
    return out;
}

void BootReportDecoder::reset() noexcept {
    std::fill(std::begin(previous_), std::end(previous_), std::uint8_t{0});
}

}  // namespace pos::scanner
