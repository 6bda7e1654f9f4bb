#include <doctest/doctest.h>

#include <imgui.h>

#include <filesystem>
#include <fstream>

#include "core/common/error.h"
#include "ui/fonts.h"
#include "ui/headless.h"
#include "ui/i18n.h"

TEST_CASE("the font atlas covers every translation in both Chinese faces and stays small") {
    ImFontAtlas atlas;
    const std::vector<std::string> extra{"王小明", "Đặng Thị Hương"};
    const pos::ui::FontSet fonts = pos::ui::build_fonts(atlas, pos::test::test_i18n(), extra, 1.0f);
    REQUIRE(fonts.body_sc != nullptr);
    REQUIRE(fonts.body_tc != nullptr);
    REQUIRE(fonts.large_sc != nullptr);
    REQUIRE(fonts.large_tc != nullptr);
    CHECK(fonts.body_sc->FontSize == doctest::Approx(22.0f));
    CHECK(fonts.large_tc->FontSize == doctest::Approx(36.0f));
    CHECK(fonts.body(pos::Lang::zh_TW) == fonts.body_tc);
    CHECK(fonts.body(pos::Lang::ru) == fonts.body_sc);

    for (const ImFont* font : {fonts.body_sc, fonts.body_tc, fonts.large_sc, fonts.large_tc}) {
        for (pos::Lang lang : pos::all_langs) {
            CHECK(pos::ui::font_covers(*font, pos::ui::language_name(lang)));
            for (const auto& [id, str] : pos::test::test_i18n().catalog(lang)) {
                CAPTURE(str);
                CHECK(pos::ui::font_covers(*font, str));
            }
        }
        for (const auto& text : extra) CHECK(pos::ui::font_covers(*font, text));
    }
    // Only the strings in use are rasterised, not the 30 000 CJK ideographs.
    CHECK_FALSE(pos::ui::font_covers(*fonts.body_sc, "龍"));
    CHECK(atlas.TexHeight <= 2048);
}

TEST_CASE("a missing or broken font file is a readable error") {
    ImFontAtlas atlas;
    pos::ui::I18n i18n;
    pos::ui::FontPaths paths;
    paths.latin = "/nonexistent/NotoSans-Regular.ttf";
    try {
        pos::ui::build_fonts(atlas, i18n, {}, 1.0f, paths);
        FAIL("expected an error");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::io);
        CHECK(std::string(e.what()) == "font file missing or unreadable: /nonexistent/NotoSans-Regular.ttf");
    }

    const auto junk = std::filesystem::temp_directory_path() / "pos_ui_not_a_font.ttf";
    std::ofstream(junk) << "this is not a font file";
    paths = {};
    paths.cjk = junk;
    CHECK_THROWS_AS(pos::ui::build_fonts(atlas, i18n, {}, 1.0f, paths), pos::Error);
    paths = {};
    paths.cjk_tc_face = 42;  // the collection has 10 faces
    CHECK_THROWS_WITH_AS(pos::ui::build_fonts(atlas, i18n, {}, 1.0f, paths),
                         "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc has 10 faces, face 42 requested",
                         pos::Error);
    std::filesystem::remove(junk);
}
