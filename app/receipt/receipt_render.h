#pragma once
// Turning a layout into what the printer gets: ESC/POS bytes for a profile (raster text drawn
// with the language's Chinese glyph shapes), and the virtual printer's picture of those bytes.
#include <cstdint>
#include <string>
#include <vector>

#include "core/common/lang.h"
#include "drivers/escpos/document.h"
#include "drivers/escpos/profile.h"
#include "drivers/escpos/text_raster.h"

namespace pos::receipt {

// Traditional glyph shapes for zh_TW, simplified for every other language.
escpos::CjkGlyphs glyphs_for(Lang lang) noexcept;

// Encodes with a rasterizer over the system fonts (resolve_fonts()); throws what encode() and
// resolve_fonts() throw.
std::vector<std::uint8_t> encode_receipt(const escpos::Document& doc, const escpos::Profile& profile, Lang lang);

// Feeds the bytes to a VirtualPrinter of the profile and writes the printed paper as a PNG.
// Throws Error(invalid_state) if the virtual printer met a command it does not know.
void write_receipt_png(const std::vector<std::uint8_t>& bytes, const escpos::Profile& profile, Lang lang,
                       const std::string& path);

}  // namespace pos::receipt
