#include "receipt/receipt_render.h"

#include <memory>
#include <vector>

#include "core/common/error.h"
#include "drivers/escpos/encoder.h"
#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/png_writer.h"
#include "drivers/escpos/virtual_printer.h"

namespace pos::receipt {

escpos::CjkGlyphs glyphs_for(Lang lang) noexcept {
    return lang == Lang::zh_TW ? escpos::CjkGlyphs::traditional : escpos::CjkGlyphs::simplified;
}

namespace {

// The rasterizer of this thread for these fonts and glyph shapes, kept across receipts: opening
// FreeType and the 20 MB CJK collection and hinting every glyph again was most of a raster
// receipt's time (tests/bench); kept, it renders each glyph once per thread. TextRasterizer is
// not thread-safe, hence one per thread (the print queue and the CLI each have their own).
const escpos::TextRasterizer& cached_rasterizer(Lang lang) {
    struct Slot {
        escpos::FontPaths fonts;
        escpos::CjkGlyphs glyphs;
        std::unique_ptr<escpos::TextRasterizer> rasterizer;
    };
    thread_local std::vector<Slot> slots;
    const escpos::FontPaths fonts = escpos::resolve_fonts();  // may change with POS_FONT_DIR
    const escpos::CjkGlyphs glyphs = glyphs_for(lang);
    for (const Slot& s : slots)
        if (s.glyphs == glyphs && s.fonts.cjk == fonts.cjk && s.fonts.sans == fonts.sans && s.fonts.mono == fonts.mono)
            return *s.rasterizer;
    auto rasterizer = std::make_unique<escpos::TextRasterizer>(fonts, glyphs);  // throws: nothing kept
    if (slots.size() >= 4) slots.erase(slots.begin());  // bounded: fonts rarely change
    slots.push_back(Slot{fonts, glyphs, std::move(rasterizer)});
    return *slots.back().rasterizer;
}

}  // namespace

std::vector<std::uint8_t> encode_receipt(const escpos::Document& doc, const escpos::Profile& profile, Lang lang) {
    // Opening the fonts (FreeType and the CJK collection) costs far more than encoding a receipt
    // (tests/bench: 0.9 ms against tens of µs), so a receipt the profile's code pages can carry is
    // encoded without a rasterizer; only one that needs raster text (invalid_state) opens them.
    if (profile.raster_text != escpos::RasterTextMode::always) {
        try {
            return escpos::encode(doc, profile, nullptr);
        } catch (const Error& e) {
            if (e.code() != Errc::invalid_state) throw;
        }
    }
    return escpos::encode(doc, profile, &cached_rasterizer(lang));
}

void write_receipt_png(const std::vector<std::uint8_t>& bytes, const escpos::Profile& profile, Lang lang,
                       const std::string& path) {
    const escpos::TextRasterizer rasterizer(escpos::resolve_fonts(), glyphs_for(lang));
    escpos::VirtualPrinter printer(profile, rasterizer);
    printer.feed(bytes);
    if (!printer.unknown_commands().empty())
        throw Error(Errc::invalid_state, "the virtual printer does not understand " + printer.unknown_commands().front());
    escpos::write_png(printer.receipt(), path);
}

}  // namespace pos::receipt
