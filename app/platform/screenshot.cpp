#include "platform/screenshot.h"

#include <GL/gl.h>
#include <png.h>

#include <cstring>
#include <vector>

#include "core/common/error.h"

namespace pos::platform {

void write_png_rgba(const std::string& path, const std::uint8_t* pixels, int width, int height, bool bottom_up) {
    if (width <= 0 || height <= 0 || pixels == nullptr)
        throw Error(Errc::invalid_input, "screenshot: empty image");
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(width);
    image.height = static_cast<png_uint_32>(height);
    image.format = PNG_FORMAT_RGBA;
    const png_int_32 stride = bottom_up ? -width * 4 : width * 4;  // negative: rows bottom-up
    if (png_image_write_to_file(&image, path.c_str(), 0, pixels, stride, nullptr) == 0) {
        std::string message = image.message;
        png_image_free(&image);
        throw Error(Errc::io, "cannot write " + path + ": " + message);
    }
}

void save_screenshot(const std::string& path) {
    GLint viewport[4] = {0, 0, 0, 0};
    glGetIntegerv(GL_VIEWPORT, viewport);
    const int width = viewport[2];
    const int height = viewport[3];
    if (width <= 0 || height <= 0) throw Error(Errc::invalid_state, "screenshot: no GL viewport");
    std::vector<std::uint8_t> pixels(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(viewport[0], viewport[1], width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    // The default framebuffer has no meaningful alpha; make the PNG opaque.
    for (std::size_t i = 3; i < pixels.size(); i += 4) pixels[i] = 255;
    write_png_rgba(path, pixels.data(), width, height, true);
}

}  // namespace pos::platform
