#pragma once
// HID boot keyboard report decoding: 8-byte input reports [modifiers, reserved, k1..k6] -> key
// presses. A key counts as pressed when its usage appears in a report and was not in the previous
// one (so held keys and key-up reports produce nothing). Rollover/error reports (a key slot holding
// 0x01 ErrorRollOver, 0x02 POSTFail or 0x03 ErrorUndefined) are ignored and do not change the
// remembered state. Modifier-key usages (0xE0-0xE7) in key slots are skipped: the modifier byte
// already carries them.
#include <cstdint>
#include <span>
#include <vector>

namespace pos::scanner {

inline constexpr std::size_t kBootReportSize = 8;

struct KeyPress {
    std::uint8_t modifiers = 0;  // modifier byte of the report the key appeared in
    std::uint8_t usage = 0;      // HID usage id (page 0x07)

    friend bool operator==(const KeyPress&, const KeyPress&) = default;
};

class BootReportDecoder {
public:
    // Returns the newly pressed keys in slot order. Reports that are not 8 bytes long are
    // ignored and counted in malformed().
    std::vector<KeyPress> feed(std::span<const std::uint8_t> report);
    void reset() noexcept;
    std::size_t malformed() const noexcept { return malformed_; }
    std::size_t rollover() const noexcept { return rollover_; }

private:
    std::uint8_t previous_[6] = {0, 0, 0, 0, 0, 0};
    std::size_t malformed_ = 0;
    std::size_t rollover_ = 0;
};

}  // namespace pos::scanner
