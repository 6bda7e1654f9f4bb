// The ESC/POS command parser of the virtual printer (one command per step).
#include "drivers/escpos/virtual_printer_state.h"

namespace pos::escpos {

std::size_t VirtualPrinter::State::step(const std::uint8_t* p, std::size_t n) {
    const std::uint8_t c = p[0];
    auto need = [&](std::size_t k) { return n >= k; };
    const std::string at = " at byte " + std::to_string(consumed_total);
    if (c == 0x0A) {
        flush_line();
        return 1;
    }
    if (c == 0x0D) return 1;
    if (c == 0x09) {
        const int cell = font_b ? 9 : 12;
        const int next = ((line_width / (8 * cell)) + 1) * 8 * cell;
        while (line_width < next && line_width + cell <= paper.width) add_char(U' ');
        return 1;
    }
    // A command with one argument byte after its two-byte code: fn(arg), then 3 bytes consumed.
    auto arg1 = [&](auto&& fn) -> std::size_t {
        if (!need(3)) return 0;
        fn(p[2]);
        return 3;
    };
    if (c == 0x1B) {  // ESC
        if (!need(2)) return 0;
        const std::uint8_t cmd = p[1];
        switch (cmd) {
        case '@':  // like the hardware: unprinted data in the line buffer is discarded
            line.clear();
            line_text.clear();
            line_width = 0;
            reset();
            return 2;
        case '!':
            return arg1([&](std::uint8_t v) {
                font_b = (v & 1u) != 0;
                bold = (v & 8u) != 0;
                hmul = (v & 16u) != 0 ? 2 : 1;
                wmul = (v & 32u) != 0 ? 2 : 1;
                underline = (v & 128u) != 0;
            });
        case 'E':
        case 'G': return arg1([&](std::uint8_t v) { bold = (v & 1u) != 0; });
        case '-': return arg1([&](std::uint8_t v) { underline = v == 1 || v == 2 || v == '1' || v == '2'; });
        case 'M': return arg1([&](std::uint8_t v) { font_b = v == 1 || v == '1'; });
        case 'a':
            return arg1([&](std::uint8_t v) {
                const int a = v >= '0' ? v - '0' : v;
                align = a == 1 ? Align::center : a == 2 ? Align::right : Align::left;
            });
        case 't':
            return arg1([&](std::uint8_t v) {
                page = v;
                if (profile.page_by_number(v) == nullptr)
                    unknown.push_back("ESC t " + std::to_string(v) + ": code page not in profile " + profile.name + at);
            });
        case 'R': return arg1([&](std::uint8_t v) { events.push_back("international charset " + std::to_string(v)); });
        case 'd': return arg1([&](std::uint8_t v) {
                flush_if_pending();
                grow(v * line_spacing);
            });
        case 'J': return arg1([&](std::uint8_t v) { feed_dots(v); });
        case '3': return arg1([&](std::uint8_t v) { line_spacing = v; });
        case '2':
            line_spacing = kLineSpacing;
            return 2;
        case 'p':
            if (!need(5)) return 0;
            events.push_back("drawer pulse pin " + std::string(p[2] == 0 || p[2] == '0' ? "2" : "5") + " on " +
                             std::to_string(p[3] * 2) + " ms off " + std::to_string(p[4] * 2) + " ms");
            return 5;
        default:
            unknown.push_back("ESC " + hex(cmd) + at);
            return 2;
        }
    }
    if (c == 0x1D) {  // GS
        if (!need(2)) return 0;
        const std::uint8_t cmd = p[1];
        switch (cmd) {
        case '!':
            return arg1([&](std::uint8_t v) {
                wmul = ((v >> 4) & 7) + 1;
                hmul = (v & 7) + 1;
            });
        case 'h': return arg1([&](std::uint8_t v) { bc_height = v; });
        case 'w': return arg1([&](std::uint8_t v) { bc_module = v; });
        case 'H': return arg1([&](std::uint8_t v) { hri = v >= '0' ? v - '0' : v; });
        case 'f': return arg1([](std::uint8_t) {});
        case 'a': return arg1([&](std::uint8_t v) { events.push_back("ASB enable " + hex(v)); });
        case 'V': {
            if (!need(3)) return 0;
            const std::uint8_t m = p[2];
            if (m == 65 || m == 66) {
                if (!need(4)) return 0;
                cut(m == 66);
                return 4;
            }
            cut(m == 1 || m == '1');
            return 3;
        }
        case 'v': {
            if (!need(8)) return 0;
            if (p[2] != '0') {
                unknown.push_back("GS v " + hex(p[2]) + at);
                return 3;
            }
            const int xb = p[4] | (p[5] << 8);
            const int rows = p[6] | (p[7] << 8);
            const std::size_t len = 8 + static_cast<std::size_t>(xb) * static_cast<std::size_t>(rows);
            if (!need(len)) return 0;
            if (p[3] != 0) unknown.push_back("GS v 0 scaling mode " + std::to_string(p[3]) + " drawn unscaled" + at);
            flush_if_pending();
            Bitmap bm(xb * 8, rows);
            std::copy(p + 8, p + len, bm.bits.begin());
            place(bm, x_for(bm.width));
            return len;
        }
        case 'k': {
            if (!need(4)) return 0;
            const int m = p[2];
            if (m <= 6) {  // function A: NUL-terminated
                const auto* end = std::find(p + 3, p + n, std::uint8_t{0});
                if (end == p + n) return 0;
                draw_barcode(m, std::string(p + 3, end));
                return static_cast<std::size_t>(end - p) + 1;
            }
            const std::size_t len = 4 + p[3];
            if (!need(len)) return 0;
            draw_barcode(m, std::string(p + 4, p + len));
            return len;
        }
        case '(': {
            if (!need(5)) return 0;
            const std::size_t len = 5 + static_cast<std::size_t>(p[3] | (p[4] << 8));
            if (!need(len)) return 0;
            const std::uint8_t fn = p[2];
            if (fn == 'k' && len >= 7 && p[5] == 0x31) {
                const std::uint8_t f = p[6];
                if (f == 0x41) return len;  // model
                if (f == 0x43 && len >= 8) {
                    qr_module = p[7];
                    return len;
                }
                if (f == 0x45 && len >= 8) {
                    qr_ecc = static_cast<QrEcc>(std::clamp(p[7] - 0x30, 0, 3));
                    return len;
                }
                if (f == 0x50 && len >= 8) {
                    qr_data.assign(p + 8, p + len);
                    return len;
                }
                if (f == 0x51) {
                    print_qr();
                    return len;
                }
            }
            unknown.push_back("GS ( " + hex(fn) + " (" + std::to_string(len) + " bytes)" + at);
            return len;
        }
        default:
            unknown.push_back("GS " + hex(cmd) + at);
            return 2;
        }
    }
    if (c == 0x1C) {  // FS
        if (!need(2)) return 0;
        if (p[1] == '&') {
            kanji = true;
            return 2;
        }
        if (p[1] == '.') {
            kanji = false;
            return 2;
        }
        if (p[1] == 'C') return need(3) ? 3 : 0;
        unknown.push_back("FS " + hex(p[1]) + at);
        return 2;
    }
    if (c == 0x10) {  // DLE real-time commands
        if (!need(3)) return 0;
        if (p[1] == 0x04) {
            events.push_back("DLE EOT " + std::to_string(p[2]));
            return 3;
        }
        if (p[1] == 0x14) {
            if (!need(5)) return 0;
            events.push_back("real-time drawer pulse");
            return 5;
        }
        unknown.push_back("DLE " + hex(p[1]) + at);
        return 2;
    }
    if (c < 0x20 || c == 0x7F) {
        unknown.push_back("control " + hex(c) + at);
        return 1;
    }
    if (c < 0x80) {
        add_char(c);
        return 1;
    }
    if (kanji && profile.cjk != CjkEncoding::none) {
        if (!need(2)) return 0;
        if (profile.cjk == CjkEncoding::gb18030 && p[1] >= 0x30 && p[1] <= 0x39) {
            if (!need(4)) return 0;
            decode_and_add(p, 4, "GB18030");
            return 4;
        }
        decode_and_add(p, 2, profile.cjk == CjkEncoding::gb18030 ? "GB18030" : "BIG5");
        return 2;
    }
    const CodePage* cp = profile.page_by_number(page);
    decode_and_add(p, 1, cp != nullptr ? iconv_name_for_page(cp->name) : "CP437");
    return 1;
}

}  // namespace pos::escpos
