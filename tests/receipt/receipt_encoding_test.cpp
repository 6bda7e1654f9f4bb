// What reaches the printer: Chinese receipts in the printer's GB18030/Big5 text, Russian in its
// Cyrillic code page, Vietnamese as raster text, and a QR code that zbarimg reads back from the
// virtual printer's PNG.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <memory>

#include "drivers/escpos/png_writer.h"
#include "core/sale/receipt_qr.h"
#include "receipt/receipt_render.h"
#include "receipt/receipt_test_data.h"

using namespace pos;
using namespace receipt_test;

namespace {

struct Encoded {
    Bytes bytes;
    std::string text;
    std::vector<std::string> qr;
};

Encoded encode_for(const receipt::ReceiptData& d, const std::string& profile_name) {
    const escpos::Profile& profile = escpos::find_profile(profile_name);
    Encoded e;
    e.bytes = receipt::encode_receipt(receipt::sale_receipt(d, receipt::receipt_options_for(profile)), profile, d.store.lang);
    escpos::VirtualPrinter vp(profile, rasterizer());
    vp.feed(e.bytes);
    REQUIRE(vp.unknown_commands().empty());
    e.text = vp.text();
    e.qr = vp.qr_codes();
    return e;
}

std::string run(const std::string& cmd) {
    std::string out;
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    REQUIRE(pipe);
    char buf[256];
    while (std::fgets(buf, sizeof buf, pipe.get()) != nullptr) out += buf;
    return out;
}

}  // namespace

TEST_CASE("a Chinese sale on xprinter-80 goes out as GB18030 text, not raster") {
    use_utc();
    const auto d = localized_sale(Lang::zh_CN, "CNY", "莲花家居", {"米兰三人沙发（橡木腿，灰色亚麻）", "台灯", "送货"});
    const Encoded e = encode_for(d, "xprinter-80");
    CHECK(contains(e.bytes, {0xBA, 0xCF, 0xBC, 0xC6}));  // 合计
    CHECK(contains(e.bytes, {0xD0, 0xA1, 0xBC, 0xC6}));  // 小计
    CHECK_FALSE(has_raster(e.bytes));
    CHECK(e.text.find("台灯\n  2 x 299.00                              598.00\n") != std::string::npos);
    CHECK(e.text.find("合计 CNY        6,697.15\n") != std::string::npos);
    CHECK(e.text.find("银行卡 **2345                           5,000.00\n") != std::string::npos);
    CHECK(e.text.find("找零                                      302.85\n") != std::string::npos);
    CHECK(e.qr == std::vector<std::string>{"POS-R:000123"});
}

TEST_CASE("a Traditional Chinese sale on xprinter-80-big5 goes out as Big5 text") {
    use_utc();
    const auto d = localized_sale(Lang::zh_TW, "TWD", "蓮花家居", {"米蘭三人沙發", "檯燈", "運送"});
    const Encoded e = encode_for(d, "xprinter-80-big5");
    CHECK(contains(e.bytes, {0xA6, 0x58, 0xAD, 0x70}));  // 合計
    CHECK_FALSE(has_raster(e.bytes));
    CHECK(e.text.find("合計 TWD        6,697.15\n") != std::string::npos);
}

TEST_CASE("a Russian sale on epson-tm-t20 goes out in a Cyrillic code page, not raster") {
    use_utc();
    const auto d = localized_sale(Lang::ru, "RUB", "Дом Лотос", {"Диван Милан трёхместный, дуб, серый лён", "Лампа настольная", "Доставка"});
    const Encoded e = encode_for(d, "epson-tm-t20");
    CHECK(contains(e.bytes, {0x1B, 0x74, 17}));                 // ESC t 17: CP866
    CHECK(contains(e.bytes, {0x88, 0x92, 0x8E, 0x83, 0x8E}));  // ИТОГО in CP866
    CHECK_FALSE(has_raster(e.bytes));
    CHECK(e.text.find("ИТОГО RUB       6\u00A0697,15\n") != std::string::npos);
    CHECK(e.text.find("Лампа настольная\n  2 x 299,00                              598,00\n") != std::string::npos);
    CHECK(e.text.find("6,00%                     141,51            8,49\n") != std::string::npos);
    CHECK(e.text.find("  скидка 15%                           -1\u00A0049,85\n") != std::string::npos);
}

TEST_CASE("a Vietnamese sale is raster text with a native QR code") {
    use_utc();
    auto d = localized_sale(Lang::vi, "VND", "Nhà Hoa Sen", {"Sofa Milan ba chỗ", "Đèn bàn", "Giao hàng"});
    const Encoded e = encode_for(d, "epson-tm-t88");
    CHECK(has_raster(e.bytes));
    CHECK(e.text.find("TỔNG") == std::string::npos);  // drawn, not sent as text
    CHECK(e.qr == std::vector<std::string>{"POS-R:000123"});
}

TEST_CASE("the QR code on the printed receipt decodes back to the receipt number") {
    use_utc();
    for (const char* profile_name : {"epson-tm-t20", "generic-58"}) {
        CAPTURE(profile_name);
        const escpos::Profile& profile = escpos::find_profile(profile_name);
        const receipt::ReceiptData d = english_sale();
        const Bytes bytes = receipt::encode_receipt(receipt::sale_receipt(d, receipt::receipt_options_for(profile)), profile, d.store.lang);
        const std::string png = (std::filesystem::temp_directory_path() / ("receipt-qr-" + std::string(profile_name) + ".png")).string();
        receipt::write_receipt_png(bytes, profile, d.store.lang, png);
        const std::string decoded = run("zbarimg --raw -q -Sdisable -Sqrcode.enable '" + png + "'");
        std::filesystem::remove(png);
        CHECK(decoded == "POS-R:000123\n");
        CHECK(receipt::parse_receipt_qr(decoded.substr(0, decoded.size() - 1)) == 123);
    }
}
