#include "gui/admin/png_image.h"

#include <png.h>

#include <cstring>

#include "core/common/error.h"

namespace pos::gui::admin {

RgbaImage read_png_rgba(const std::string& path) {
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&image, path.c_str()))
        throw Error(Errc::io, "cannot read " + path + ": " + image.message);
    image.format = PNG_FORMAT_RGBA;
    RgbaImage out;
    out.width = static_cast<int>(image.width);
    out.height = static_cast<int>(image.height);
    out.rgba.resize(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, out.rgba.data(), 0, nullptr)) {
        const std::string why = image.message;
        png_image_free(&image);
        throw Error(Errc::io, "cannot read " + path + ": " + why);
    }
    return out;
}

}  // namespace pos::gui::admin
