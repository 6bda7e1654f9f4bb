#pragma once
// Helpers for the escpos tests: byte-vector literals, hex dumps for failure messages, and one
// shared TextRasterizer over the system fonts.
#include "drivers/escpos/encoder.h"
#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/text_raster.h"

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

namespace escpos_test {

using Bytes = std::vector<std::uint8_t>;

inline Bytes bytes(std::initializer_list<int> v) {
    Bytes b;
    for (int x : v) b.push_back(static_cast<std::uint8_t>(x));
    return b;
}

inline Bytes cat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
}

inline Bytes ascii(const std::string& s) { return Bytes(s.begin(), s.end()); }

inline std::string hex(const Bytes& b) {
    std::string s;
    char buf[4];
    for (auto x : b) {
        std::snprintf(buf, sizeof buf, "%02X ", static_cast<unsigned>(x));
        s += buf;
    }
    return s;
}

inline const pos::escpos::TextRasterizer& rasterizer() {
    static const pos::escpos::TextRasterizer r(pos::escpos::resolve_fonts());
    return r;
}

}  // namespace escpos_test
