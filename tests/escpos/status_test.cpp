#include "drivers/escpos/status.h"

#include "core/common/error.h"

#include <doctest/doctest.h>

using namespace pos::escpos;

TEST_CASE("DLE EOT 0x12 is all clear for every n") {
    const auto i = decode_printer_info(0x12);
    CHECK_FALSE(i.offline);
    CHECK_FALSE(i.drawer_pin3_high);
    CHECK_FALSE(decode_offline_cause(0x12).cover_open);
    const auto r = decode_roll_paper(0x12);
    CHECK_FALSE(r.near_end);
    CHECK_FALSE(r.end);
    CHECK(status_from_dle_eot(0x12, 0x12, 0x12, 0x12) == PrinterStatus{});
}

TEST_CASE("DLE EOT 0x16: drawer pin 3 high (n=1) / cover open (n=2) / recoverable error (n=3)") {
    CHECK(decode_printer_info(0x16).drawer_pin3_high);
    CHECK_FALSE(decode_printer_info(0x16).offline);
    const auto o = decode_offline_cause(0x16);
    CHECK(o.cover_open);
    CHECK_FALSE(o.paper_end_stop);
    CHECK(decode_error_cause(0x16).recoverable);
}

TEST_CASE("DLE EOT 0x1E: offline + drawer (n=1) / roll paper near end (n=4)") {
    const auto i = decode_printer_info(0x1E);
    CHECK(i.offline);
    CHECK(i.drawer_pin3_high);
    const auto r = decode_roll_paper(0x1E);
    CHECK(r.near_end);
    CHECK_FALSE(r.end);
    CHECK(decode_offline_cause(0x1E).paper_fed_by_button);
    CHECK(decode_error_cause(0x1E).autocutter);
}

TEST_CASE("DLE EOT 0x72: paper end (n=4) / stopped by paper end + error (n=2)") {
    const auto r = decode_roll_paper(0x72);
    CHECK(r.end);
    CHECK_FALSE(r.near_end);
    const auto o = decode_offline_cause(0x72);
    CHECK(o.paper_end_stop);
    CHECK(o.error);
    CHECK_FALSE(o.cover_open);
    const auto e = decode_error_cause(0x72);
    CHECK(e.unrecoverable);
    CHECK(e.auto_recoverable);
    const auto i = decode_printer_info(0x72);
    CHECK(i.waiting_online_recovery);
    CHECK(i.feed_button_pressed);
}

TEST_CASE("DLE EOT 0x7E: near end and end / combined status says paper empty") {
    const auto r = decode_roll_paper(0x7E);
    CHECK(r.near_end);
    CHECK(r.end);
    const PrinterStatus s = status_from_dle_eot(0x1A, 0x72, 0x12, 0x7E);
    CHECK_FALSE(s.online);
    CHECK(s.paper == PaperState::empty);
    CHECK_FALSE(s.cover_open);
    CHECK(status_from_dle_eot(0x12, 0x12, 0x12, 0x1E).paper == PaperState::near_end);
}

TEST_CASE("bytes without the fixed bits 0xx1xx10 are rejected") {
    for (int b : {0x00, 0x10, 0x13, 0x11, 0x02, 0x92, 0xFF, 0x14}) {
        CAPTURE(b);
        CHECK_FALSE(is_dle_eot_reply(static_cast<std::uint8_t>(b)));
        CHECK_THROWS_AS(decode_printer_info(static_cast<std::uint8_t>(b)), pos::Error);
        CHECK_THROWS_AS(decode_roll_paper(static_cast<std::uint8_t>(b)), pos::Error);
    }
    CHECK_THROWS_AS(status_from_dle_eot(0x12, 0x12, 0x12, 0x13), pos::Error);
}

TEST_CASE("ASB messages decode drawer / offline / cover / errors and paper sensors") {
    CHECK(decode_asb({0x10, 0x00, 0x00, 0x00}) == PrinterStatus{});
    const auto cover = decode_asb({0x38, 0x00, 0x00, 0x00});
    CHECK(cover.cover_open);
    CHECK_FALSE(cover.online);
    const auto empty = decode_asb({0x18, 0x00, 0x0C, 0x00});
    CHECK(empty.paper == PaperState::empty);
    const auto near = decode_asb({0x14, 0x00, 0x03, 0x00});
    CHECK(near.paper == PaperState::near_end);
    CHECK(near.drawer_pin3_high);
    CHECK(near.online);
    const auto cutter = decode_asb({0x18, 0x08, 0x00, 0x00});
    CHECK(cutter.autocutter_error);
    CHECK(cutter.has_error());
    CHECK_THROWS_AS(decode_asb({0x12, 0x00, 0x00, 0x00}), pos::Error);  // a DLE EOT reply, not ASB
    CHECK_THROWS_AS(decode_asb({0x10, 0x10, 0x00, 0x00}), pos::Error);  // byte 2 has bit 4 set
    CHECK_THROWS_AS(decode_asb({0x10, 0x00, 0x00, 0x80}), pos::Error);
}

TEST_CASE("IN pipe bytes are classified and split into messages") {
    CHECK(classify_in_byte(0x11) == InByteKind::xon);
    CHECK(classify_in_byte(0x13) == InByteKind::xoff);
    CHECK(classify_in_byte(0x12) == InByteKind::dle_eot_reply);
    CHECK(classify_in_byte(0x7E) == InByteKind::dle_eot_reply);
    CHECK(classify_in_byte(0x10) == InByteKind::asb_first);
    CHECK(classify_in_byte(0x3C) == InByteKind::asb_first);
    CHECK(classify_in_byte(0x0C) == InByteKind::asb_following);
    CHECK(classify_in_byte(0x80) == InByteKind::unknown);

    InPipeSplitter sp;
    const std::uint8_t part1[] = {0x12, 0x18, 0x00};
    const std::uint8_t part2[] = {0x0C, 0x00, 0x13, 0x11};
    auto m1 = sp.feed(part1, sizeof part1);
    REQUIRE(m1.size() == 1);
    CHECK(std::get<InDleEot>(m1[0]).byte == 0x12);
    auto m2 = sp.feed(part2, sizeof part2);
    REQUIRE(m2.size() == 3);
    CHECK(std::get<InAsb>(m2[0]).bytes == std::array<std::uint8_t, 4>{0x18, 0x00, 0x0C, 0x00});
    CHECK(std::holds_alternative<InXoff>(m2[1]));
    CHECK(std::holds_alternative<InXon>(m2[2]));
    // An interrupted ASB message is reported byte by byte, then parsing resynchronises.
    const std::uint8_t broken[] = {0x10, 0x00, 0x12};
    auto m3 = sp.feed(broken, sizeof broken);
    REQUIRE(m3.size() == 3);
    CHECK(std::get<InOther>(m3[0]).byte == 0x10);
    CHECK(std::get<InOther>(m3[1]).byte == 0x00);
    CHECK(std::get<InDleEot>(m3[2]).byte == 0x12);
}

TEST_CASE("edge detector emits UnifiedPOS events only on change") {
    StatusEdgeDetector det;
    using E = StatusEvent;
    PrinterStatus s;
    CHECK(det.update(s) == std::vector<E>{E::power_online, E::cover_ok, E::rec_paper_ok, E::drawer_closed});
    CHECK(det.update(s).empty());
    s.cover_open = true;
    s.online = false;
    CHECK(det.update(s) == std::vector<E>{E::power_offline, E::cover_open});
    s.paper = PaperState::near_end;
    CHECK(det.update(s) == std::vector<E>{E::rec_near_empty});
    s.cover_open = false;
    s.online = true;
    CHECK(det.update(s) == std::vector<E>{E::power_online, E::cover_ok, E::idle});
    s.paper = PaperState::empty;
    s.drawer_pin3_high = true;
    CHECK(det.update(s) == std::vector<E>{E::rec_empty, E::drawer_opened});
    s.paper = PaperState::ok;
    s.drawer_pin3_high = false;
    CHECK(det.update(s) == std::vector<E>{E::rec_paper_ok, E::drawer_closed, E::idle});
    CHECK(upos_code(E::cover_open) == 11);
    CHECK(upos_code(E::rec_near_empty) == 25);
    CHECK(upos_code(E::idle) == 1001);
    CHECK(std::string(event_name(E::rec_empty)) == "PTR_SUE_REC_EMPTY");

    StatusEdgeDetector inverted(false);  // this drawer reads LOW on pin 3 when open
    CHECK(inverted.update(PrinterStatus{}).back() == E::drawer_opened);
}
