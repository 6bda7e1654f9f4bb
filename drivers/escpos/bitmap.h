#pragma once
// A 1-bit bitmap in ESC/POS raster order: rows top to bottom, each row width_bytes() bytes,
// most significant bit = leftmost pixel, 1 = black. Shared by the text rasteriser, the
// encoder (GS v 0) and the virtual printer.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace pos::escpos {

struct Bitmap {
    int width = 0;   // pixels
    int height = 0;  // pixels
    std::vector<std::uint8_t> bits;  // height * width_bytes()

    Bitmap() = default;
    Bitmap(int w, int h) : width(w), height(h), bits(static_cast<std::size_t>(h) * static_cast<std::size_t>((w + 7) / 8), 0) {}

    int width_bytes() const noexcept { return (width + 7) / 8; }
    bool get(int x, int y) const noexcept {
        if (x < 0 || y < 0 || x >= width || y >= height) return false;
        return (bits[index(x, y)] & mask(x)) != 0;
    }
    void set(int x, int y, bool black = true) noexcept {
        if (x < 0 || y < 0 || x >= width || y >= height) return;
        if (black) bits[index(x, y)] = static_cast<std::uint8_t>(bits[index(x, y)] | mask(x));
        else bits[index(x, y)] = static_cast<std::uint8_t>(bits[index(x, y)] & ~mask(x));
    }

private:
    std::size_t index(int x, int y) const noexcept {
        return static_cast<std::size_t>(y) * static_cast<std::size_t>(width_bytes()) + static_cast<std::size_t>(x / 8);
    }
    static std::uint8_t mask(int x) noexcept { return static_cast<std::uint8_t>(0x80u >> (x % 8)); }
};

}  // namespace pos::escpos
