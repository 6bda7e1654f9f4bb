#pragma once
// Reads a PNG file (the virtual printer's receipts) into RGBA pixels for a texture.
#include <cstdint>
#include <string>
#include <vector>

namespace pos::gui::admin {

struct RgbaImage {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> rgba;  // width * height * 4, top row first
};

// Throws pos::Error(io) naming the file when it cannot be read or is not a PNG.
RgbaImage read_png_rgba(const std::string& path);

}  // namespace pos::gui::admin
