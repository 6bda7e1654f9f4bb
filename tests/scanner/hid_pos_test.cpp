// HID POS: report descriptor inspection and Scanned Data Report decoding with hand-made reports.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/common/error.h"
#include "drivers/scanner/hid_pos.h"

using namespace pos::scanner;

namespace {

// Boot keyboard report descriptor, HID 1.11 appendix B.1 (written out from the spec).
const std::vector<std::uint8_t> kKeyboardDescriptor{
    0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x05, 0x07, 0x19, 0xE0, 0x29, 0xE7, 0x15, 0x00, 0x25, 0x01,
    0x75, 0x01, 0x95, 0x08, 0x81, 0x02, 0x95, 0x01, 0x75, 0x08, 0x81, 0x01, 0x95, 0x06, 0x75, 0x08,
    0x15, 0x00, 0x25, 0x65, 0x05, 0x07, 0x19, 0x00, 0x29, 0x65, 0x81, 0x00, 0xC0};

// A HID POS scanner: Bar Code Scanner application collection, report id 2 = Scanned Data Report
// (logical collection 0x12) with symbology identifier and decoded data fields.
const std::vector<std::uint8_t> kPosDescriptor{
    0x05, 0x8C, 0x09, 0x02, 0xA1, 0x01,        // Usage Page (Bar Code Scanner), Usage (Bar Code Scanner), App
    0x09, 0x12, 0xA1, 0x02,                    // Usage (Scanned Data Report), Collection (Logical)
    0x85, 0x02,                                // Report ID 2
    0x15, 0x00, 0x26, 0xFF, 0x00, 0x75, 0x08,  // Logical 0..255, 8 bits
    0x95, 0x01, 0x09, 0xFB, 0x81, 0x02,        // Symbology Identifier 1
    0x95, 0x38, 0x09, 0xFE, 0x82, 0x02, 0x01,  // Decoded Data, 56 bytes (2-byte main item data)
    0xC0, 0xC0};

// A composite: keyboard collection with report id 1, then a scanner collection using an extended
// (4-byte) usage 0x008C0002.
const std::vector<std::uint8_t> kCompositeDescriptor{
    0x05, 0x01, 0x09, 0x06, 0xA1, 0x01, 0x85, 0x01, 0xC0,
    0x0B, 0x02, 0x00, 0x8C, 0x00, 0xA1, 0x01, 0x85, 0x02, 0xC0};

std::vector<std::uint8_t> honeywell_report(std::string_view aim, std::string_view data, bool more,
                                           std::uint8_t code_id = 'd') {
    std::vector<std::uint8_t> r(64, 0);
    r[0] = 0x02;
    r[1] = static_cast<std::uint8_t>(data.size());
    for (std::size_t i = 0; i < aim.size(); ++i) r[2 + i] = static_cast<std::uint8_t>(aim[i]);
    for (std::size_t i = 0; i < data.size(); ++i) r[5 + i] = static_cast<std::uint8_t>(data[i]);
    r[61] = code_id;
    r[63] = more ? 1 : 0;
    return r;
}

}  // namespace

TEST_CASE("report descriptor: a boot keyboard is a keyboard without report ids") {
    const auto info = parse_report_descriptor(kKeyboardDescriptor);
    CHECK(info.applications == std::vector<HidCollection>{{0x01, 0x06}});
    CHECK(info.is_keyboard());
    CHECK_FALSE(info.is_barcode_scanner());
    CHECK_FALSE(info.uses_report_ids);
}

TEST_CASE("report descriptor: a HID POS scanner has a page 0x8C application collection") {
    const auto info = parse_report_descriptor(kPosDescriptor);
    CHECK(info.applications == std::vector<HidCollection>{{0x8C, 0x02}});  // the logical 0x12 is not an application
    CHECK(info.is_barcode_scanner());
    CHECK_FALSE(info.is_keyboard());
    CHECK(info.uses_report_ids);

    const auto composite = parse_report_descriptor(kCompositeDescriptor);
    CHECK(composite.applications == std::vector<HidCollection>{{0x01, 0x06}, {0x8C, 0x02}});
    CHECK(composite.is_keyboard());
    CHECK(composite.is_barcode_scanner());
}

TEST_CASE("report descriptor: a truncated item is an error") {
    const std::vector<std::uint8_t> truncated{0x05, 0x8C, 0x0B, 0x02, 0x00};
    CHECK_THROWS_AS(parse_report_descriptor(truncated), pos::Error);
    CHECK(parse_report_descriptor(std::vector<std::uint8_t>{}).applications.empty());
}

TEST_CASE("the layout table knows Honeywell's 64-byte Scanned Data Report") {
    REQUIRE(hid_pos_layouts().size() == 1);
    const HidPosLayout& l = hid_pos_layout_for(0x0c2e);
    CHECK(l.name == "honeywell");
    CHECK(l.report_id == 0x02);
    CHECK(l.report_size == 64);
    CHECK(l.data_offset == 5);
    CHECK(l.data_capacity == 56);
    CHECK(l.data_offset + l.data_capacity == l.vendor_code_offset);
    CHECK(&hid_pos_layout_for(0x05e0) == &l);  // other vendors: the same common layout
}

TEST_CASE("one report: AIM identifier, data and vendor code id") {
    HidPosDecoder d(hid_pos_layout_for(0x0c2e));
    const auto scan = d.feed(honeywell_report("]E0", "4006381333931", false));
    REQUIRE(scan);
    CHECK(scan->aim == "]E0");
    CHECK(scan->data == "4006381333931");
    CHECK(scan->vendor_code == 'd');
}

TEST_CASE("a long code spans reports until the continuation byte is zero") {
    HidPosDecoder d(hid_pos_layout_for(0x0c2e));
    const std::string part1(56, 'A');
    const std::string part2 = "\x1d" "10ABC123";
    CHECK_FALSE(d.feed(honeywell_report("]d2", part1, true)));
    const auto scan = d.feed(honeywell_report("", part2, false, 0));
    REQUIRE(scan);
    CHECK(scan->aim == "]d2");  // from the first report
    CHECK(scan->data == part1 + part2);
    CHECK(scan->data.size() == 65);
}

TEST_CASE("other report ids are ignored - no AIM identifier gives an empty aim") {
    HidPosDecoder d(hid_pos_layout_for(0x0c2e));
    auto other = honeywell_report("]E0", "123", false);
    other[0] = 0x04;
    CHECK_FALSE(d.feed(other));
    const auto scan = d.feed(honeywell_report("", "SOFA-001", false));
    REQUIRE(scan);
    CHECK(scan->aim.empty());
    CHECK(scan->data == "SOFA-001");
}

TEST_CASE("malformed reports are readable errors and reset the decoder") {
    HidPosDecoder d(hid_pos_layout_for(0x0c2e), 100);
    auto bad_length = honeywell_report("]E0", "1", false);
    bad_length[1] = 57;
    try {
        d.feed(bad_length);
        FAIL("length 57 must be rejected");
    } catch (const pos::Error& e) {
        CHECK(std::string(e.what()) == "HID POS scanner: data length 57 exceeds the report's 56 bytes");
    }
    const std::vector<std::uint8_t> short_report{0x02, 3, ']', 'E', '0', '1', '2', '3'};
    try {
        d.feed(short_report);
        FAIL("short report must be rejected");
    } catch (const pos::Error& e) {
        CHECK(std::string(e.what()) == "HID POS scanner: report of 8 bytes, expected 64");
    }
    CHECK_FALSE(d.feed(honeywell_report("]C0", std::string(56, '1'), true)));
    CHECK_THROWS_WITH(d.feed(honeywell_report("", std::string(56, '2'), true)),
                      "HID POS scanner: code longer than 100 characters");
    const auto scan = d.feed(honeywell_report("]E0", "96385074", false));
    REQUIRE(scan);
    CHECK(scan->aim == "]E0");
    CHECK(scan->data == "96385074");
}
