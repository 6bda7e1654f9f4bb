#pragma once
// Saving what is on screen as PNG, for tests and support ("send me a picture of the screen").
#include <cstdint>
#include <string>

namespace pos::platform {

// Writes 8-bit RGBA pixels (width*height*4 bytes) as PNG. bottom_up: the first row in memory
// is the bottom of the image (OpenGL order). Throws pos::Error(io) with libpng's message.
void write_png_rgba(const std::string& path, const std::uint8_t* pixels, int width, int height, bool bottom_up);

// Reads the current GL viewport of the bound read buffer with glReadPixels and saves it.
// Needs a current GL context (the Runner calls it after rendering, before the swap).
void save_screenshot(const std::string& path);

}  // namespace pos::platform
