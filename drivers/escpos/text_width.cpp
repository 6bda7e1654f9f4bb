#include "drivers/escpos/text_width.h"

#include "core/common/error.h"

#include <algorithm>
#include <cstdint>

namespace pos::escpos {

std::vector<char32_t> decode_utf8(std::string_view s) {
    std::vector<char32_t> out;
    out.reserve(s.size());
    std::size_t i = 0;
    auto fail = [&](const char* why) {
        throw Error(Errc::invalid_input, std::string("text is not valid UTF-8 (") + why + " at byte " +
                                             std::to_string(i) + ")");
    };
    while (i < s.size()) {
        const auto b0 = static_cast<std::uint8_t>(s[i]);
        int extra = 0;
        char32_t cp = 0;
        if (b0 < 0x80) {
            cp = b0;
        } else if ((b0 & 0xE0u) == 0xC0u) {
            extra = 1;
            cp = b0 & 0x1Fu;
        } else if ((b0 & 0xF0u) == 0xE0u) {
            extra = 2;
            cp = b0 & 0x0Fu;
        } else if ((b0 & 0xF8u) == 0xF0u) {
            extra = 3;
            cp = b0 & 0x07u;
        } else {
            fail("bad lead byte");
        }
        if (i + static_cast<std::size_t>(extra) >= s.size()) fail("truncated sequence");
        for (int k = 1; k <= extra; ++k) {
            const auto b = static_cast<std::uint8_t>(s[i + static_cast<std::size_t>(k)]);
            if ((b & 0xC0u) != 0x80u) fail("bad continuation byte");
            cp = (cp << 6) | (b & 0x3Fu);
        }
        static constexpr char32_t min_for[] = {0, 0x80, 0x800, 0x10000};
        if (cp < min_for[extra]) fail("overlong sequence");
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) fail("invalid code point");
        out.push_back(cp);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    auto put = [&](unsigned v) { out.push_back(static_cast<char>(static_cast<unsigned char>(v))); };
    if (cp < 0x80) {
        put(cp);
    } else if (cp < 0x800) {
        put(0xC0u | (cp >> 6));
        put(0x80u | (cp & 0x3Fu));
    } else if (cp < 0x10000) {
        put(0xE0u | (cp >> 12));
        put(0x80u | ((cp >> 6) & 0x3Fu));
        put(0x80u | (cp & 0x3Fu));
    } else {
        put(0xF0u | (cp >> 18));
        put(0x80u | ((cp >> 12) & 0x3Fu));
        put(0x80u | ((cp >> 6) & 0x3Fu));
        put(0x80u | (cp & 0x3Fu));
    }
}

std::string encode_utf8(const std::vector<char32_t>& cps) {
    std::string out;
    for (char32_t c : cps) append_utf8(out, c);
    return out;
}

namespace {
bool all_ascii(std::string_view s) noexcept {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return false;
    return true;
}
}  // namespace

bool is_wide(char32_t c) noexcept {
    if (c < 0x1100) return false;  // fast path: Latin, Cyrillic, Vietnamese
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA000 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) ||
           (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x2FFFD) ||
           (c >= 0x30000 && c <= 0x3FFFD);
}

bool is_combining(char32_t c) noexcept {
    if (c < 0x0300) return false;
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489) || (c >= 0x1AB0 && c <= 0x1AFF) ||
           (c >= 0x1DC0 && c <= 0x1DFF) || (c >= 0x200B && c <= 0x200F) || (c >= 0x20D0 && c <= 0x20FF) ||
           (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xFE20 && c <= 0xFE2F);
}

int codepoint_columns(char32_t cp) noexcept {
    if (is_combining(cp)) return 0;
    return is_wide(cp) ? 2 : 1;
}

int display_columns(std::string_view utf8) {
    // ASCII (most receipt text) is valid UTF-8 of one column per byte, controls included.
    if (all_ascii(utf8)) return static_cast<int>(utf8.size());
    int n = 0;
    for (char32_t c : decode_utf8(utf8)) n += codepoint_columns(c);
    return n;
}

std::string truncate_to_columns(std::string_view utf8, int columns) {
    if (all_ascii(utf8)) return std::string(utf8.substr(0, static_cast<std::size_t>(std::max(columns, 0))));
    std::string out;
    int used = 0;
    for (char32_t c : decode_utf8(utf8)) {
        const int w = codepoint_columns(c);
        if (used + w > columns) break;
        used += w;
        append_utf8(out, c);
    }
    return out;
}

std::vector<std::string> justify_row(std::string_view left, std::string_view right, int columns) {
    const int lw = display_columns(left);
    const int rw = display_columns(right);
    if (rw == 0) return {truncate_to_columns(left, columns)};
    if (lw + 1 + rw <= columns) {
        return {std::string(left) + std::string(static_cast<std::size_t>(columns - lw - rw), ' ') + std::string(right)};
    }
    std::string r = truncate_to_columns(right, columns);
    const int pad = columns - display_columns(r);
    return {truncate_to_columns(left, columns), std::string(static_cast<std::size_t>(pad), ' ') + r};
}

std::vector<std::string> split_lines(std::string_view s) {
    std::vector<std::string> lines;
    std::string cur;
    for (char c : s) {
        if (c == '\n') {
            lines.push_back(cur);
            cur.clear();
        } else if (c != '\r') {
            cur.push_back(c);
        }
    }
    lines.push_back(cur);
    return lines;
}

}  // namespace pos::escpos
