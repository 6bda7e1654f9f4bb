// Round trip: encode a document, interpret the bytes with the virtual printer, save the receipt
// as PNG in the build dir, and decode barcodes and QR codes back with zbarimg.
#include "drivers/escpos/encoder.h"
#include "drivers/escpos/png_writer.h"
#include "drivers/escpos/virtual_printer.h"

#include "escpos/escpos_test_util.h"

#include <doctest/doctest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

using namespace pos::escpos;
using namespace escpos_test;

namespace {

std::string out_path(const std::string& name) { return std::string(ESCPOS_OUT_DIR) + "/" + name; }

bool have_zbarimg() { return std::system("command -v zbarimg >/dev/null 2>&1") == 0; }

// Runs zbarimg on a PNG and returns its stdout ("EAN-13:4006381333931\n" ...).
std::string zbarimg(const std::string& png, const std::string& options = "") {
    const std::string cmd = "zbarimg --quiet " + options + " '" + png + "' 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    REQUIRE(pipe != nullptr);
    std::string out;
    std::array<char, 256> buf{};
    while (std::fgets(buf.data(), static_cast<int>(buf.size()), pipe.get()) != nullptr) out += buf.data();
    return out;
}

// Prints a document on a virtual printer of the profile and saves the receipt.
struct Printed {
    std::string text;
    std::vector<std::string> unknown;
    std::vector<std::string> events;
    Bitmap receipt;
};

Printed print(const Document& doc, const char* profile, const std::string& png,
              const TextRasterizer& r = rasterizer()) {
    const Profile& p = find_profile(profile);
    VirtualPrinter vp(p, r);
    vp.feed(encode(doc, p, &r));
    Printed out{vp.text(), vp.unknown_commands(), vp.events(), vp.receipt()};
    write_png(out.receipt, out_path(png));
    return out;
}

int black_pixels(const Bitmap& bm) {
    int n = 0;
    for (int y = 0; y < bm.height; ++y)
        for (int x = 0; x < bm.width; ++x) n += bm.get(x, y) ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("EAN-13 and CODE128 survive encoder -> virtual printer -> PNG -> zbarimg") {
    if (!have_zbarimg()) {
        MESSAGE("SKIPPED: zbarimg not found (install zbar-tools)");
        return;
    }
    Document ean;
    ean.add(Feed{2}).add(Barcode{Symbology::ean13, "400638133393", 120, 3}).add(Feed{2});
    const Printed e = print(ean, "epson-tm-t20", "roundtrip_ean13.png");
    CHECK(e.unknown.empty());
    CHECK(zbarimg(out_path("roundtrip_ean13.png")) == "EAN-13:4006381333931\n");

    Document c128;
    c128.add(Feed{2}).add(Barcode{Symbology::code128, "SKU-{42}/x", 120, 2}).add(Feed{2});
    const Printed c = print(c128, "generic-58", "roundtrip_code128.png");
    CHECK(c.unknown.empty());
    CHECK(zbarimg(out_path("roundtrip_code128.png")) == "CODE-128:SKU-{42}/x\n");
}

TEST_CASE("native and raster QR codes decode back to the input") {
    if (!have_zbarimg()) {
        MESSAGE("SKIPPED: zbarimg not found (install zbar-tools)");
        return;
    }
    const std::string data = "https://ex.am/ple?id=42&sale=2026-11-23";
    Document d;
    d.add(QrCode{data, 5, QrEcc::Q});
    print(d, "epson-tm-t88", "roundtrip_qr_native.png");
    CHECK(zbarimg(out_path("roundtrip_qr_native.png")) == "QR-Code:" + data + "\n");
    const Printed r = print(d, "generic-58", "roundtrip_qr_raster.png");
    CHECK(r.unknown.empty());
    CHECK(zbarimg(out_path("roundtrip_qr_raster.png")) == "QR-Code:" + data + "\n");
    // UTF-8 payloads are stored as raw bytes (no ECI); zbar guesses a charset for text output,
    // so compare the raw bytes.
    const std::string utf8 = "Диван 沙发 Cảm ơn";
    Document u;
    u.add(QrCode{utf8, 4, QrEcc::M});
    print(u, "generic-58", "roundtrip_qr_utf8.png");
    CHECK(zbarimg(out_path("roundtrip_qr_utf8.png"), "--raw -Sbinary") == utf8);
}

TEST_CASE("Chinese receipt on xprinter-80 decodes back to the same text") {
    Document d;
    d.add(Text{"展厅家具", {.bold = true, .width = 2, .height = 2, .align = Align::center}});
    d.add(Row{"沙发 x1", "¥3,999.00"});
    d.add(Row{"茶几", "¥899.00"});
    d.add(Rule{});
    d.add(Text{"谢谢光临！欢迎再来", {.align = Align::center}});
    d.add(Cut{});
    const Printed p = print(d, "xprinter-80", "receipt_zh_cn.png");
    CHECK(p.unknown.empty());
    CHECK(p.text == "展厅家具\n"
                    "沙发 x1" + std::string(32, ' ') + "¥3,999.00\n"
                    "茶几" + std::string(37, ' ') + "¥899.00\n" +
                    std::string(48, '-') + "\n"
                    "谢谢光临！欢迎再来\n");
    CHECK(p.events == std::vector<std::string>{"cut partial"});
    CHECK(black_pixels(p.receipt) > 2000);
}

TEST_CASE("Traditional Chinese on the Big5 model decodes back") {
    Document d;
    d.add(Text{"沙發 茶几 謝謝光臨"});
    const TextRasterizer traditional(resolve_fonts(), CjkGlyphs::traditional);
    const Printed p = print(d, "xprinter-80-big5", "receipt_zh_tw.png", traditional);
    CHECK(p.unknown.empty());
    CHECK(p.text == "沙發 茶几 謝謝光臨\n");
}

TEST_CASE("Russian receipt on Epson decodes back / drawer pulse is noted") {
    Document d;
    d.add(Text{"Салон мебели", {.bold = true, .height = 2, .align = Align::center}});
    d.add(Row{"Диван угловой", "45 990,00 ₽"});
    d.add(Row{"Итого", "45 990,00"});
    d.add(Text{"Спасибо за покупку!", {.underline = true}});
    d.add(DrawerPulse{});
    const Printed p = print(d, "epson-tm-t20", "receipt_ru.png");
    CHECK(p.unknown.empty());
    // ₽ is in no code page of the profile, so that row is raster text and is not in text().
    CHECK(p.text == "Салон мебели\n"
                    "Итого" + std::string(34, ' ') + "45 990,00\n"
                    "Спасибо за покупку!\n");
    CHECK(p.events == std::vector<std::string>{"drawer pulse pin 2 on 100 ms off 100 ms"});
}

TEST_CASE("Vietnamese receipt prints as raster text") {
    Document d;
    d.add(Text{"Cửa hàng nội thất", {.bold = true, .height = 2, .align = Align::center}});
    d.add(Row{"Ghế sofa góc", "12.990.000 ₫"});
    d.add(Text{"Cảm ơn quý khách! Hẹn gặp lại. Điện thoại: 028 3822 1234, địa chỉ: 12 Lê Lợi, Quận 1"});
    const Printed p = print(d, "epson-tm-t20", "receipt_vi.png");
    CHECK(p.unknown.empty());
    CHECK(p.text.empty());  // everything went as GS v 0
    CHECK(black_pixels(p.receipt) > 3000);
    // Double-height title line (48 px -> 72 rows) + row (36) + wrapped paragraph (2 x 36).
    CHECK(p.receipt.height == 72 + 36 + 72);
}

TEST_CASE("virtual printer lists commands it does not know") {
    const Profile& p = find_profile("epson-tm-t20");
    VirtualPrinter vp(p, rasterizer());
    vp.feed(bytes({0x1B, 0x40, 'A', 0x1B, 0x78, 'B', 0x07, 0x1D, 0x2F, 0x0A}));
    CHECK(vp.text() == "AB\n");
    CHECK(vp.unknown_commands() ==
          std::vector<std::string>{"ESC 0x78 at byte 3", "control 0x07 at byte 6", "GS 0x2F at byte 7"});
    // Commands split across feeds are kept until complete.
    VirtualPrinter v2(p, rasterizer());
    v2.feed(bytes({0x1B}));
    v2.feed(bytes({0x74, 0x11, 0x8F}));
    v2.feed(bytes({0x0A, 0x10, 0x04, 0x01}));
    CHECK(v2.text() == "П\n");
    CHECK(v2.events() == std::vector<std::string>{"DLE EOT 1"});
    CHECK(v2.unknown_commands().empty());
}

TEST_CASE("Vietnamese words without tone marks go out in WPC1258 text and read back whole") {
    // "Đèn bàn" and "Giao hàng" are in WPC1258 as single bytes; glibc's CP1258 decoder holds a letter
    // back until it knows no tone mark follows, so the virtual printer must flush it.
    Document d;
    d.add(Row{"Đèn bàn", "599.000"});
    d.add(Row{"Giao hàng", "2026-12-18"});
    const Printed p = print(d, "epson-tm-t88", "receipt_vi_text.png");
    CHECK(p.unknown.empty());
    CHECK(p.text == "Đèn bàn" + std::string(34, ' ') + "599.000\n"
                    "Giao hàng" + std::string(29, ' ') + "2026-12-18\n");
}
