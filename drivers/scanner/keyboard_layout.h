#pragma once
// Keyboard layouts for HID keyboard-wedge scanners: HID usage id + modifier byte -> the character
// the scanner meant. Usage ids are key POSITIONS, so the table must be the layout the scanner is
// configured for (store setting `scanner_layout`), not the host's. Layouts: "us" (US English) and
// "de" (German QWERTZ). Only ASCII is produced: keys whose character is not ASCII (German umlauts,
// dead keys, '§') decode as KeyKind::unmapped, so a scan typed with the wrong layout is reported
// instead of silently changed.
// Control characters: Ctrl + a letter or one of @ [ \ ] ^ _ gives that character & 0x1F, so the
// GS (FNC1) separator that scanners send as Ctrl+] arrives as 0x1D. Ctrl + the key at the US ']'
// position (usage 0x30) is GS in every layout, because scanners send the position.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pos::scanner {

// Modifier byte bits of a boot keyboard report.
inline constexpr std::uint8_t kModLeftCtrl = 0x01, kModLeftShift = 0x02, kModLeftAlt = 0x04,
                              kModLeftGui = 0x08, kModRightCtrl = 0x10, kModRightShift = 0x20,
                              kModRightAlt = 0x40, kModRightGui = 0x80;

enum class KeyKind { character, enter, tab, unmapped };

struct Key {
    KeyKind kind = KeyKind::unmapped;
    char ch = 0;              // the character for KeyKind::character ('\x1d' for GS)
    std::uint8_t usage = 0;   // the HID usage id it came from (for messages)
    std::uint8_t modifiers = 0;

    friend bool operator==(const Key&, const Key&) = default;
};

class KeyboardLayout {
public:
    // One key position: characters without modifier, with Shift, with AltGr (0 = none).
    struct Entry {
        std::uint8_t usage = 0;
        char plain = 0, shift = 0, altgr = 0;
    };

    // Looks a layout up by its setting name ("us", "de"; case-insensitive). Throws
    // pos::Error(invalid_input) naming the known layouts.
    static const KeyboardLayout& by_name(std::string_view name);
    static std::vector<std::string> names();

    KeyboardLayout(std::string_view name, std::string_view title, std::span<const Entry> entries);

    std::string_view name() const noexcept { return name_; }    // "us"
    std::string_view title() const noexcept { return title_; }  // "US English"

    // Translates one key press. Enter (0x28) and keypad Enter (0x58) give KeyKind::enter, Tab
    // (0x2B) KeyKind::tab, keypad digits/operators their characters regardless of NumLock.
    Key translate(std::uint8_t modifiers, std::uint8_t usage) const noexcept;

private:
    std::string_view name_, title_;
    std::array<Entry, 256> table_{};
};

}  // namespace pos::scanner
