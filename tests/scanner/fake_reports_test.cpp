// Cross-check of the decoding chain against the reports FakeHidScanner would send (its own US
// table, written independently of keyboard_layout.cpp): every character it can type round-trips.
#include <doctest/doctest.h>

#include <string>

#include "drivers/scanner/boot_report.h"
#include "drivers/scanner/keyboard_layout.h"
#include "drivers/scanner/scan_assembler.h"
#include "support/fakeusb/fake_hid_scanner.h"

using namespace pos::scanner;

TEST_CASE("every printable ASCII character and GS typed by a US scanner decodes back") {
    std::string text;
    for (char c = ' '; c <= '~'; ++c) text += c;
    text += '\x1d';
    BootReportDecoder dec;
    ScanAssembler asmb(AssemblerConfig{std::chrono::milliseconds{50}, 1024, true});
    const auto& us = KeyboardLayout::by_name("us");
    std::optional<AssembledScan> scan;
    pos::Timestamp t = 0;
    for (const auto& r : pos::fakeusb::FakeHidScanner::reports_for(text + "\r"))
        for (const auto& k : dec.feed(r))
            if (auto s = asmb.feed(us.translate(k.modifiers, k.usage), t++)) scan = s;
    REQUIRE(scan);
    CHECK(scan->ok());
    CHECK(scan->code == text);
}
