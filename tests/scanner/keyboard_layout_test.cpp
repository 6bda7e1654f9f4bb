// Keyboard layouts: usage ids + modifiers -> characters (US and German), control characters.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "drivers/scanner/keyboard_layout.h"

using namespace pos::scanner;

namespace {
constexpr std::uint8_t kShift = kModLeftShift;

char ch(const KeyboardLayout& l, std::uint8_t mods, std::uint8_t usage) {
    const Key k = l.translate(mods, usage);
    REQUIRE(k.kind == KeyKind::character);
    return k.ch;
}

KeyKind kind(const KeyboardLayout& l, std::uint8_t mods, std::uint8_t usage) { return l.translate(mods, usage).kind; }
}  // namespace

TEST_CASE("US layout: letters, digits, Shift variants and punctuation") {
    const auto& us = KeyboardLayout::by_name("us");
    CHECK(us.name() == "us");
    CHECK(ch(us, 0, 0x04) == 'a');
    CHECK(ch(us, 0, 0x1D) == 'z');
    CHECK(ch(us, kShift, 0x04) == 'A');
    CHECK(ch(us, kModRightShift, 0x16) == 'S');
    CHECK(ch(us, 0, 0x1E) == '1');
    CHECK(ch(us, 0, 0x26) == '9');
    CHECK(ch(us, 0, 0x27) == '0');
    CHECK(ch(us, kShift, 0x1E) == '!');
    CHECK(ch(us, kShift, 0x1F) == '@');
    CHECK(ch(us, kShift, 0x27) == ')');
    CHECK(ch(us, 0, 0x2D) == '-');  // not '_' (a known table bug)
    CHECK(ch(us, kShift, 0x2D) == '_');
    CHECK(ch(us, 0, 0x2E) == '=');
    CHECK(ch(us, kShift, 0x2E) == '+');
    CHECK(ch(us, 0, 0x2F) == '[');
    CHECK(ch(us, kShift, 0x30) == '}');
    CHECK(ch(us, 0, 0x33) == ';');
    CHECK(ch(us, kShift, 0x34) == '"');
    CHECK(ch(us, 0, 0x36) == ',');
    CHECK(ch(us, 0, 0x37) == '.');
    CHECK(ch(us, 0, 0x38) == '/');
    CHECK(ch(us, kShift, 0x38) == '?');
    CHECK(ch(us, 0, 0x2C) == ' ');
}

TEST_CASE("Enter, keypad Enter and Tab are terminators - keypad digits type digits") {
    const auto& us = KeyboardLayout::by_name("us");
    CHECK(kind(us, 0, 0x28) == KeyKind::enter);
    CHECK(kind(us, 0, 0x58) == KeyKind::enter);
    CHECK(kind(us, kShift, 0x28) == KeyKind::enter);
    CHECK(kind(us, 0, 0x2B) == KeyKind::tab);
    CHECK(ch(us, 0, 0x59) == '1');
    CHECK(ch(us, 0, 0x61) == '9');
    CHECK(ch(us, 0, 0x62) == '0');
    CHECK(ch(us, kShift, 0x62) == '0');
    CHECK(ch(us, 0, 0x63) == '.');
    CHECK(ch(us, 0, 0x56) == '-');
}

TEST_CASE("Ctrl+RightBracket is GS (0x1D) and Ctrl+letter a C0 control - other combinations are unmapped") {
    const auto& us = KeyboardLayout::by_name("us");
    CHECK(ch(us, kModLeftCtrl, 0x30) == '\x1d');
    CHECK(ch(us, kModRightCtrl, 0x30) == '\x1d');
    CHECK(ch(us, kModLeftCtrl, 0x04) == '\x01');
    CHECK(ch(us, kModLeftCtrl, 0x1D) == '\x1a');
    CHECK(kind(us, kModLeftCtrl, 0x1E) == KeyKind::unmapped);  // Ctrl+1
    CHECK(kind(us, kModLeftAlt, 0x04) == KeyKind::unmapped);
    CHECK(kind(us, kModLeftGui, 0x04) == KeyKind::unmapped);
    CHECK(kind(us, 0, 0x3A) == KeyKind::unmapped);  // F1
    const Key k = us.translate(kModLeftAlt, 0x05);
    CHECK(k.usage == 0x05);
    CHECK(k.modifiers == kModLeftAlt);
}

TEST_CASE("German QWERTZ: Y/Z swapped, shifted digit row, AltGr symbols, umlauts unmapped") {
    const auto& de = KeyboardLayout::by_name("de");
    CHECK(de.name() == "de");
    CHECK(ch(de, 0, 0x1C) == 'z');
    CHECK(ch(de, 0, 0x1D) == 'y');
    CHECK(ch(de, kShift, 0x1C) == 'Z');
    CHECK(ch(de, 0, 0x04) == 'a');
    CHECK(ch(de, kShift, 0x1F) == '"');
    CHECK(ch(de, kShift, 0x24) == '/');
    CHECK(ch(de, kShift, 0x27) == '=');
    CHECK(ch(de, 0, 0x38) == '-');
    CHECK(ch(de, kShift, 0x38) == '_');
    CHECK(ch(de, 0, 0x30) == '+');
    CHECK(ch(de, kShift, 0x30) == '*');
    CHECK(ch(de, kShift, 0x2D) == '?');
    CHECK(ch(de, kModRightAlt, 0x14) == '@');
    CHECK(ch(de, kModRightAlt, 0x25) == '[');
    CHECK(ch(de, kModRightAlt, 0x26) == ']');
    CHECK(ch(de, kModRightAlt, 0x64) == '|');
    CHECK(ch(de, 0, 0x63) == ',');
    CHECK(ch(de, kModLeftCtrl, 0x30) == '\x1d');  // GS by key position, as scanners send it
    CHECK(kind(de, 0, 0x2D) == KeyKind::unmapped);  // ß
    CHECK(kind(de, 0, 0x33) == KeyKind::unmapped);  // ö
    CHECK(kind(de, kShift, 0x20) == KeyKind::unmapped);  // §
}

TEST_CASE("layouts are chosen by setting name - an unknown name is a readable error") {
    CHECK(KeyboardLayout::by_name("US").name() == "us");
    CHECK(KeyboardLayout::by_name("De").name() == "de");
    CHECK(KeyboardLayout::names() == std::vector<std::string>{"us", "de"});
    try {
        KeyboardLayout::by_name("fr");
        FAIL("fr is not a layout");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::invalid_input);
        CHECK(std::string(e.what()) == "unknown scanner keyboard layout \"fr\" (known: us, de)");
    }
}
