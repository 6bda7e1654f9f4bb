#pragma once
// HID POS scanners (USB HID Point of Sale Usage Tables 1.02, usage page 0x8C "Bar Code Scanner"):
// no keyboard emulation, so no layout or focus problems. Two pure parts:
//
// 1. Report descriptor inspection: which application collections an interface offers
//    (page 0x01 usage 0x06 = keyboard, page 0x8C usage 0x02 = bar code scanner) and whether
//    reports carry a report id. The driver uses this to pick the boot-keyboard or HID POS path.
//
// 2. Scanned Data Report (usage 0x12) decoding, table-driven. The field positions of the
//    Scanned Data Report are vendor-defined through the report descriptor; the known layouts are
//    listed in hid_pos_layouts(). Offsets count from byte 0 of the report as libusb delivers it
//    (byte 0 = report id). The Honeywell layout (Voyager/Xenon/Granit "HID POS" mode, 64 bytes):
//        [0]      report id 0x02
//        [1]      number of data bytes in this report (0..56)
//        [2..4]   symbology identifier: AIM "]cm" (usages 0xFB-0xFD)
//        [5..60]  decoded data (usage 0xFE), 56 bytes, the first [1] of them valid
//        [61]     Honeywell code id (vendor symbology letter)
//        [62]     reserved
//        [63]     non-zero: more reports follow with the rest of this code (Decode Data Continued)
//    Honeywell scanners enter this mode after feature report 0xFE = 0x01.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pos::scanner {

inline constexpr std::uint16_t kUsagePageDesktop = 0x01;
inline constexpr std::uint16_t kUsageKeyboard = 0x06;
inline constexpr std::uint16_t kUsagePageBarCodeScanner = 0x8C;
inline constexpr std::uint16_t kUsageBarCodeScanner = 0x02;

struct HidCollection {
    std::uint16_t usage_page = 0;
    std::uint16_t usage = 0;
    friend bool operator==(const HidCollection&, const HidCollection&) = default;
};

struct ReportDescriptorInfo {
    std::vector<HidCollection> applications;  // top-level application collections, in order
    bool uses_report_ids = false;

    bool has(std::uint16_t page, std::uint16_t usage) const noexcept;
    bool is_keyboard() const noexcept { return has(kUsagePageDesktop, kUsageKeyboard); }
    bool is_barcode_scanner() const noexcept { return has(kUsagePageBarCodeScanner, kUsageBarCodeScanner); }
};

// Walks the short/long items of a HID report descriptor (HID 1.11, 6.2.2). Throws
// pos::Error(invalid_input) if an item runs past the end.
ReportDescriptorInfo parse_report_descriptor(std::span<const std::uint8_t> descriptor);

struct HidPosLayout {
    std::string_view name;          // "honeywell"
    std::uint16_t vid = 0;          // vendor this layout applies to (0 = any)
    std::uint8_t report_id = 0;     // id of the Scanned Data Report
    std::size_t report_size = 0;    // full report length including the id byte
    std::size_t length_offset = 0;  // byte holding the number of valid data bytes
    std::size_t aim_offset = 0;     // first of aim_length symbology identifier bytes
    std::size_t aim_length = 0;
    std::size_t data_offset = 0;
    std::size_t data_capacity = 0;
    std::size_t vendor_code_offset = 0;
    std::size_t continued_offset = 0;  // byte that is non-zero when more reports follow
};

std::span<const HidPosLayout> hid_pos_layouts() noexcept;
// The layout for a vendor (falls back to the first, Honeywell's, which other vendors copy).
const HidPosLayout& hid_pos_layout_for(std::uint16_t vid) noexcept;

struct HidPosScan {
    std::string aim;    // "]E0", or empty when the scanner sent no identifier
    std::string data;   // decoded data, all reports of the code joined
    std::uint8_t vendor_code = 0;
};

class HidPosDecoder {
public:
    // Codes longer than max_length are rejected (the pending parts are dropped).
    explicit HidPosDecoder(const HidPosLayout& layout, std::size_t max_length = 4096);

    // Feeds one input report. Reports with another report id are ignored (nullopt). Returns the
    // scan once its last report arrived. Throws pos::Error(invalid_input) for a report that is too
    // short, a length beyond the data capacity, or a code longer than max_length.
    std::optional<HidPosScan> feed(std::span<const std::uint8_t> report);
    void reset() noexcept;
    const HidPosLayout& layout() const noexcept { return *layout_; }

private:
    const HidPosLayout* layout_;
    std::size_t max_length_;
    HidPosScan pending_;
    bool in_progress_ = false;
};

}  // namespace pos::scanner
