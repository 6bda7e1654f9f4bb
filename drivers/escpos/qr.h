#pragma once
// QR code matrices via libqrencode (8-bit mode, smallest version that fits), as a scaled
// 1-bit Bitmap with a quiet zone. Used by the encoder's raster fallback and the virtual printer.
#include "drivers/escpos/bitmap.h"
#include "drivers/escpos/document.h"

#include <string_view>

namespace pos::escpos {

inline constexpr int kQrQuietModules = 4;

// Number of modules per side for the data (without quiet zone). Throws invalid_input if too long.
int qr_modules(std::string_view data, QrEcc ecc);
// Matrix scaled by module_size dots with `quiet` blank modules around it.
Bitmap qr_bitmap(std::string_view data, QrEcc ecc, int module_size, int quiet = kQrQuietModules);

}  // namespace pos::escpos
