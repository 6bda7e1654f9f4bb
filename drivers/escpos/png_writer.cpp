#include "drivers/escpos/png_writer.h"

#include "core/common/error.h"

#include <png.h>

#include <cstring>
#include <vector>

namespace pos::escpos {

void write_png(const Bitmap& bm, const std::string& path) {
    if (bm.width <= 0 || bm.height <= 0) throw Error(Errc::invalid_input, "cannot save an empty image to " + path);
    std::vector<std::uint8_t> grey(static_cast<std::size_t>(bm.width) * static_cast<std::size_t>(bm.height));
    for (int y = 0; y < bm.height; ++y)
        for (int x = 0; x < bm.width; ++x)
            grey[static_cast<std::size_t>(y) * static_cast<std::size_t>(bm.width) + static_cast<std::size_t>(x)] =
                bm.get(x, y) ? 0 : 255;
    png_image img;
    std::memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = static_cast<png_uint_32>(bm.width);
    img.height = static_cast<png_uint_32>(bm.height);
    img.format = PNG_FORMAT_GRAY;
    const int ok = png_image_write_to_file(&img, path.c_str(), 0, grey.data(), bm.width, nullptr);
    const std::string why = img.message;
    png_image_free(&img);
    if (ok == 0) throw Error(Errc::io, "cannot write PNG " + path + ": " + why);
}

}  // namespace pos::escpos
