// HID report descriptor walking and HID POS Scanned Data Report decoding.
#include "drivers/scanner/hid_pos.h"

#include <algorithm>
#include <array>

#include "core/common/error.h"

namespace pos::scanner {

namespace {

// Item types and tags (HID 1.11, 6.2.2.4-6.2.2.8).
constexpr int kTypeMain = 0, kTypeGlobal = 1, kTypeLocal = 2;
constexpr int kTagCollection = 0x0A, kTagEndCollection = 0x0C;
constexpr int kTagUsagePage = 0x0, kTagReportId = 0x8;
constexpr int kTagUsage = 0x0;
constexpr std::uint32_t kCollectionApplication = 1;
constexpr std::uint8_t kLongItem = 0xFE;

constexpr std::array kLayouts{
    HidPosLayout{"honeywell", 0x0c2e, 0x02, 64, 1, 2, 3, 5, 56, 61, 63},
};

[[noreturn]] void fail(const std::string& what) {
    throw pos::Error(Errc::invalid_input, "HID POS scanner: " + what);
}

}  // namespace

bool ReportDescriptorInfo::has(std::uint16_t page, std::uint16_t usage) const noexcept {
    return std::find(applications.begin(), applications.end(), HidCollection{page, usage}) != applications.end();
}

ReportDescriptorInfo parse_report_descriptor(std::span<const std::uint8_t> d) {
    ReportDescriptorInfo info;
    std::uint16_t usage_page = 0;
    bool have_usage = false;  // a local usage was seen since the last main item
    std::uint32_t first_usage = 0;  // the first of them, as (page << 16) | id
    int depth = 0;
    std::size_t i = 0;
    while (i < d.size()) {
        const std::uint8_t prefix = d[i];
        if (prefix == kLongItem) {
            if (i + 1 >= d.size()) fail("report descriptor ends inside a long item");
            i += 3u + d[i + 1];
            if (i > d.size()) fail("report descriptor ends inside a long item");
            continue;
        }
        const std::size_t size = (prefix & 3) == 3 ? 4 : (prefix & 3);
        if (i + 1 + size > d.size()) fail("report descriptor item runs past the end");
        std::uint32_t value = 0;
        for (std::size_t b = 0; b < size; ++b) value |= static_cast<std::uint32_t>(d[i + 1 + b]) << (8 * b);
        const int type = (prefix >> 2) & 3;
        const int tag = prefix >> 4;
        if (type == kTypeGlobal && tag == kTagUsagePage) {
            usage_page = static_cast<std::uint16_t>(value);
        } else if (type == kTypeGlobal && tag == kTagReportId) {
            info.uses_report_ids = true;
        } else if (type == kTypeLocal && tag == kTagUsage) {
            if (!have_usage) first_usage = size == 4 ? value : (static_cast<std::uint32_t>(usage_page) << 16) | value;
            have_usage = true;
        } else if (type == kTypeMain) {
            if (tag == kTagCollection) {
                if (depth == 0 && value == kCollectionApplication && have_usage)
                    info.applications.push_back(HidCollection{static_cast<std::uint16_t>(first_usage >> 16),
                                                              static_cast<std::uint16_t>(first_usage & 0xFFFF)});
                ++depth;
            } else if (tag == kTagEndCollection && depth > 0) {
                --depth;
            }
            have_usage = false;  // local items apply to one main item only
        }
        i += 1 + size;
    }
    return info;
}

std::span<const HidPosLayout> hid_pos_layouts() noexcept { return kLayouts; }

const HidPosLayout& hid_pos_layout_for(std::uint16_t vid) noexcept {
    for (const auto& l : kLayouts)
        if (l.vid == vid) return l;
    return kLayouts[0];
}

HidPosDecoder::HidPosDecoder(const HidPosLayout& layout, std::size_t max_length)
    : layout_(&layout), max_length_(max_length) {}

void HidPosDecoder::reset() noexcept {
    pending_ = HidPosScan{};
    in_progress_ = false;
}

std::optional<HidPosScan> HidPosDecoder::feed(std::span<const std::uint8_t> r) {
    const HidPosLayout& l = *layout_;
    if (r.empty() || r[0] != l.report_id) return std::nullopt;
    if (r.size() < l.report_size) {
        reset();
        fail("report of " + std::to_string(r.size()) + " bytes, expected " + std::to_string(l.report_size));
    }
    const std::size_t n = r[l.length_offset];
    if (n > l.data_capacity) {
        reset();
        fail("data length " + std::to_string(n) + " exceeds the report's " + std::to_string(l.data_capacity) +
             " bytes");
    }
    if (!in_progress_) {
        for (std::size_t k = 0; k < l.aim_length; ++k) {
            const auto c = static_cast<char>(r[l.aim_offset + k]);
            if (c == 0) break;
            pending_.aim.push_back(c);
        }
        if (!pending_.aim.empty() && pending_.aim[0] != ']') pending_.aim.clear();  // not an AIM id
        pending_.vendor_code = r[l.vendor_code_offset];
        in_progress_ = true;
    }
    if (pending_.data.size() + n > max_length_) {
        reset();
        fail("code longer than " + std::to_string(max_length_) + " characters");
    }
    const auto data = r.subspan(l.data_offset, n);
    pending_.data.append(data.begin(), data.end());
    if (r[l.continued_offset] != 0) return std::nullopt;
    HidPosScan out = std::move(pending_);
    reset();
    return out;
}

}  // namespace pos::scanner
