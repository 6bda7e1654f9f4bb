#pragma once
// WedgeDetector: recognises barcode scans typed by a keyboard-wedge scanner that is left bound to
// the kernel (usbhid) and types into the window. The app feeds it every character and Enter/Tab
// from GLFW before any widget sees them; the Decision says what the focused widget gets.
//
// How a scan is told from a person (defaults in WedgeConfig, all configurable):
//  * A scanner types a whole code as one burst: a few ms per key (USB HID polls every 1-10 ms;
//    scanners with an inter-key delay setting stay under ~20 ms). A person's keys are 80-300 ms
//    apart; even fast typists rarely go below ~50 ms, and never for 6 keys in a row.
//    So: a burst is keys whose gaps are all <= max_gap (30 ms).
//  * A burst is a scan once it has min_length (6) characters; shorter bursts (two keys rolled
//    over quickly, a person typing "12" + Enter fast) are not. Barcodes a shop scans (EAN-8 and
//    longer, SKUs like "SOFA-001") have >= 6 characters.
//  * The scan ends at Enter/Tab within max_gap of its last key (swallowed: it is the scanner's
//    suffix), or when max_gap passes without a key (scanners without a suffix).
// Because the first keys of a burst cannot be known to be a scan yet, every character is held
// back until the next key or until max_gap has passed (30 ms: not noticeable while typing). The
// app must call poll(now) regularly (every frame; deadline() says when) to release held keys.
// Held keys that turn out not to be a scan come back in Decision::pass, in their original order.
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"

namespace pos::scanner {

struct WedgeKey {
    enum class Kind { character, enter, tab };
    Kind kind = Kind::character;
    char32_t ch = 0;  // Unicode code point for Kind::character (GLFW char callback)
    Timestamp t_ms = 0;

    static WedgeKey character(char32_t c, Timestamp t) { return {Kind::character, c, t}; }
    static WedgeKey enter(Timestamp t) { return {Kind::enter, 0, t}; }
    static WedgeKey tab(Timestamp t) { return {Kind::tab, 0, t}; }
    friend bool operator==(const WedgeKey&, const WedgeKey&) = default;
};

struct WedgeConfig {
    std::chrono::milliseconds max_gap{30};  // longest gap between two keys of a scan
    std::size_t min_length = 6;             // shortest burst taken as a scan
    std::size_t max_length = 256;           // a longer burst is passed through, not taken as a scan
};

struct Decision {
    enum class Action {
        pass_through,  // `pass` holds keys for the focused widget (now, in this order)
        swallowed,     // the key is held back (may be part of a scan); nothing for the widget now
        scan,          // `code` is a complete scan; `pass` may hold a key that followed it
        none,          // poll(): nothing to do
    };
    Action action = Action::none;
    std::vector<WedgeKey> pass;
    std::string code;  // UTF-8, for Action::scan
};

class WedgeDetector {
public:
    explicit WedgeDetector(WedgeConfig config = {});

    Decision feed(const WedgeKey& key);
    // Releases held keys or completes a scan once max_gap has passed since the last key.
    Decision poll(Timestamp now_ms);
    // When poll() has something to do; nullopt if nothing is held.
    std::optional<Timestamp> deadline() const noexcept;
    bool holding() const noexcept { return !held_.empty(); }
    const WedgeConfig& config() const noexcept { return config_; }

private:
    // Ends the held burst: a scan if it qualifies, otherwise its keys go to `d.pass`.
    void end_burst(Decision& d);
    bool is_scan() const noexcept;

    WedgeConfig config_;
    std::vector<WedgeKey> held_;
    bool too_long_ = false;
};

}  // namespace pos::scanner
