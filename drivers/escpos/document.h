#pragma once
// A typed receipt document: what to print, independent of any printer model. The encoder
// turns it into ESC/POS bytes for one Profile; layout code (receipt from a sale) builds it.
#include "drivers/escpos/bitmap.h"

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace pos::escpos {

enum class Align : std::uint8_t { left = 0, center = 1, right = 2 };
enum class Font : std::uint8_t { a = 0, b = 1 };  // Font A = 12x24 dots, Font B = 9x17 dots

struct TextStyle {
    bool bold = false;
    bool underline = false;
    int width = 1;   // GS ! character width multiplier 1..8
    int height = 1;  // GS ! character height multiplier 1..8
    Align align = Align::left;
    Font font = Font::a;
};

// A paragraph of UTF-8 text followed by a line feed; '\n' inside starts a new line.
struct Text {
    std::string utf8;
    TextStyle style{};
};

// One line: left text and right text justified to the paper's column count (item + price).
// Widths count East Asian wide characters as 2 columns. If both do not fit, the right text goes
// right-aligned onto a second line.
struct Row {
    std::string left;
    std::string right;
    bool bold = false;
    Font font = Font::a;
};

// A full-width separator line made of one ASCII character.
struct Rule {
    char ch = '-';
    Font font = Font::a;
};

// Feed n lines (ESC d n), n 0..255.
struct Feed {
    int lines = 1;
};

enum class Symbology : std::uint8_t { upc_a, ean13, ean8, code128 };
enum class Hri : std::uint8_t { none = 0, above = 1, below = 2, both = 3 };

struct Barcode {
    Symbology symbology = Symbology::ean13;
    std::string data;         // EAN-13: 12 or 13 digits; EAN-8: 7 or 8; UPC-A: 11 or 12; CODE128: ASCII 32..126
    int height = 80;          // dots, 1..255 (GS h)
    int module_width = 2;     // dots, 2..6 (GS w)
    Hri hri = Hri::below;     // GS H
    Align align = Align::center;
};

enum class QrEcc : std::uint8_t { L = 0, M = 1, Q = 2, H = 3 };

struct QrCode {
    std::string data;     // bytes stored as-is (UTF-8 text is fine)
    int module_size = 6;  // dots per module, 1..16
    QrEcc ecc = QrEcc::M;
    Align align = Align::center;
};

struct Image {
    Bitmap bitmap;  // width must not exceed the profile's paper width
    Align align = Align::center;
};

struct Cut {
    bool partial = true;
};

enum class DrawerPin : std::uint8_t { pin2 = 0, pin5 = 1 };

struct DrawerPulse {
    DrawerPin pin = DrawerPin::pin2;
    int on_ms = 100;   // 2..510, sent in 2 ms units
    int off_ms = 100;  // 2..510
};

using Block = std::variant<Text, Row, Rule, Feed, Barcode, QrCode, Image, Cut, DrawerPulse>;

struct Document {
    std::vector<Block> blocks;

    template <typename B>
    Document& add(B block) {
        blocks.emplace_back(std::move(block));
        return *this;
    }
};

}  // namespace pos::escpos
