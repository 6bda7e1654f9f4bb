#pragma once
// Saves a 1-bit Bitmap as an 8-bit greyscale PNG (white paper, black ink) via libpng.
#include "drivers/escpos/bitmap.h"

#include <string>

namespace pos::escpos {

// Throws pos::Error(io) if the file cannot be written.
void write_png(const Bitmap& bitmap, const std::string& path);

}  // namespace pos::escpos
