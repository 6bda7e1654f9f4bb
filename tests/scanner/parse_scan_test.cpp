// Decoded scans go through the project barcode parser (pos::parse_scan) in the app; this shows the
// hand-over: what the boot-keyboard path assembles is what parse_scan expects.
#include <doctest/doctest.h>

#include <string>

#include "core/codes/barcode.h"
#include "core/common/error.h"
#include "drivers/scanner/boot_report.h"
#include "drivers/scanner/keyboard_layout.h"
#include "drivers/scanner/scan_assembler.h"

using namespace pos::scanner;

namespace {
// Digits as a US-layout scanner sends them: key down, key up.
std::string decode_digits_and_enter(std::string_view digits) {
    BootReportDecoder dec;
    ScanAssembler asmb;
    const auto& us = KeyboardLayout::by_name("us");
    std::string code;
    pos::Timestamp t = 0;
    auto feed = [&](std::uint8_t usage) {
        const std::uint8_t down[8] = {0, 0, usage, 0, 0, 0, 0, 0};
        const std::uint8_t up[8] = {};
        for (const auto& k : dec.feed(down))
            if (auto s = asmb.feed(us.translate(k.modifiers, k.usage), t++)) code = s->code;
        CHECK(dec.feed(up).empty());
    };
    for (char c : digits) feed(c == '0' ? 0x27 : static_cast<std::uint8_t>(0x1E + (c - '1')));
    feed(0x28);
    return code;
}
}  // namespace

TEST_CASE("a decoded EAN-13 scan gives its GTIN through pos::parse_scan") {
    const std::string code = decode_digits_and_enter("4006381333931");
    REQUIRE(code == "4006381333931");
    const pos::ScanResult r = pos::parse_scan(code);
    CHECK(r.kind == pos::ScanKind::gtin);
    REQUIRE(r.gtin);
    CHECK(r.gtin->gtin14 == "04006381333931");
    CHECK(r.lookup_key == "04006381333931");
}

TEST_CASE("a decoded scan with a bad check digit is rejected with a clear message") {
    const std::string code = decode_digits_and_enter("4006381333932");
    REQUIRE(code == "4006381333932");
    try {
        pos::parse_scan(code);
        FAIL("a bad check digit must be rejected");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::invalid_input);
        CHECK(std::string(e.what()).find("bad check digit in 4006381333932: expected 1") != std::string::npos);
    }
}
