// Golden-byte tests of the encoder: commands, layout, barcodes, QR, images, cut, drawer.
#include "drivers/escpos/encoder.h"

#include "core/common/error.h"
#include "drivers/escpos/qr.h"
#include "escpos/escpos_test_util.h"

#include <doctest/doctest.h>

using namespace pos::escpos;
using namespace escpos_test;

namespace {
Bytes enc(const Document& d, const char* profile = "epson-tm-t20") {
    return encode(d, find_profile(profile), &rasterizer());
}
}  // namespace

TEST_CASE("init is ESC @ / plus FS . (leave Kanji mode) on Chinese models") {
    CHECK(enc({}) == bytes({0x1B, 0x40}));
    CHECK(enc({}, "xprinter-80") == bytes({0x1B, 0x40, 0x1C, 0x2E}));
    CHECK(enc({}, "xprinter-80-big5") == bytes({0x1B, 0x40, 0x1C, 0x2E}));
}

TEST_CASE("styles are sent only when they change") {
    Document d;
    d.add(Text{"Hi", {.bold = true, .underline = true, .width = 2, .height = 2}});
    d.add(Text{"Yo", {.bold = true, .underline = true, .width = 2, .height = 2}});
    d.add(Text{"x", {.font = Font::b}});
    d.add(Text{"T", {.width = 1, .height = 3}});
    const Bytes expect = cat({bytes({0x1B, 0x40}),
                              bytes({0x1B, 0x45, 1, 0x1B, 0x2D, 1, 0x1D, 0x21, 0x11}), ascii("Hi\n"), ascii("Yo\n"),
                              bytes({0x1B, 0x4D, 1, 0x1B, 0x45, 0, 0x1B, 0x2D, 0, 0x1D, 0x21, 0x00}), ascii("x\n"),
                              bytes({0x1B, 0x4D, 0, 0x1D, 0x21, 0x02}), ascii("T\n")});
    CHECK(hex(enc(d)) == hex(expect));
    Document bad;
    bad.add(Text{"x", {.width = 9}});
    CHECK_THROWS_AS(enc(bad), pos::Error);
}

TEST_CASE("alignment uses ESC a and multi-line text keeps one style prefix") {
    Document d;
    d.add(Text{"A", {.align = Align::center}});
    d.add(Text{"B\nC", {.align = Align::right}});
    d.add(Text{"D", {.align = Align::right}});
    d.add(Text{"E"});
    const Bytes expect = cat({bytes({0x1B, 0x40, 0x1B, 0x61, 1}), ascii("A\n"), bytes({0x1B, 0x61, 2}),
                              ascii("B\nC\nD\n"), bytes({0x1B, 0x61, 0}), ascii("E\n")});
    CHECK(hex(enc(d)) == hex(expect));
}

TEST_CASE("a row is justified to 48 columns on 80 mm and 32 on 58 mm") {
    Document d;
    d.add(Row{"Sofa", "12.00"});
    CHECK(hex(enc(d)) == hex(cat({bytes({0x1B, 0x40}), ascii("Sofa" + std::string(39, ' ') + "12.00\n")})));
    CHECK(hex(enc(d, "generic-58")) == hex(cat({bytes({0x1B, 0x40}), ascii("Sofa" + std::string(23, ' ') + "12.00\n")})));
    Document r;
    r.add(Rule{'='});
    CHECK(enc(r) == cat({bytes({0x1B, 0x40}), ascii(std::string(48, '=') + "\n")}));
    Document rb;
    rb.add(Rule{'-', Font::b});
    CHECK(enc(rb) == cat({bytes({0x1B, 0x40, 0x1B, 0x4D, 1}), ascii(std::string(64, '-') + "\n")}));
}

TEST_CASE("a Chinese row on xprinter counts each hanzi as two columns") {
    Document d;
    d.add(Row{"沙发", "99.00"});
    const Bytes expect = cat({bytes({0x1B, 0x40, 0x1C, 0x2E, 0x1C, 0x26, 0xC9, 0xB3, 0xB7, 0xA2}),
                              ascii(std::string(39, ' ') + "99.00\n")});
    CHECK(hex(enc(d, "xprinter-80")) == hex(expect));
}

TEST_CASE("EAN-13 and CODE128 use GS k function B with height / width and HRI") {
    Document d;
    d.add(Barcode{Symbology::ean13, "400638133393", 80, 2, Hri::below, Align::center});
    d.add(Barcode{Symbology::code128, "ABC-{12", 100, 3, Hri::none, Align::left});
    const Bytes expect = cat({bytes({0x1B, 0x40, 0x1B, 0x61, 1, 0x1D, 0x68, 80, 0x1D, 0x77, 2, 0x1D, 0x48, 2,
                                     0x1D, 0x6B, 0x43, 12}),
                              ascii("400638133393"),
                              bytes({0x1B, 0x61, 0, 0x1D, 0x68, 100, 0x1D, 0x77, 3, 0x1D, 0x48, 0, 0x1D, 0x6B, 0x49, 10}),
                              ascii("{BABC-{{12")});
    CHECK(hex(enc(d)) == hex(expect));
}

TEST_CASE("barcode data is validated") {
    auto one = [](Barcode b) {
        Document d;
        d.add(b);
        return d;
    };
    CHECK_NOTHROW(enc(one(Barcode{Symbology::ean13, "4006381333931"})));
    CHECK_THROWS_AS(enc(one(Barcode{Symbology::ean13, "4006381333932"})), pos::Error);  // wrong check digit
    CHECK_THROWS_AS(enc(one(Barcode{Symbology::ean13, "40063813339"})), pos::Error);    // 11 digits
    CHECK_THROWS_AS(enc(one(Barcode{Symbology::ean13, "40063813339A"})), pos::Error);
    CHECK_THROWS_AS(enc(one(Barcode{Symbology::code128, "caf\xC3\xA9"})), pos::Error);  // non-ASCII
    CHECK_THROWS_AS(enc(one(Barcode{Symbology::code128, std::string(40, 'A'), 80, 2})), pos::Error);  // too wide
    CHECK_THROWS_AS(enc(one(Barcode{Symbology::ean13, "400638133393", 80, 7})), pos::Error);
}

TEST_CASE("native QR is the GS ( k model / size / ECC / store / print sequence") {
    const std::string url = "https://ex.am/ple?id=42";  // 23 bytes
    Document d;
    d.add(QrCode{url, 6, QrEcc::M, Align::center});
    const Bytes expect = cat({bytes({0x1B, 0x40, 0x1B, 0x61, 1}),
                              bytes({0x1D, 0x28, 0x6B, 4, 0, 0x31, 0x41, 0x32, 0}),
                              bytes({0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x43, 6}),
                              bytes({0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x45, 0x31}),
                              bytes({0x1D, 0x28, 0x6B, 26, 0, 0x31, 0x50, 0x30}), ascii(url),
                              bytes({0x1D, 0x28, 0x6B, 3, 0, 0x31, 0x51, 0x30})});
    CHECK(hex(enc(d)) == hex(expect));
}

TEST_CASE("QR falls back to a GS v 0 raster with quiet zone on generic-58") {
    const std::string url = "https://ex.am/ple?id=42";
    Document d;
    d.add(QrCode{url, 6, QrEcc::M, Align::center});
    const Bytes out = enc(d, "generic-58");
    // 23 bytes at ECC M is QR version 2: 25 modules + 2 * 4 quiet = 33 modules * 6 dots = 198 dots.
    const Bitmap expect_bm = qr_bitmap(url, QrEcc::M, 6);
    REQUIRE(expect_bm.width == 198);
    const Bytes header = bytes({0x1B, 0x40, 0x1B, 0x61, 1, 0x1D, 0x76, 0x30, 0, 25, 0, 198, 0});
    REQUIRE(out.size() == header.size() + 25u * 198u);
    CHECK(hex(Bytes(out.begin(), out.begin() + static_cast<long>(header.size()))) == hex(header));
    CHECK(Bytes(out.begin() + static_cast<long>(header.size()), out.end()) == expect_bm.bits);
    // The quiet zone is white: the first 4 * 6 rows are all zero.
    for (std::size_t i = header.size(); i < header.size() + 24u * 25u; ++i) CHECK(out[i] == 0);
}

TEST_CASE("tall images are split into GS v 0 bands of at most 256 rows") {
    Bitmap bm(16, 600);
    for (int y = 0; y < 600; ++y) bm.bits[static_cast<std::size_t>(y) * 2] = static_cast<std::uint8_t>(y & 0xFF);
    Document d;
    d.add(Image{bm, Align::left});
    const Bytes out = enc(d);
    REQUIRE(out.size() == 2 + 3 * 8 + 600 * 2);
    const std::size_t band_off[] = {2, 2 + 8 + 512, 2 + 8 + 512 + 8 + 512};
    const int band_rows[] = {256, 256, 88};
    int row = 0;
    for (int b = 0; b < 3; ++b) {
        const std::size_t o = band_off[b];
        CHECK(hex(Bytes(out.begin() + static_cast<long>(o), out.begin() + static_cast<long>(o) + 8)) ==
              hex(bytes({0x1D, 0x76, 0x30, 0, 2, 0, band_rows[b] & 0xFF, band_rows[b] >> 8})));
        for (int r = 0; r < band_rows[b]; ++r, ++row)
            CHECK(out[o + 8 + static_cast<std::size_t>(r) * 2] == static_cast<std::uint8_t>(row & 0xFF));
    }
    Document wide;
    wide.add(Image{Bitmap(600, 8)});
    CHECK_THROWS_AS(enc(wide), pos::Error);
}

TEST_CASE("cut / feed and drawer pulse") {
    Document d;
    d.add(Feed{3}).add(Cut{true}).add(Cut{false}).add(DrawerPulse{DrawerPin::pin2, 100, 100});
    d.add(DrawerPulse{DrawerPin::pin5, 50, 500});
    CHECK(hex(enc(d)) == hex(bytes({0x1B, 0x40, 0x1B, 0x64, 3, 0x1D, 0x56, 66, 0, 0x1D, 0x56, 65, 0, 0x1B, 0x70, 0,
                                    50, 50, 0x1B, 0x70, 1, 25, 250})));
    Document c;
    c.add(Cut{});
    CHECK(enc(c, "generic-58") == bytes({0x1B, 0x40, 0x1B, 0x64, 4}));  // no cutter: feed to tear bar
    Document bad;
    bad.add(DrawerPulse{DrawerPin::pin2, 1000, 100});
    CHECK_THROWS_AS(enc(bad), pos::Error);
    Profile no_drawer = find_profile("generic-58");
    no_drawer.drawer = false;
    CHECK_THROWS_AS(encode(d, no_drawer, nullptr), pos::Error);
}
