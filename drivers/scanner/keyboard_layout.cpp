// Layout tables (HID Usage Tables 1.12, page 0x07 "Keyboard/Keypad") for US and German keyboards.
#include "drivers/scanner/keyboard_layout.h"

#include <algorithm>
#include <cctype>

#include "core/common/error.h"

namespace pos::scanner {

namespace {

using Entry = KeyboardLayout::Entry;

constexpr std::uint8_t kUsageA = 0x04;
constexpr std::uint8_t kUsageEnter = 0x28;
constexpr std::uint8_t kUsageTab = 0x2B;
constexpr std::uint8_t kUsageRightBracketUs = 0x30;
constexpr std::uint8_t kUsageKeypadEnter = 0x58;

// Keys that are the same in both layouts: space and the keypad (digits regardless of NumLock).
constexpr Entry kCommon[] = {
    {0x2C, ' ', ' ', 0},
    {0x54, '/', '/', 0}, {0x55, '*', '*', 0}, {0x56, '-', '-', 0}, {0x57, '+', '+', 0},
    {0x59, '1', '1', 0}, {0x5A, '2', '2', 0}, {0x5B, '3', '3', 0}, {0x5C, '4', '4', 0},
    {0x5D, '5', '5', 0}, {0x5E, '6', '6', 0}, {0x5F, '7', '7', 0}, {0x60, '8', '8', 0},
    {0x61, '9', '9', 0}, {0x62, '0', '0', 0},
};

// US English: letters a-z at 0x04-0x1D, digit row 0x1E-0x27, punctuation 0x2D-0x38.
constexpr Entry kUs[] = {
    {0x1E, '1', '!', 0}, {0x1F, '2', '@', 0}, {0x20, '3', '#', 0}, {0x21, '4', '$', 0},
    {0x22, '5', '%', 0}, {0x23, '6', '^', 0}, {0x24, '7', '&', 0}, {0x25, '8', '*', 0},
    {0x26, '9', '(', 0}, {0x27, '0', ')', 0},
    {0x2D, '-', '_', 0}, {0x2E, '=', '+', 0}, {0x2F, '[', '{', 0}, {0x30, ']', '}', 0},
    {0x31, '\\', '|', 0}, {0x32, '#', '~', 0}, {0x33, ';', ':', 0}, {0x34, '\'', '"', 0},
    {0x35, '`', '~', 0}, {0x36, ',', '<', 0}, {0x37, '.', '>', 0}, {0x38, '/', '?', 0},
    {0x63, '.', '.', 0}, {0x64, '\\', '|', 0},
};

// German QWERTZ (T1): Y and Z swapped, AltGr (right Alt) for @ { [ ] } \ ~ |. Keys whose
// character is not ASCII (ß ü ö ä § ° and the dead keys ´ ` ^) are left unmapped.
constexpr Entry kDe[] = {
    {0x1C, 'z', 'Z', 0}, {0x1D, 'y', 'Y', 0}, {0x14, 'q', 'Q', '@'},
    {0x1E, '1', '!', 0}, {0x1F, '2', '"', 0}, {0x20, '3', 0, 0},   {0x21, '4', '$', 0},
    {0x22, '5', '%', 0}, {0x23, '6', '&', 0}, {0x24, '7', '/', '{'}, {0x25, '8', '(', '['},
    {0x26, '9', ')', ']'}, {0x27, '0', '=', '}'},
    {0x2D, 0, '?', '\\'}, {0x2E, 0, 0, 0},   {0x2F, 0, 0, 0},     {0x30, '+', '*', '~'},
    {0x31, '#', '\'', 0}, {0x32, '#', '\'', 0}, {0x33, 0, 0, 0},   {0x34, 0, 0, 0},
    {0x35, 0, 0, 0},     {0x36, ',', ';', 0}, {0x37, '.', ':', 0}, {0x38, '-', '_', 0},
    {0x63, ',', ',', 0}, {0x64, '<', '>', '|'},
};

template <std::size_t N>
constexpr auto with_letters(const Entry (&specific)[N]) {
    std::array<Entry, 26 + std::size(kCommon) + N> out{};
    std::size_t i = 0;
    for (int c = 0; c < 26; ++c)
        out[i++] = Entry{static_cast<std::uint8_t>(kUsageA + c), static_cast<char>('a' + c),
                         static_cast<char>('A' + c), 0};
    for (const auto& e : kCommon) out[i++] = e;
    for (const auto& e : specific) out[i++] = e;  // later entries override earlier ones
    return out;
}

constexpr auto kUsTable = with_letters(kUs);
constexpr auto kDeTable = with_letters(kDe);

const KeyboardLayout& us_layout() {
    static const KeyboardLayout layout("us", "US English", kUsTable);
    return layout;
}

const KeyboardLayout& de_layout() {
    static const KeyboardLayout layout("de", "German (QWERTZ)", kDeTable);
    return layout;
}

// Ctrl + c for c in '@'..'_' (upper-case letters included) is the C0 control c & 0x1F.
char control_of(char c) {
    const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (up >= '@' && up <= '_') return static_cast<char>(up & 0x1F);
    return 0;
}

}  // namespace

KeyboardLayout::KeyboardLayout(std::string_view name, std::string_view title, std::span<const Entry> entries)
    : name_(name), title_(title) {
    for (const auto& e : entries) table_[e.usage] = e;
}

const KeyboardLayout& KeyboardLayout::by_name(std::string_view name) {
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (lower == "us") return us_layout();
    if (lower == "de") return de_layout();
    throw pos::Error(Errc::invalid_input,
                     "unknown scanner keyboard layout \"" + std::string(name) + "\" (known: us, de)");
}

std::vector<std::string> KeyboardLayout::names() { return {"us", "de"}; }

Key KeyboardLayout::translate(std::uint8_t modifiers, std::uint8_t usage) const noexcept {
    Key key{KeyKind::unmapped, 0, usage, modifiers};
    const bool ctrl = (modifiers & (kModLeftCtrl | kModRightCtrl)) != 0;
    const bool shift = (modifiers & (kModLeftShift | kModRightShift)) != 0;
    const bool altgr = (modifiers & kModRightAlt) != 0;
    const bool other = (modifiers & (kModLeftAlt | kModLeftGui | kModRightGui)) != 0;
    if (usage == kUsageEnter || usage == kUsageKeypadEnter) {
        key.kind = KeyKind::enter;
        return key;
    }
    if (usage == kUsageTab) {
        key.kind = KeyKind::tab;
        return key;
    }
    if (other) return key;
    const Entry& e = table_[usage];
    if (ctrl) {
        if (altgr) return key;
        const char c = usage == kUsageRightBracketUs ? control_of(']') : control_of(e.plain);
        if (c == 0) return key;
        key.kind = KeyKind::character;
        key.ch = c;
        return key;
    }
    const char c = altgr ? e.altgr : (shift ? e.shift : e.plain);
    if (c == 0) return key;
    key.kind = KeyKind::character;
    key.ch = c;
    return key;
}

}  // namespace pos::scanner
