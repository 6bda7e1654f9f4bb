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

namespace {
// Any ASCII text as a US-layout scanner types it (Shift for capitals and symbols, Ctrl+] for GS),
// then Enter; returns what the boot-keyboard path assembles.
std::string type_and_enter(std::string_view text) {
    BootReportDecoder dec;
    ScanAssembler asmb;
    const auto& us = KeyboardLayout::by_name("us");
    std::string code;
    pos::Timestamp t = 0;
    auto press = [&](std::uint8_t mods, std::uint8_t usage) {
        const std::uint8_t down[8] = {mods, 0, usage, 0, 0, 0, 0, 0};
        const std::uint8_t up[8] = {};
        for (const auto& k : dec.feed(down))
            if (auto s = asmb.feed(us.translate(k.modifiers, k.usage), t++)) code = s->code;
        for (const auto& k : dec.feed(up))
            if (auto s = asmb.feed(us.translate(k.modifiers, k.usage), t++)) code = s->code;
    };
    for (const char c : text) {
        bool found = false;
        for (const std::uint8_t mods : {std::uint8_t{0}, kModLeftShift, kModLeftCtrl}) {
            for (int usage = 4; usage < 0x65 && !found; ++usage) {
                const Key k = us.translate(mods, static_cast<std::uint8_t>(usage));
                if (k.kind == KeyKind::character && k.ch == c) {
                    press(mods, static_cast<std::uint8_t>(usage));
                    found = true;
                }
            }
            if (found) break;
        }
        REQUIRE_MESSAGE(found, "no US key for character ", static_cast<int>(c));
    }
    press(0, 0x28);
    return code;
}
}  // namespace

TEST_CASE("a GS1 Digital Link URI typed by a QR scanner finds its GTIN through pos::parse_scan") {
    const std::string link = "]Q1https://id.gs1.org/01/09501101530003/10/ABC123?17=261231&linkType=gs1:pip";
    const std::string code = type_and_enter(link);
    REQUIRE(code == link);
    const pos::ScanResult r = pos::parse_scan(code);
    CHECK(r.kind == pos::ScanKind::gs1);
    CHECK(r.digital_link);
    CHECK(r.lookup_key == "09501101530003");
    CHECK(r.kept_ais_text() == "AI (10) batch/lot: ABC123; AI (17) expiry: 2026-12-31");
}

TEST_CASE("a GS1 Data Matrix with an unused AI and a trailing GS (Ctrl+]) is read; a bad pair is refused") {
    const std::string dm = "]d20109501101530003" "235TPX9\x1d" "7007261201\x1d";
    const std::string code = type_and_enter(dm);
    REQUIRE(code == dm);
    const pos::ScanResult r = pos::parse_scan(code);
    CHECK(r.lookup_key == "09501101530003");
    CHECK(r.kept_ais_text() == "AI (235) third-party serial extension (TPX): TPX9; AI (7007) harvest date: 261201");

    const std::string two_weights = type_and_enter("]d20109501101530003" "3103000750" "3202000165");
    try {
        pos::parse_scan(two_weights);
        FAIL("two net weights in different units must be refused");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::invalid_input);
        CHECK(std::string(e.what()) ==
              "GS1 AI (3202) at character 30: not allowed together with AI (3103) at character 20 (net weight in kg and in lb)");
    }
}
