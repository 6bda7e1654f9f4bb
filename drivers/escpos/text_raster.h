#pragma once
// FreeType-based text rasteriser: renders UTF-8 text to 1-bit Bitmaps (threshold on the
// anti-aliased coverage). Noto Sans draws Latin/Cyrillic/Vietnamese, Noto Sans CJK draws
// CJK and anything Noto Sans lacks (per-glyph fallback). Used for "raster text" on printers
// that cannot encode a character, and by the virtual printer to draw character cells.
// Input should be NFC (precomposed Vietnamese letters); combining marks are drawn with zero
// advance. Not thread-safe: one instance per thread.
#include "drivers/escpos/bitmap.h"
#include "drivers/escpos/document.h"
#include "drivers/escpos/font_paths.h"

#include <memory>
#include <string_view>

namespace pos::escpos {

// Which regional glyph shapes to use from the Noto Sans CJK collection (same code points, e.g.
// 骨 or 直, are drawn differently): Simplified Chinese (SC) or Traditional Chinese (TC) faces.
enum class CjkGlyphs { simplified, traditional };

class TextRasterizer {
public:
    // Throws pos::Error(io) if FreeType cannot open a font file.
    explicit TextRasterizer(const FontPaths& fonts, CjkGlyphs glyphs = CjkGlyphs::simplified);
    ~TextRasterizer() noexcept;
    TextRasterizer(const TextRasterizer&) = delete;
    TextRasterizer& operator=(const TextRasterizer&) = delete;

    // Height of one rendered line for a pixel size (px * 3 / 2; baseline at px * 23 / 20).
    static int line_height(int px) noexcept { return px * 3 / 2; }
    static int baseline(int px) noexcept { return px * 23 / 20; }

    // Advance width in pixels of a UTF-8 string.
    int text_width(std::string_view utf8, int px, bool bold = false) const;
    // One line, `width` pixels wide, aligned; text beyond the width is clipped.
    Bitmap render_line(std::string_view utf8, int px, int width, Align align, bool bold = false) const;
    // A paragraph wrapped at spaces (and between CJK characters) to `width`; '\n' forces a break.
    Bitmap render_paragraph(std::string_view utf8, int px, int width, Align align, bool bold = false) const;
    // Left text at x=0 and right text flush right, on one line if they fit, else two lines.
    Bitmap render_row(std::string_view left, std::string_view right, int px, int width, bool bold = false) const;

    // Draws one character scaled to fit a cell of cell_w x cell_h dots with its top-left at (x, y).
    void draw_cell(Bitmap& target, int x, int y, int cell_w, int cell_h, char32_t cp, bool bold) const;
    // Draws a UTF-8 string with its baseline at y; returns the advance in pixels.
    int draw_text(Bitmap& target, int x, int y_baseline, std::string_view utf8, int px, bool bold) const;

private:
    struct Faces;
    std::unique_ptr<Faces> faces_;
};

}  // namespace pos::escpos
