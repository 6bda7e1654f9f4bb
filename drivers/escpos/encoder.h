#pragma once
// Document -> ESC/POS bytes for one printer profile. Pure and deterministic: the same document,
// profile and fonts always give the same bytes. Text goes out in the printer's own code pages
// (ESC t / FS & Kanji mode); a text block with any character the profile cannot encode is
// rendered as raster text (GS v 0) with the TextRasterizer instead.
#include "drivers/escpos/bitmap.h"
#include "drivers/escpos/document.h"
#include "drivers/escpos/profile.h"

#include <cstdint>
#include <vector>

namespace pos::escpos {

class TextRasterizer;

// GS v 0 images are sent in bands of at most this many rows (one command each); rows are never
// split. Small bands keep each command well inside cheap printers' receive buffers.
inline constexpr int kMaxBandRows = 256;
// Raster text pixel size for Font A / Font B at size 1 (cell heights 24 and 17 dots).
inline constexpr int kRasterPxFontA = 24;
inline constexpr int kRasterPxFontB = 17;

// Throws pos::Error(invalid_input) for invalid block data (bad barcode digits, image wider than
// the paper, ...), pos::Error(invalid_state) for a block the profile cannot print at all (drawer
// pulse without drawer port; raster needed but rasterizer is null or the profile lacks GS v 0).
std::vector<std::uint8_t> encode(const Document& doc, const Profile& profile, const TextRasterizer* rasterizer);

// Appends a bitmap as GS v 0 (m = 0) commands in bands of at most kMaxBandRows rows.
void append_raster(std::vector<std::uint8_t>& out, const Bitmap& bitmap);

}  // namespace pos::escpos
