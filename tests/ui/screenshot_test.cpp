#include <doctest/doctest.h>

#include <png.h>

#include <cstring>
#include <filesystem>
#include <vector>

#include "core/common/error.h"
#include "platform/screenshot.h"

TEST_CASE("write_png_rgba writes a PNG that reads back identically, flipping GL rows") {
    const auto path = (std::filesystem::temp_directory_path() / "pos_ui_shot_test.png").string();
    // 2x2, bottom-up as OpenGL returns it: bottom row red, green; top row blue, white.
    const std::vector<std::uint8_t> gl = {255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255};
    pos::platform::write_png_rgba(path, gl.data(), 2, 2, true);

    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    REQUIRE(png_image_begin_read_from_file(&image, path.c_str()) != 0);
    image.format = PNG_FORMAT_RGBA;
    std::vector<std::uint8_t> read(PNG_IMAGE_SIZE(image));
    REQUIRE(png_image_finish_read(&image, nullptr, read.data(), 0, nullptr) != 0);
    CHECK(image.width == 2);
    CHECK(image.height == 2);
    const std::vector<std::uint8_t> top_down = {0, 0, 255, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 255, 0, 255};
    CHECK(read == top_down);
    std::filesystem::remove(path);
}

TEST_CASE("write_png_rgba reports an unwritable path") {
    const std::vector<std::uint8_t> px(4, 0);
    CHECK_THROWS_AS(pos::platform::write_png_rgba("/nonexistent/dir/x.png", px.data(), 1, 1, false), pos::Error);
}
