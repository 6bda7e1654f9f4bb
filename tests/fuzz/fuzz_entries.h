// Fuzz entry points shared by the libFuzzer targets and the regression test: each feeds one
// untrusted input through a parser; pos::Error is the accepted way to refuse input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/codes/barcode.h"
#include "core/codes/catalog_csv.h"
#include "core/codes/csv.h"
#include "core/codes/gs1.h"
#include "core/common/error.h"
#include "core/intents/intent_json.h"
#include "core/sale/money.h"
#include "core/visit/playbook.h"
#include "drivers/escpos/status.h"
#include "drivers/scanner/boot_report.h"
#include "drivers/scanner/hid_pos.h"

namespace pos::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

inline void barcode(const std::uint8_t* data, std::size_t size) {
    const auto text = as_text(data, size);
    try { (void)parse_scan(text); } catch (const Error&) {}
    try { (void)parse_gs1(text); } catch (const Error&) {}
    try { (void)parse_gs1_hri(text); } catch (const Error&) {}
}

inline void hid(const std::uint8_t* data, std::size_t size) {
    std::span<const std::uint8_t> all(data, size);
    try { (void)scanner::parse_report_descriptor(all); } catch (const Error&) {}
    scanner::BootReportDecoder boot;
    scanner::HidPosDecoder pos_decoder(scanner::hid_pos_layout_for(size > 0 ? data[0] : 0), 256);
    // Split into reports whose lengths come from the input: [len][bytes...]...
    std::size_t i = 0;
    while (i < size) {
        const std::size_t len = std::min<std::size_t>(data[i], size - i - 1);
        auto report = all.subspan(i + 1, len);
        try { (void)boot.feed(report); } catch (const Error&) {}
        try { (void)pos_decoder.feed(report); } catch (const Error&) {}
        i += 1 + len;
    }
}

inline void escpos_status(const std::uint8_t* data, std::size_t size) {
    escpos::InPipeSplitter splitter;
    escpos::StatusEdgeDetector edges;
    const std::size_t half = size / 2;
    for (const auto* part : {data, data + half}) {
        const std::size_t n = part == data ? half : size - half;
        for (const auto& msg : splitter.feed(part, n)) {
            if (const auto* asb = std::get_if<escpos::InAsb>(&msg)) {
                try { (void)edges.update(escpos::decode_asb(asb->bytes)); } catch (const Error&) {}
            }
        }
    }
    if (size >= 4) {
        try {
            (void)edges.update(escpos::status_from_dle_eot(data[0], data[1], data[2], data[3]));
        } catch (const Error&) {}
    }
}

inline void catalog_csv(const std::uint8_t* data, std::size_t size) {
    const auto text = as_text(data, size);
    try { (void)read_csv(text); } catch (const Error&) {}
    for (const char* code : {"USD", "VND"}) {
        try { (void)parse_catalog_csv(text, "fuzz.csv", currency(code), {}); } catch (const Error&) {}
    }
}

inline void intent(const std::uint8_t* data, std::size_t size) {
    const auto text = as_text(data, size);
    for (const char* code : {"USD", "VND"}) {
        try { (void)intent::parse_script_line(text, currency(code)); } catch (const Error&) {}
    }
}

inline void playbook(const std::uint8_t* data, std::size_t size) {
    try { (void)parse_playbook(as_text(data, size), "fuzz.json"); } catch (const Error&) {}
}

}  // namespace pos::fuzz
