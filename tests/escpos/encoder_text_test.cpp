// Golden-byte tests of text encoding: code pages, Kanji mode, GB18030/Big5, raster fallback.
#include "drivers/escpos/encoder.h"

#include "core/common/error.h"
#include "escpos/escpos_test_util.h"

#include <doctest/doctest.h>

#include <algorithm>

using namespace pos::escpos;
using namespace escpos_test;

namespace {
Bytes enc(const std::string& text, const Profile& p) {
    Document d;
    d.add(Text{text});
    return encode(d, p, &rasterizer());
}
Bytes enc(const std::string& text, const char* profile) { return enc(text, find_profile(profile)); }
const Bytes kPrivetCp866 = bytes({0x8F, 0xE0, 0xA8, 0xA2, 0xA5, 0xE2});
}  // namespace

TEST_CASE("Russian on Epson switches to CP866 with ESC t 17 / once") {
    Document d;
    d.add(Text{"Привет"}).add(Text{"Итого: 5"});
    const Bytes expect = cat({bytes({0x1B, 0x40, 0x1B, 0x74, 0x11}), kPrivetCp866, ascii("\n"),
                              bytes({0x88, 0xE2, 0xAE, 0xA3, 0xAE}), ascii(": 5\n")});
    CHECK(hex(encode(d, find_profile("epson-tm-t20"), &rasterizer())) == hex(expect));
}

TEST_CASE("Russian via WPC1251 uses the model's ESC t number") {
    Profile epson = find_profile("epson-tm-t20");
    epson.code_pages = {{"cp437", 0}, {"wpc1251", 46}};
    CHECK(hex(enc("Привет", epson)) ==
          hex(bytes({0x1B, 0x40, 0x1B, 0x74, 0x2E, 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x0A})));
    Profile clone = find_profile("xprinter-80");
    clone.code_pages = {{"cp437", 0}, {"wpc1251", 73}};
    CHECK(hex(enc("Привет", clone)) ==
          hex(bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, 0x49, 0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2, 0x0A})));
}

TEST_CASE("Russian on xprinter leaves Kanji mode first") {
    CHECK(hex(enc("Привет", "xprinter-80")) ==
          hex(cat({bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, 0x11}), kPrivetCp866, ascii("\n")})));
    // After Chinese text the printer is in Kanji mode again: FS . must precede the CP866 bytes.
    Document d;
    d.add(Text{"沙发"}).add(Text{"Привет"}).add(Text{"沙发"});
    const Bytes expect = cat({bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1C, 0x26, 0xC9, 0xB3, 0xB7, 0xA2, 0x0A}),
                              bytes({0x1C, 0x2E, 0x1B, 0x74, 0x11}), kPrivetCp866, ascii("\n"),
                              bytes({0x1C, 0x26, 0xC9, 0xB3, 0xB7, 0xA2, 0x0A})});
    CHECK(hex(encode(d, find_profile("xprinter-80"), &rasterizer())) == hex(expect));
}

TEST_CASE("Simplified Chinese on xprinter-80 is FS & + GB18030") {
    CHECK(hex(enc("沙发 x2", "xprinter-80")) ==
          hex(cat({bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1C, 0x26, 0xC9, 0xB3, 0xB7, 0xA2}), ascii(" x2\n")})));
}

TEST_CASE("Traditional Chinese on xprinter-80-big5 is FS & + Big5") {
    CHECK(hex(enc("沙發", "xprinter-80-big5")) ==
          hex(bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1C, 0x26, 0xA8, 0x46, 0xB5, 0x6F, 0x0A})));
}

TEST_CASE("yen sign goes out as CP437 0x9D / never as a 4-byte GB18030 sequence") {
    CHECK(hex(enc("¥100", "xprinter-80")) ==
          hex(cat({bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1B, 0x74, 0x00, 0x9D}), ascii("100\n")})));
    CHECK(hex(enc("¥100", "epson-tm-t20")) == hex(cat({bytes({0x1B, 0x40, 0x1B, 0x74, 0x00, 0x9D}), ascii("100\n")})));
    // Mixed in a Chinese line: Kanji mode is left for the yen sign and entered again.
    CHECK(hex(enc("沙发¥5", "xprinter-80")) ==
          hex(bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1C, 0x26, 0xC9, 0xB3, 0xB7, 0xA2, 0x1C, 0x2E, 0x1B, 0x74, 0x00, 0x9D,
                     '5', 0x0A})));
}

TEST_CASE("Vietnamese falls back to raster text: one GS v 0 band / paper wide / one line high") {
    const Bytes out = enc("Cảm ơn quý khách", "epson-tm-t20");
    // 576 dots = 72 bytes per row; Font A raster text is 24 px on a 36-row line.
    const Bytes header = bytes({0x1B, 0x40, 0x1D, 0x76, 0x30, 0x00, 72, 0, 36, 0});
    REQUIRE(out.size() == header.size() + 72u * 36u);
    CHECK(hex(Bytes(out.begin(), out.begin() + 10)) == hex(header));
    const auto black = std::count_if(out.begin() + 10, out.end(), [](std::uint8_t b) { return b != 0; });
    CHECK(black > 100);
    // Left aligned: the right quarter of the line is blank.
    for (int y = 0; y < 36; ++y)
        for (int xb = 54; xb < 72; ++xb) CHECK(out[10 + static_cast<std::size_t>(y * 72 + xb)] == 0);
}

TEST_CASE("CJK on an Epson without a CJK font is raster text too / wrapping adds lines") {
    const Bytes out = enc("沙发", "epson-tm-t20");
    CHECK(hex(Bytes(out.begin(), out.begin() + 10)) == hex(bytes({0x1B, 0x40, 0x1D, 0x76, 0x30, 0, 72, 0, 36, 0})));
    // Sixty hanzi at 24 px (24 per 576-dot line) wrap to three lines of 36 rows.
    std::string many;
    for (int i = 0; i < 30; ++i) many += "沙发";
    const Bytes two = enc(many, "epson-tm-t20");
    CHECK(hex(Bytes(two.begin(), two.begin() + 10)) == hex(bytes({0x1B, 0x40, 0x1D, 0x76, 0x30, 0, 72, 0, 108, 0})));
}

TEST_CASE("a profile can force raster text / without a rasterizer raster text is an error") {
    Profile p = find_profile("epson-tm-t20");
    p.raster_text = RasterTextMode::always;
    const Bytes out = enc("Hello", p);
    CHECK(hex(Bytes(out.begin(), out.begin() + 10)) == hex(bytes({0x1B, 0x40, 0x1D, 0x76, 0x30, 0, 72, 0, 36, 0})));
    Document d;
    d.add(Text{"Cảm ơn"});
    try {
        (void)encode(d, find_profile("epson-tm-t20"), nullptr);
        FAIL("expected an error");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::invalid_state);
    }
    Document ctl;
    ctl.add(Text{"bell\a"});
    CHECK_THROWS_AS(encode(ctl, find_profile("epson-tm-t20"), nullptr), pos::Error);
}
