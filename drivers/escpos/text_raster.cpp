#include "drivers/escpos/text_raster.h"

#include "core/common/error.h"
#include "drivers/escpos/text_width.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_OUTLINE_H

#include <algorithm>
#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace pos::escpos {

namespace {

constexpr int kThreshold = 110;  // coverage 0..255 at or above which a pixel is black

struct LibraryDeleter {
    void operator()(FT_Library lib) const noexcept { FT_Done_FreeType(lib); }
};
struct FaceDeleter {
    void operator()(FT_Face face) const noexcept { FT_Done_Face(face); }
};
using LibraryPtr = std::unique_ptr<FT_LibraryRec_, LibraryDeleter>;
using FacePtr = std::unique_ptr<FT_FaceRec_, FaceDeleter>;

FacePtr open_face(FT_Library lib, const std::string& path, FT_Long index, bool required) {
    FT_Face face = nullptr;
    if (FT_New_Face(lib, path.c_str(), index, &face) != 0) {
        if (required) throw Error(Errc::io, "cannot open font " + path + " (face " + std::to_string(index) + ")");
        return nullptr;
    }
    return FacePtr(face);
}

bool has_glyph(FT_Face face, char32_t cp) { return face != nullptr && FT_Get_Char_Index(face, cp) != 0; }

}  // namespace

// A rendered glyph: its coverage bitmap, placement and advance in pixels.
struct RenderedGlyph {
    int advance = 0;
    int left = 0;
    int top = 0;
    unsigned width = 0;
    unsigned rows = 0;
    std::vector<unsigned char> coverage;  // rows x width
};

struct TextRasterizer::Faces {
    // Rendered glyphs by (face, code point, size, bold): a receipt repeats a few dozen glyphs
    // hundreds of times, and each FreeType load runs the hinting bytecode (perf: TT_RunIns was
    // most of a raster receipt's time).
    std::map<std::tuple<FT_Face, char32_t, int, int, bool>, RenderedGlyph> glyphs;
    LibraryPtr lib;
    FacePtr sans;      // proportional Latin/Cyrillic/Vietnamese
    FacePtr cjk;       // Noto Sans CJK SC/TC from the .ttc, or the single-face file
    FacePtr cjk_mono;  // Noto Sans Mono CJK SC/TC for fixed cells, may be null
    FacePtr mono;      // optional extra monospace font

    const RenderedGlyph& glyph(FT_Face face, char32_t cp, int px_w, int px_h, bool bold);
    FT_Face proportional_for(char32_t cp) const {
        if (!is_wide(cp) && has_glyph(sans.get(), cp)) return sans.get();
        if (has_glyph(cjk.get(), cp)) return cjk.get();
        return sans.get();
    }
    FT_Face cell_for(char32_t cp) const {
        if (!is_wide(cp)) {
            if (has_glyph(cjk_mono.get(), cp)) return cjk_mono.get();
            if (has_glyph(mono.get(), cp)) return mono.get();
        }
        return proportional_for(cp);
    }
};

namespace {

// Loads and renders a glyph at (px_w x px_h).
RenderedGlyph render(FT_Face face, char32_t cp, int px_w, int px_h, bool bold) {
    RenderedGlyph g;
    FT_Set_Pixel_Sizes(face, static_cast<FT_UInt>(std::max(1, px_w)), static_cast<FT_UInt>(std::max(1, px_h)));
    if (FT_Load_Char(face, cp, FT_LOAD_DEFAULT | FT_LOAD_NO_BITMAP) != 0) return g;
    FT_GlyphSlot slot = face->glyph;
    FT_Pos extra = 0;
    if (bold && slot->format == FT_GLYPH_FORMAT_OUTLINE) {
        extra = std::max<FT_Pos>(64, static_cast<FT_Pos>(px_h) * 64 / 14);
        FT_Outline_Embolden(&slot->outline, extra);
    }
    if (FT_Render_Glyph(slot, FT_RENDER_MODE_NORMAL) != 0) return g;
    g.advance = static_cast<int>((slot->advance.x + extra + 32) >> 6);
    g.left = slot->bitmap_left;
    g.top = slot->bitmap_top;
    const FT_Bitmap& bm = slot->bitmap;
    g.width = bm.width;
    g.rows = bm.rows;
    g.coverage.resize(static_cast<std::size_t>(bm.width) * bm.rows);
    for (unsigned row = 0; row < bm.rows; ++row)
        for (unsigned col = 0; col < bm.width; ++col)
            g.coverage[static_cast<std::size_t>(row) * bm.width + col] =
                bm.buffer[static_cast<long>(row) * bm.pitch + static_cast<long>(col)];
    return g;
}

void blit(Bitmap& target, const RenderedGlyph& g, int x, int y) {
    for (unsigned row = 0; row < g.rows; ++row) {
        for (unsigned col = 0; col < g.width; ++col) {
            const unsigned char v = g.coverage[static_cast<std::size_t>(row) * g.width + col];
            if (v >= kThreshold) target.set(x + static_cast<int>(col), y + static_cast<int>(row));
        }
    }
}

}  // namespace

TextRasterizer::TextRasterizer(const FontPaths& fonts, CjkGlyphs glyphs) : faces_(std::make_unique<Faces>()) {
    FT_Library lib = nullptr;
    if (FT_Init_FreeType(&lib) != 0) throw Error(Errc::io, "FreeType failed to initialise");
    faces_->lib.reset(lib);
    faces_->sans = open_face(lib, fonts.sans, 0, true);
    const bool collection = fonts.cjk.size() > 4 && fonts.cjk.substr(fonts.cjk.size() - 4) == ".ttc";
    // Noto Sans CJK .ttc faces: 2 = Sans SC, 3 = Sans TC, 7 = Sans Mono SC, 8 = Sans Mono TC.
    const bool tc = glyphs == CjkGlyphs::traditional;
    faces_->cjk = open_face(lib, fonts.cjk, collection ? (tc ? 3 : 2) : 0, true);
    if (collection) faces_->cjk_mono = open_face(lib, fonts.cjk, tc ? 8 : 7, false);
    if (!fonts.mono.empty()) faces_->mono = open_face(lib, fonts.mono, 0, false);
}

// Faces are declared after the library in Faces, so they are destroyed before it.
TextRasterizer::~TextRasterizer() noexcept = default;

const RenderedGlyph& TextRasterizer::Faces::glyph(FT_Face face, char32_t cp, int px_w, int px_h, bool bold) {
    const auto key = std::make_tuple(face, cp, px_w, px_h, bold);
    auto it = glyphs.find(key);
    if (it == glyphs.end()) it = glyphs.emplace(key, render(face, cp, px_w, px_h, bold)).first;
    return it->second;
}

int TextRasterizer::text_width(std::string_view utf8, int px, bool bold) const {
    int w = 0;
    for (char32_t cp : decode_utf8(utf8)) w += faces_->glyph(faces_->proportional_for(cp), cp, px, px, bold).advance;
    return w;
}

int TextRasterizer::draw_text(Bitmap& target, int x, int y_baseline, std::string_view utf8, int px, bool bold) const {
    int pen = x;
    for (char32_t cp : decode_utf8(utf8)) {
        FT_Face face = faces_->proportional_for(cp);
        const RenderedGlyph& g = faces_->glyph(face, cp, px, px, bold);
        blit(target, g, pen + g.left, y_baseline - g.top);
        pen += g.advance;
    }
    return pen - x;
}

Bitmap TextRasterizer::render_line(std::string_view utf8, int px, int width, Align align, bool bold) const {
    Bitmap bm(width, line_height(px));
    const int w = text_width(utf8, px, bold);
    int x = 0;
    if (align == Align::center) x = std::max(0, (width - w) / 2);
    if (align == Align::right) x = std::max(0, width - w);
    draw_text(bm, x, baseline(px), utf8, px, bold);
    return bm;
}

Bitmap TextRasterizer::render_paragraph(std::string_view utf8, int px, int width, Align align, bool bold) const {
    std::vector<std::string> out_lines;
    for (const auto& hard : split_lines(utf8)) {
        // Tokens: runs of non-space narrow characters, single spaces, single wide characters.
        std::vector<std::string> tokens;
        std::string word;
        for (char32_t cp : decode_utf8(hard)) {
            if (cp == U' ' || is_wide(cp)) {
                if (!word.empty()) tokens.push_back(std::move(word));
                word.clear();
                std::string t;
                append_utf8(t, cp);
                tokens.push_back(t);
            } else {
                append_utf8(word, cp);
            }
        }
        if (!word.empty()) tokens.push_back(word);
        std::string line;
        for (const auto& tok : tokens) {
            if (text_width(line + tok, px, bold) <= width) {
                line += tok;
                continue;
            }
            if (!line.empty()) {
                while (!line.empty() && line.back() == ' ') line.pop_back();
                out_lines.push_back(line);
                line.clear();
            }
            if (tok == " ") continue;
            // A single token wider than the line: break it between characters.
            std::string piece;
            for (char32_t cp : decode_utf8(tok)) {
                std::string next = piece;
                append_utf8(next, cp);
                if (!piece.empty() && text_width(next, px, bold) > width) {
                    out_lines.push_back(piece);
                    piece.clear();
                    append_utf8(piece, cp);
                } else {
                    piece = std::move(next);
                }
            }
            line = piece;
        }
        out_lines.push_back(line);
    }
    const int lh = line_height(px);
    Bitmap bm(width, lh * static_cast<int>(out_lines.size()));
    for (std::size_t i = 0; i < out_lines.size(); ++i) {
        const int w = text_width(out_lines[i], px, bold);
        int x = 0;
        if (align == Align::center) x = std::max(0, (width - w) / 2);
        if (align == Align::right) x = std::max(0, width - w);
        draw_text(bm, x, static_cast<int>(i) * lh + baseline(px), out_lines[i], px, bold);
    }
    return bm;
}

Bitmap TextRasterizer::render_row(std::string_view left, std::string_view right, int px, int width, bool bold) const {
    const int lw = text_width(left, px, bold);
    const int rw = text_width(right, px, bold);
    const int lh = line_height(px);
    const bool one_line = lw + px / 2 + rw <= width;
    Bitmap bm(width, one_line ? lh : 2 * lh);
    draw_text(bm, 0, baseline(px), left, px, bold);
    draw_text(bm, std::max(0, width - rw), (one_line ? 0 : lh) + baseline(px), right, px, bold);
    return bm;
}

void TextRasterizer::draw_cell(Bitmap& target, int x, int y, int cell_w, int cell_h, char32_t cp, bool bold) const {
    FT_Face face = faces_->cell_for(cp);
    // Size the glyph so that the font's line (ascender..descender) fills the cell height,
    // then squeeze horizontally if the advance is wider than the cell.
    const int px_h = std::max(1, cell_h * 20 / 24);
    int px_w = px_h;
    const RenderedGlyph* g = &faces_->glyph(face, cp, px_w, px_h, bold);
    if (g->advance > cell_w && g->advance > 0) {
        px_w = std::max(1, px_h * cell_w / g->advance);
        g = &faces_->glyph(face, cp, px_w, px_h, bold);
    }
    const int base = y + cell_h * 19 / 24;
    const int off = std::max(0, (cell_w - g->advance) / 2);
    blit(target, *g, x + off + g->left, base - g->top);
}

}  // namespace pos::escpos
