#include "drivers/escpos/status.h"

#include "core/common/error.h"

#include <cstdio>

namespace pos::escpos {

namespace {

bool bit(std::uint8_t b, int n) { return ((static_cast<unsigned>(b) >> n) & 1u) != 0; }

std::string hex(std::uint8_t b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
    return buf;
}

void require_reply(std::uint8_t b, const char* what) {
    if (!is_dle_eot_reply(b))
        throw Error(Errc::invalid_input,
                    std::string("printer status byte ") + hex(b) + " is not a DLE EOT reply (" + what + ")");
}

bool healthy(const PrinterStatus& s) {
    return s.online && !s.cover_open && s.paper != PaperState::empty && !s.has_error();
}

}  // namespace

bool is_dle_eot_reply(std::uint8_t b) noexcept { return (b & 0x93u) == 0x12u; }

PrinterInfo decode_printer_info(std::uint8_t b) {
    require_reply(b, "n=1");
    return {bit(b, 2), bit(b, 3), bit(b, 5), bit(b, 6)};
}

OfflineCause decode_offline_cause(std::uint8_t b) {
    require_reply(b, "n=2");
    return {bit(b, 2), bit(b, 3), bit(b, 5), bit(b, 6)};
}

ErrorCause decode_error_cause(std::uint8_t b) {
    require_reply(b, "n=3");
    return {bit(b, 2), bit(b, 3), bit(b, 5), bit(b, 6)};
}

RollPaper decode_roll_paper(std::uint8_t b) {
    require_reply(b, "n=4");
    return {bit(b, 2) || bit(b, 3), bit(b, 5) || bit(b, 6)};
}

PrinterStatus status_from_dle_eot(std::uint8_t n1, std::uint8_t n2, std::uint8_t n3, std::uint8_t n4) {
    const PrinterInfo i = decode_printer_info(n1);
    const OfflineCause o = decode_offline_cause(n2);
    const ErrorCause e = decode_error_cause(n3);
    const RollPaper r = decode_roll_paper(n4);
    PrinterStatus s;
    s.online = !i.offline;
    s.drawer_pin3_high = i.drawer_pin3_high;
    s.feed_button = i.feed_button_pressed || o.paper_fed_by_button;
    s.cover_open = o.cover_open;
    s.paper = (r.end || o.paper_end_stop) ? PaperState::empty : r.near_end ? PaperState::near_end : PaperState::ok;
    s.recoverable_error = e.recoverable;
    s.autocutter_error = e.autocutter;
    s.unrecoverable_error = e.unrecoverable;
    s.auto_recoverable_error = e.auto_recoverable;
    return s;
}

PrinterStatus decode_asb(const std::array<std::uint8_t, 4>& m) {
    if ((m[0] & 0x93u) != 0x10u)
        throw Error(Errc::invalid_input, "ASB first byte " + hex(m[0]) + " does not match 0xx1xx00");
    for (std::size_t k = 1; k < 4; ++k)
        if ((m[k] & 0x90u) != 0)
            throw Error(Errc::invalid_input, "ASB byte " + std::to_string(k + 1) + " " + hex(m[k]) +
                                                 " does not match 0xx0xxxx");
    PrinterStatus s;
    s.drawer_pin3_high = bit(m[0], 2);
    s.online = !bit(m[0], 3);
    s.cover_open = bit(m[0], 5);
    s.feed_button = bit(m[0], 6);
    s.recoverable_error = bit(m[1], 2);
    s.autocutter_error = bit(m[1], 3);
    s.unrecoverable_error = bit(m[1], 5);
    s.auto_recoverable_error = bit(m[1], 6);
    const bool near = bit(m[2], 0) || bit(m[2], 1);
    const bool end = bit(m[2], 2) || bit(m[2], 3);
    s.paper = end ? PaperState::empty : near ? PaperState::near_end : PaperState::ok;
    return s;
}

InByteKind classify_in_byte(std::uint8_t b) noexcept {
    if (b == 0x11) return InByteKind::xon;
    if (b == 0x13) return InByteKind::xoff;
    if ((b & 0x93u) == 0x12u) return InByteKind::dle_eot_reply;
    if ((b & 0x93u) == 0x10u) return InByteKind::asb_first;
    if ((b & 0x90u) == 0x00u) return InByteKind::asb_following;
    return InByteKind::unknown;
}

std::vector<InMessage> InPipeSplitter::feed(const std::uint8_t* data, std::size_t n) {
    std::vector<InMessage> out;
    for (std::size_t i = 0; i < n; ++i) {
        const std::uint8_t b = data[i];
        const InByteKind k = classify_in_byte(b);
        if (asb_len_ > 0) {
            if (k == InByteKind::asb_following) {
                asb_[asb_len_++] = b;
                if (asb_len_ == 4) {
                    out.emplace_back(InAsb{asb_});
                    asb_len_ = 0;
                }
                continue;
            }
            // A broken ASB message: report its bytes as unidentified and resynchronise.
            for (std::size_t j = 0; j < asb_len_; ++j) out.emplace_back(InOther{asb_[j]});
            asb_len_ = 0;
        }
        switch (k) {
        case InByteKind::xon: out.emplace_back(InXon{}); break;
        case InByteKind::xoff: out.emplace_back(InXoff{}); break;
        case InByteKind::dle_eot_reply: out.emplace_back(InDleEot{b}); break;
        case InByteKind::asb_first:
            asb_[0] = b;
            asb_len_ = 1;
            break;
        case InByteKind::asb_following:
        case InByteKind::unknown: out.emplace_back(InOther{b}); break;
        }
    }
    return out;
}

int upos_code(StatusEvent e) noexcept {
    switch (e) {
    case StatusEvent::cover_open: return 11;
    case StatusEvent::cover_ok: return 12;
    case StatusEvent::rec_empty: return 24;
    case StatusEvent::rec_near_empty: return 25;
    case StatusEvent::rec_paper_ok: return 26;
    case StatusEvent::idle: return 1001;
    case StatusEvent::power_online: return 2001;
    case StatusEvent::power_offline: return 2003;
    case StatusEvent::drawer_closed: return 0;
    case StatusEvent::drawer_opened: return 1;
    }
    return -1;
}

const char* event_name(StatusEvent e) noexcept {
    switch (e) {
    case StatusEvent::cover_open: return "PTR_SUE_COVER_OPEN";
    case StatusEvent::cover_ok: return "PTR_SUE_COVER_OK";
    case StatusEvent::rec_empty: return "PTR_SUE_REC_EMPTY";
    case StatusEvent::rec_near_empty: return "PTR_SUE_REC_NEAREMPTY";
    case StatusEvent::rec_paper_ok: return "PTR_SUE_REC_PAPEROK";
    case StatusEvent::idle: return "PTR_SUE_IDLE";
    case StatusEvent::power_online: return "SUE_POWER_ONLINE";
    case StatusEvent::power_offline: return "SUE_POWER_OFFLINE";
    case StatusEvent::drawer_closed: return "CASH_SUE_DRAWERCLOSED";
    case StatusEvent::drawer_opened: return "CASH_SUE_DRAWEROPEN";
    }
    return "?";
}

std::vector<StatusEvent> StatusEdgeDetector::update(const PrinterStatus& s) {
    std::vector<StatusEvent> ev;
    const bool first = !last_.has_value();
    const PrinterStatus prev = first ? PrinterStatus{} : *last_;
    if (first || prev.online != s.online) ev.push_back(s.online ? StatusEvent::power_online : StatusEvent::power_offline);
    if (first || prev.cover_open != s.cover_open) ev.push_back(s.cover_open ? StatusEvent::cover_open : StatusEvent::cover_ok);
    if (first || prev.paper != s.paper) {
        ev.push_back(s.paper == PaperState::empty      ? StatusEvent::rec_empty
                     : s.paper == PaperState::near_end ? StatusEvent::rec_near_empty
                                                       : StatusEvent::rec_paper_ok);
    }
    const bool open = s.drawer_pin3_high == open_when_high_;
    const bool was_open = prev.drawer_pin3_high == open_when_high_;
    if (first || open != was_open) ev.push_back(open ? StatusEvent::drawer_opened : StatusEvent::drawer_closed);
    if (!first && healthy(s) && !healthy(prev)) ev.push_back(StatusEvent::idle);
    last_ = s;
    return ev;
}

}  // namespace pos::escpos
