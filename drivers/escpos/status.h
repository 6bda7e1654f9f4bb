#pragma once
// Pure decoders for ESC/POS printer status: real-time DLE EOT n=1..4 replies, Automatic Status
// Back (GS a) 4-byte messages, a classifier/splitter for the bytes arriving on the USB IN pipe,
// and an edge detector turning status snapshots into UnifiedPOS-style StatusUpdate events.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace pos::escpos {

// ---- DLE EOT (10 04 n) replies. Every reply has the form 0xx1xx10b. ----
bool is_dle_eot_reply(std::uint8_t b) noexcept;  // (b & 0x93) == 0x12

struct PrinterInfo {  // n = 1
    bool drawer_pin3_high = false;       // bit2
    bool offline = false;                // bit3
    bool waiting_online_recovery = false;  // bit5
    bool feed_button_pressed = false;    // bit6
};
struct OfflineCause {  // n = 2
    bool cover_open = false;           // bit2
    bool paper_fed_by_button = false;  // bit3
    bool paper_end_stop = false;       // bit5: printing stopped because the paper ran out
    bool error = false;                // bit6
};
struct ErrorCause {  // n = 3
    bool recoverable = false;       // bit2
    bool autocutter = false;        // bit3
    bool unrecoverable = false;     // bit5
    bool auto_recoverable = false;  // bit6 (e.g. head temperature)
};
struct RollPaper {  // n = 4
    bool near_end = false;  // bits 2+3
    bool end = false;       // bits 5+6
};

// Each throws pos::Error(invalid_input) if the byte's fixed bits are not 0xx1xx10.
PrinterInfo decode_printer_info(std::uint8_t b);
OfflineCause decode_offline_cause(std::uint8_t b);
ErrorCause decode_error_cause(std::uint8_t b);
RollPaper decode_roll_paper(std::uint8_t b);

enum class PaperState { ok, near_end, empty };

// Combined status, from DLE EOT replies or from an ASB message.
struct PrinterStatus {
    bool online = true;
    bool cover_open = false;
    PaperState paper = PaperState::ok;
    bool drawer_pin3_high = false;
    bool feed_button = false;
    bool recoverable_error = false;
    bool autocutter_error = false;
    bool unrecoverable_error = false;
    bool auto_recoverable_error = false;

    bool has_error() const noexcept {
        return recoverable_error || autocutter_error || unrecoverable_error || auto_recoverable_error;
    }
    bool operator==(const PrinterStatus&) const = default;
};

// From the four DLE EOT replies (n = 1, 2, 3, 4); throws like the decoders above.
PrinterStatus status_from_dle_eot(std::uint8_t n1, std::uint8_t n2, std::uint8_t n3, std::uint8_t n4);

// ---- Automatic Status Back (GS a n). Layout as in Epson TM-T20/T88 manuals (verify per model):
// byte1 0xx1xx00: bit2 drawer pin 3, bit3 offline, bit5 cover open, bit6 feed button;
// byte2 0xx0xxxx: bit2 recoverable error, bit3 autocutter error, bit5 unrecoverable, bit6 auto-recoverable;
// byte3 0xx0xxxx: bits0+1 roll paper near-end, bits2+3 roll paper end; byte4 0xx0xxxx: reserved.
// Throws pos::Error(invalid_input) if the fixed bits do not match.
PrinterStatus decode_asb(const std::array<std::uint8_t, 4>& msg);

// ---- Bytes on the IN pipe (Citizen/Epson "identification of send status"). ----
enum class InByteKind {
    xon,            // 0x11
    xoff,           // 0x13
    dle_eot_reply,  // 0xx1xx10
    asb_first,      // 0xx1xx00
    asb_following,  // 0xx0xxxx (ASB bytes 2..4, GS r replies)
    unknown,        // anything else (bit7 set, or 0xx1xx01 / 0xx1xx11 other than XON/XOFF)
};
InByteKind classify_in_byte(std::uint8_t b) noexcept;

struct InXon {};
struct InXoff {};
struct InDleEot {
    std::uint8_t byte;
};
struct InAsb {
    std::array<std::uint8_t, 4> bytes;
};
struct InOther {
    std::uint8_t byte;  // GS r reply or unidentified byte
};
using InMessage = std::variant<InXon, InXoff, InDleEot, InAsb, InOther>;

// Splits the IN byte stream into messages; keeps a partial ASB message across calls.
class InPipeSplitter {
public:
    std::vector<InMessage> feed(const std::uint8_t* data, std::size_t n);
    void reset() noexcept { asb_len_ = 0; }

private:
    std::array<std::uint8_t, 4> asb_{};
    std::size_t asb_len_ = 0;
};

// ---- UnifiedPOS-style status events (edge-triggered). ----
enum class StatusEvent {
    cover_open,      // PTR_SUE_COVER_OPEN 11
    cover_ok,        // PTR_SUE_COVER_OK 12
    rec_empty,       // PTR_SUE_REC_EMPTY 24
    rec_near_empty,  // PTR_SUE_REC_NEAREMPTY 25
    rec_paper_ok,    // PTR_SUE_REC_PAPEROK 26
    idle,            // PTR_SUE_IDLE 1001: healthy again after an error/offline state
    power_online,    // SUE_POWER_ONLINE 2001
    power_offline,   // SUE_POWER_OFFLINE 2003
    drawer_closed,   // CASH_SUE_DRAWERCLOSED 0
    drawer_opened,   // CASH_SUE_DRAWEROPEN 1
};
int upos_code(StatusEvent e) noexcept;
const char* event_name(StatusEvent e) noexcept;  // "PTR_SUE_COVER_OPEN", ...

class StatusEdgeDetector {
public:
    // Whether the drawer switch reads HIGH on pin 3 when the drawer is open (depends on the drawer).
    explicit StatusEdgeDetector(bool drawer_open_when_pin3_high = true) : open_when_high_(drawer_open_when_pin3_high) {}
    // First call reports the whole state (power, cover, paper, drawer); later calls only changes,
    // in the order power, cover, paper, drawer, idle.
    std::vector<StatusEvent> update(const PrinterStatus& s);
    const std::optional<PrinterStatus>& last() const noexcept { return last_; }

private:
    bool open_when_high_;
    std::optional<PrinterStatus> last_;
};

}  // namespace pos::escpos
