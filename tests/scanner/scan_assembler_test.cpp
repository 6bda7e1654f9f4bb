// Scan assembly: terminators, idle gap, max length, unmapped keys.
#include <doctest/doctest.h>

#include <string_view>

#include "drivers/scanner/scan_assembler.h"

using namespace pos::scanner;
using pos::Timestamp;

namespace {
Key c(char ch) { return Key{KeyKind::character, ch, 0, 0}; }
const Key kEnter{KeyKind::enter, 0, 0x28, 0};
const Key kTab{KeyKind::tab, 0, 0x2B, 0};

// Feeds text one key every `step` ms from t0; returns scans completed on the way.
std::vector<AssembledScan> type(ScanAssembler& a, std::string_view text, Timestamp t0, Timestamp step) {
    std::vector<AssembledScan> out;
    Timestamp t = t0;
    for (char ch : text) {
        const Key k = ch == '\r' ? kEnter : ch == '\t' ? kTab : c(ch);
        if (auto s = a.feed(k, t)) out.push_back(*s);
        t += step;
    }
    return out;
}
}  // namespace

TEST_CASE("Enter ends a scan - the terminator is not part of the code") {
    ScanAssembler a;
    const auto scans = type(a, "4006381333931\r", 1000, 2);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].code == "4006381333931");
    CHECK(scans[0].end == ScanEnd::enter);
    CHECK(scans[0].ok());
    CHECK_FALSE(a.pending());
    CHECK_FALSE(a.deadline());
}

TEST_CASE("Tab ends a scan unless configured to be kept") {
    ScanAssembler a;
    auto scans = type(a, "SOFA-001\t", 0, 3);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].code == "SOFA-001");
    CHECK(scans[0].end == ScanEnd::tab);

    ScanAssembler keep(AssemblerConfig{std::chrono::milliseconds{50}, 256, false});
    scans = type(keep, "A\tB\r", 0, 3);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].code == "A\tB");
}

TEST_CASE("an idle gap ends a scan without suffix, exactly at the configured gap") {
    ScanAssembler a(AssemblerConfig{std::chrono::milliseconds{50}, 256, true});
    CHECK(type(a, "123", 100, 5).empty());  // keys at 100, 105, 110
    REQUIRE(a.deadline());
    CHECK(*a.deadline() == 160);
    CHECK_FALSE(a.poll(159));
    const auto s = a.poll(160);
    REQUIRE(s);
    CHECK(s->code == "123");
    CHECK(s->end == ScanEnd::idle);
    CHECK_FALSE(a.poll(1000));
}

TEST_CASE("a key after the gap completes the previous scan and starts the next one") {
    ScanAssembler a;
    CHECK(type(a, "12", 0, 5).empty());
    const auto first = a.feed(c('3'), 100);
    REQUIRE(first);
    CHECK(first->code == "12");
    CHECK(first->end == ScanEnd::idle);
    const auto second = a.feed(kEnter, 102);
    REQUIRE(second);
    CHECK(second->code == "3");
    // Enter arriving after the gap: the scan was completed by the gap, the Enter adds nothing
    CHECK(type(a, "45", 200, 5).empty());
    const auto late = a.feed(kEnter, 400);
    REQUIRE(late);
    CHECK(late->code == "45");
    CHECK(late->end == ScanEnd::idle);
    CHECK_FALSE(a.pending());
}

TEST_CASE("Enter or Tab alone completes nothing") {
    ScanAssembler a;
    CHECK_FALSE(a.feed(kEnter, 0));
    CHECK_FALSE(a.feed(kTab, 1));
    CHECK(type(a, "\r\r7\r", 10, 1).size() == 1);
}

TEST_CASE("a scan over max_length is cut and flagged") {
    ScanAssembler a(AssemblerConfig{std::chrono::milliseconds{50}, 5, true});
    const auto scans = type(a, "1234567\r", 0, 1);
    REQUIRE(scans.size() == 1);
    CHECK(scans[0].code == "12345");
    CHECK(scans[0].too_long);
    CHECK_FALSE(scans[0].ok());
    const auto next = type(a, "12\r", 10, 1);
    REQUIRE(next.size() == 1);
    CHECK_FALSE(next[0].too_long);
}

TEST_CASE("unmapped keys are counted with the first usage and make the scan not ok") {
    ScanAssembler a;
    a.feed(c('A'), 0);
    a.feed(Key{KeyKind::unmapped, 0, 0x33, 0}, 1);
    a.feed(Key{KeyKind::unmapped, 0, 0x2D, 0}, 2);
    const auto s = a.feed(kEnter, 3);
    REQUIRE(s);
    CHECK(s->code == "A");
    CHECK(s->unmapped_keys == 2);
    CHECK(s->first_unmapped_usage == 0x33);
    CHECK_FALSE(s->ok());
}
