#include "drivers/escpos/text_raster.h"

#include "core/common/error.h"
#include "escpos/escpos_test_util.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace pos::escpos;

namespace {
int black(const Bitmap& bm, int x0, int x1) {
    int n = 0;
    for (int y = 0; y < bm.height; ++y)
        for (int x = x0; x < x1; ++x) n += bm.get(x, y) ? 1 : 0;
    return n;
}
}  // namespace

TEST_CASE("font resolver honours the override directory and fails clearly") {
    const FontPaths fp = resolve_fonts();
    CHECK(fp.cjk.find("NotoSansCJK") != std::string::npos);
    CHECK(fp.sans.find("NotoSans-Regular") != std::string::npos);
    // An override directory wins over the system directories.
    const std::filesystem::path dir = std::filesystem::path(ESCPOS_OUT_DIR) / "font-override";
    std::filesystem::create_directories(dir);
    const auto link = dir / "NotoSans-Regular.ttf";
    std::filesystem::remove(link);
    std::filesystem::create_symlink(fp.sans, link);
    CHECK(resolve_fonts(dir.string()).sans == link.string());
    try {
        (void)resolve_fonts_in({"/nonexistent-fonts"});
        FAIL("expected an error");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::not_found);
        CHECK(std::string(e.what()).find("no CJK font found") != std::string::npos);
        CHECK(std::string(e.what()).find("/nonexistent-fonts/NotoSansCJK-Regular.ttc") != std::string::npos);
    }
}

TEST_CASE("raster lines are aligned inside the paper width") {
    const auto& r = escpos_test::rasterizer();
    const Bitmap left = r.render_line("Sofa", 24, 576, Align::left);
    const Bitmap right = r.render_line("Sofa", 24, 576, Align::right);
    const Bitmap center = r.render_line("Sofa", 24, 576, Align::center);
    CHECK(left.width == 576);
    CHECK(left.height == 36);
    CHECK(black(left, 0, 100) > 50);
    CHECK(black(left, 100, 576) == 0);
    CHECK(black(right, 0, 476) == 0);
    CHECK(black(right, 476, 576) > 50);
    CHECK(black(center, 0, 230) == 0);
    CHECK(black(center, 346, 576) == 0);
    // Bold is heavier than regular.
    CHECK(black(r.render_line("Sofa", 24, 576, Align::left, true), 0, 576) > black(left, 0, 576));
    // A row keeps the right text flush right.
    const Bitmap row = r.render_row("Sofa", "12.00", 24, 576);
    CHECK(row.height == 36);
    CHECK(black(row, 560, 576) > 0);
}

TEST_CASE("Traditional glyph shapes differ from Simplified for the same code point") {
    const FontPaths fp = resolve_fonts();
    TextRasterizer sc(fp, CjkGlyphs::simplified);
    TextRasterizer tc(fp, CjkGlyphs::traditional);
    const Bitmap a = sc.render_line("骨", 48, 64, Align::left);
    const Bitmap b = tc.render_line("骨", 48, 64, Align::left);
    CHECK(black(a, 0, 64) > 100);
    CHECK(black(b, 0, 64) > 100);
    CHECK(a.bits != b.bits);
}
