#pragma once
// Internal to the virtual printer: its interpreter state and drawing helpers, shared by
// virtual_printer.cpp (public API) and virtual_printer_commands.cpp (the command parser).
#include "drivers/escpos/barcode.h"
#include "drivers/escpos/charset.h"
#include "drivers/escpos/qr.h"
#include "drivers/escpos/text_raster.h"
#include "drivers/escpos/text_width.h"
#include "drivers/escpos/virtual_printer.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace pos::escpos {

namespace vp_detail {

inline constexpr int kLineSpacing = 30;  // ESC 2 default: 1/6 inch at 203 dpi

inline std::string hex(std::uint8_t b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned>(b));
    return buf;
}

struct Cell {
    char32_t cp = 0;
    int w = 12;  // dots
    int h = 24;
    bool bold = false;
    bool underline = false;
};

}  // namespace vp_detail

struct VirtualPrinter::State {
    using Cell = vp_detail::Cell;
    static constexpr int kLineSpacing = vp_detail::kLineSpacing;
    static std::string hex(std::uint8_t b) { return vp_detail::hex(b); }

    const Profile& profile;
    const TextRasterizer& r;
    Bitmap paper;
    std::vector<std::uint8_t> pending;
    std::size_t consumed_total = 0;
    std::string text;
    std::vector<std::string> unknown;
    std::vector<std::string> events;
    std::vector<PrintedBarcode> barcodes;
    std::vector<std::string> qrs;
    std::map<std::string, std::unique_ptr<Charset>> charsets;
    // Mode state
    Align align = Align::left;
    bool font_b = false;
    bool bold = false;
    bool underline = false;
    int wmul = 1;
    int hmul = 1;
    int page = 0;
    bool kanji = false;
    int line_spacing = kLineSpacing;
    int bc_height = 162;
    int bc_module = 3;
    int hri = 0;
    std::string qr_data;
    int qr_module = 3;
    QrEcc qr_ecc = QrEcc::L;
    std::vector<Cell> line;
    std::string line_text;
    int line_width = 0;

    State(const Profile& p, const TextRasterizer& rr) : profile(p), r(rr), paper(p.paper_dots, 0) {
        kanji = p.starts_in_kanji;
    }

    void reset() {
        align = Align::left;
        font_b = bold = underline = false;
        wmul = hmul = 1;
        page = 0;
        line_spacing = kLineSpacing;
        bc_height = 162;
        bc_module = 3;
        hri = 0;
    }

    const Charset& charset(const char* name) {
        auto& slot = charsets[name];
        if (!slot) slot = std::make_unique<Charset>(name);
        return *slot;
    }

    void grow(int rows) {
        paper.height += rows;
        paper.bits.resize(static_cast<std::size_t>(paper.height) * static_cast<std::size_t>(paper.width_bytes()), 0);
    }

    int x_for(int w) const {
        if (align == Align::center) return std::max(0, (paper.width - w) / 2);
        if (align == Align::right) return std::max(0, paper.width - w);
        return 0;
    }

    void add_char(char32_t cp) {
        const int cols = codepoint_columns(cp);
        if (cols == 0 && !line.empty()) {  // combining mark: attach to the previous cell's text only
            append_utf8(line_text, cp);
            return;
        }
        const int cw = (font_b ? 9 : 12) * std::max(cols, 1) * wmul;
        const int ch = (font_b ? 17 : 24) * hmul;
        if (line_width + cw > paper.width) flush_line(true);
        line.push_back({cp, cw, ch, bold, underline});
        line_width += cw;
        append_utf8(line_text, cp);
    }

    void flush_line(bool wrapped = false) {
        int tallest = font_b ? 17 * hmul : 24 * hmul;
        if (!line.empty()) {
            tallest = 0;
            for (const auto& c : line) tallest = std::max(tallest, c.h);
        }
        const int advance = std::max(line_spacing, tallest + 6);
        const int top = paper.height;
        grow(advance);
        int x = x_for(line_width);
        for (const auto& c : line) {
            const int y = top + (tallest - c.h);
            if (c.cp != U' ') r.draw_cell(paper, x, y, c.w, c.h, c.cp, c.bold);
            if (c.underline)
                for (int dx = 0; dx < c.w; ++dx) paper.set(x + dx, top + tallest + 1);
            x += c.w;
        }
        text += line_text;
        if (!wrapped) text += '\n';
        line.clear();
        line_text.clear();
        line_width = 0;
    }

    void flush_if_pending() {
        if (!line.empty()) flush_line();
    }

    void feed_dots(int dots) {
        flush_if_pending();
        grow(dots);
    }

    void place(const Bitmap& bm, int x0) {
        const int top = paper.height;
        grow(bm.height);
        for (int y = 0; y < bm.height; ++y)
            for (int x = 0; x < bm.width; ++x)
                if (bm.get(x, y)) paper.set(x0 + x, top + y);
    }

    void decode_and_add(const std::uint8_t* b, std::size_t n, const char* charset_name) {
        auto s = charset(charset_name).decode(b, n);
        if (!s) {
            std::string bytes;
            for (std::size_t i = 0; i < n; ++i) bytes += hex(b[i]) + " ";
            unknown.push_back("undecodable bytes " + bytes + "in " + charset_name);
            add_char(U'?');
            return;
        }
        for (char32_t cp : decode_utf8(*s)) add_char(cp);
    }

    void draw_barcode(int m, const std::string& data) {
        std::vector<bool> modules;
        try {
            if (m == 67 || m == 2) modules = ean13_modules(data);
            else if (m == 68 || m == 3) modules = ean8_modules(data);
            else if (m == 65 || m == 0) modules = ean13_modules("0" + complete_ean(data, 12, "UPC-A"));
            else if (m == 73) modules = code128_modules(data);
            else {
                unknown.push_back("GS k barcode type " + std::to_string(m) + " not rendered");
                return;
            }
        } catch (const std::exception& e) {
            unknown.push_back(std::string("GS k invalid data: ") + e.what());
            return;
        }
        barcodes.push_back({m, data});
        flush_if_pending();
        const int w = static_cast<int>(modules.size()) * bc_module;
        const int x0 = x_for(w);
        std::string hri_text = data;
        if (m == 73 && hri_text.size() >= 2 && hri_text[0] == '{') hri_text = hri_text.substr(2);
        if (m == 67 || m == 2) hri_text = complete_ean(data, 13, "EAN-13");
        const bool above = hri == 1 || hri == 3;
        const bool below = hri == 2 || hri == 3;
        if (above) draw_hri(hri_text);
        const int top = paper.height;
        grow(bc_height);
        for (std::size_t i = 0; i < modules.size(); ++i) {
            if (!modules[i]) continue;
            for (int dx = 0; dx < bc_module; ++dx)
                for (int y = 0; y < bc_height; ++y) paper.set(x0 + static_cast<int>(i) * bc_module + dx, top + y);
        }
        if (below) draw_hri(hri_text);
    }

    void draw_hri(const std::string& s) {
        const int top = paper.height;
        grow(kLineSpacing);
        const int w = static_cast<int>(s.size()) * 12;
        int x = x_for(w);
        for (char c : s) {
            r.draw_cell(paper, x, top + 3, 12, 24, static_cast<unsigned char>(c), false);
            x += 12;
        }
    }

    void print_qr() {
        if (qr_data.empty()) {
            unknown.push_back("GS ( k print QR with no stored data");
            return;
        }
        flush_if_pending();
        qrs.push_back(qr_data);
        const Bitmap bm = qr_bitmap(qr_data, qr_ecc, qr_module);
        place(bm, x_for(bm.width));
    }

    void cut(bool partial) {
        flush_if_pending();
        const int top = paper.height;
        grow(16);
        for (int x = 0; x < paper.width; ++x)
            if ((x / 8) % 2 == 0) paper.set(x, top + 8);
        events.push_back(partial ? "cut partial" : "cut full");
    }

    // Interprets one command at p; returns bytes consumed, or 0 if more bytes are needed.
    std::size_t step(const std::uint8_t* p, std::size_t n);
};

}  // namespace pos::escpos
