// Boot keyboard reports -> key presses.
#include <doctest/doctest.h>

#include <array>

#include "drivers/scanner/boot_report.h"

using namespace pos::scanner;

namespace {
using Report = std::array<std::uint8_t, 8>;
std::vector<KeyPress> feed(BootReportDecoder& d, const Report& r) { return d.feed(r); }
}  // namespace

TEST_CASE("key down then key up gives one press - the key-up report gives none") {
    BootReportDecoder d;
    CHECK(feed(d, {0, 0, 0x04, 0, 0, 0, 0, 0}) == std::vector<KeyPress>{{0, 0x04}});
    CHECK(feed(d, {}).empty());
    CHECK(feed(d, {0x02, 0, 0x04, 0, 0, 0, 0, 0}) == std::vector<KeyPress>{{0x02, 0x04}});
}

TEST_CASE("a held key is pressed once - the same key after a key-up is pressed again") {
    BootReportDecoder d;
    CHECK(feed(d, {0, 0, 0x27, 0, 0, 0, 0, 0}).size() == 1);
    CHECK(feed(d, {0, 0, 0x27, 0, 0, 0, 0, 0}).empty());
    CHECK(feed(d, {}).empty());
    CHECK(feed(d, {0, 0, 0x27, 0, 0, 0, 0, 0}) == std::vector<KeyPress>{{0, 0x27}});
}

TEST_CASE("several keys in one report come in slot order - only new keys count") {
    BootReportDecoder d;
    CHECK(feed(d, {0, 0, 0x05, 0x04, 0, 0, 0, 0}) == std::vector<KeyPress>{{0, 0x05}, {0, 0x04}});
    CHECK(feed(d, {0, 0, 0x04, 0x06, 0, 0, 0, 0}) == std::vector<KeyPress>{{0, 0x06}});
    // a different key without key-up in between (some scanners skip the release)
    CHECK(feed(d, {0, 0, 0x07, 0, 0, 0, 0, 0}) == std::vector<KeyPress>{{0, 0x07}});
}

TEST_CASE("rollover (phantom) reports are ignored and keep the previous state") {
    BootReportDecoder d;
    CHECK(feed(d, {0, 0, 0x04, 0, 0, 0, 0, 0}).size() == 1);
    CHECK(feed(d, {0, 0, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01}).empty());
    CHECK(d.rollover() == 1);
    CHECK(feed(d, {0, 0, 0x04, 0, 0, 0, 0, 0}).empty());  // still held: not a new press
    CHECK(feed(d, {0, 0, 0x04, 0x05, 0, 0, 0, 0}) == std::vector<KeyPress>{{0, 0x05}});
}

TEST_CASE("modifier usages in key slots are skipped - wrong-sized reports are counted and ignored") {
    BootReportDecoder d;
    CHECK(feed(d, {0x02, 0, 0xE1, 0x16, 0, 0, 0, 0}) == std::vector<KeyPress>{{0x02, 0x16}});
    const std::array<std::uint8_t, 3> short_report{0, 0, 0x04};
    CHECK(d.feed(short_report).empty());
    CHECK(d.malformed() == 1);
    d.reset();
    CHECK(feed(d, {0x02, 0, 0x16, 0, 0, 0, 0, 0}) == std::vector<KeyPress>{{0x02, 0x16}});
}
