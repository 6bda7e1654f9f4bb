#pragma once
// ScanAssembler: decoded keys -> complete scans. A scan ends at Enter or Tab (the scanner's
// suffix), or when no key arrived for `idle_gap` (scanners configured without a suffix; a
// scanner types a whole code in a few ms per key, so 50 ms of silence means it is done).
// Timestamps are passed in (ms, any monotonic clock), so the logic is deterministic.
// A scan longer than max_length keeps its first max_length characters and is flagged.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>

#include "core/common/types.h"
#include "drivers/scanner/keyboard_layout.h"

namespace pos::scanner {

enum class ScanEnd { enter, tab, idle };
const char* scan_end_name(ScanEnd e) noexcept;  // "Enter", "Tab", "idle gap"

struct AssembledScan {
    std::string code;               // without the terminator
    ScanEnd end = ScanEnd::enter;
    bool too_long = false;          // more than max_length characters arrived (code is cut)
    std::size_t unmapped_keys = 0;  // keys the layout could not translate (code lacks them)
    std::uint8_t first_unmapped_usage = 0;

    bool ok() const noexcept { return !too_long && unmapped_keys == 0; }
};

struct AssemblerConfig {
    std::chrono::milliseconds idle_gap{50};
    std::size_t max_length = 256;
    bool tab_ends_scan = true;  // false: Tab is kept in the code as '\t'
};

class ScanAssembler {
public:
    explicit ScanAssembler(AssemblerConfig config = {});

    // Feeds one key pressed at now_ms. If the idle gap elapsed since the previous key, the scan
    // collected so far is completed and returned first (this key starts the next one). Enter or
    // Tab on an empty buffer completes nothing.
    std::optional<AssembledScan> feed(const Key& key, Timestamp now_ms);
    // Completes the pending scan when the idle gap has elapsed at now_ms.
    std::optional<AssembledScan> poll(Timestamp now_ms);
    // When poll() would complete the pending scan; nullopt if nothing is pending.
    std::optional<Timestamp> deadline() const noexcept;
    bool pending() const noexcept { return started_; }
    void reset() noexcept;
    const AssemblerConfig& config() const noexcept { return config_; }

private:
    std::optional<AssembledScan> finish(ScanEnd end);

    AssemblerConfig config_;
    AssembledScan current_;
    bool started_ = false;
    Timestamp last_ms_ = 0;
};

}  // namespace pos::scanner
