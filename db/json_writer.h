#pragma once
// JSON text written straight into a string, for journal payloads built inside a commit
// (no DOM, no re-parse). The text is canonical in nlohmann::json::dump()'s sense when the
// caller writes each object's keys in byte order: no spaces, integers in decimal, strings
// with the same escapes (\" \\ \b \f \n \r \t, \u00XX for other control characters, UTF-8
// passed through). Journal hashes cover the payload text, so a payload must come out byte
// for byte as dump() wrote it before this writer existed (tests/db/sales_test.cpp checks).
#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/common/error.h"

namespace pos::db {

class JsonWriter {
public:
    JsonWriter() { out_.reserve(512); }

    JsonWriter& begin_object() { return open('{'); }
    JsonWriter& end_object() { return close('}'); }
    JsonWriter& begin_array() { return open('['); }
    JsonWriter& end_array() { return close(']'); }

    // An object member's key; its value follows.
    JsonWriter& key(std::string_view k) {
        separate();
        string_text(k);
        out_ += ':';
        need_comma_ = false;
        return *this;
    }
    JsonWriter& value(std::int64_t v) { return number(v); }
    JsonWriter& value(std::uint64_t v) { return number(v); }
    // Throws Error(invalid_input) when `s` is not valid UTF-8 (as dump() refused it).
    JsonWriter& value(std::string_view s) {
        separate();
        string_text(s);
        need_comma_ = true;
        return *this;
    }

    // True when one whole value has been written and every container is closed.
    bool complete() const noexcept { return depth_ == 0 && !out_.empty(); }
    const std::string& text() const noexcept { return out_; }

private:
    JsonWriter& open(char c) {
        separate();
        out_ += c;
        ++depth_;
        need_comma_ = false;
        return *this;
    }
    JsonWriter& close(char c) {
        if (depth_ == 0) throw Error(Errc::invalid_state, "JsonWriter: nothing to close");
        out_ += c;
        --depth_;
        need_comma_ = true;
        return *this;
    }
    void separate() {
        if (need_comma_) out_ += ',';
    }
    template <class T>
    JsonWriter& number(T v) {
        separate();
        char buf[24];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out_.append(buf, r.ptr);
        need_comma_ = true;
        return *this;
    }
    void string_text(std::string_view s);

    std::string out_;
    int depth_ = 0;
    bool need_comma_ = false;
};

namespace json_detail {

// Length of the valid UTF-8 sequence starting at s[i] (1-4), or 0 when it is not valid
// (truncated, overlong, a surrogate, above U+10FFFF, or a stray continuation byte).
inline std::size_t utf8_length(std::string_view s, std::size_t i) noexcept {
    const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = b(i);
    const auto cont = [&](std::size_t k, unsigned char lo, unsigned char hi) {
        return k < s.size() && b(k) >= lo && b(k) <= hi;
    };
    if (c < 0x80) return 1;
    if (c >= 0xc2 && c <= 0xdf) return cont(i + 1, 0x80, 0xbf) ? 2 : 0;
    if (c >= 0xe0 && c <= 0xef) {
        const unsigned char lo = c == 0xe0 ? 0xa0 : 0x80, hi = c == 0xed ? 0x9f : 0xbf;
        return cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xbf) ? 3 : 0;
    }
    if (c >= 0xf0 && c <= 0xf4) {
        const unsigned char lo = c == 0xf0 ? 0x90 : 0x80, hi = c == 0xf4 ? 0x8f : 0xbf;
        return cont(i + 1, lo, hi) && cont(i + 2, 0x80, 0xbf) && cont(i + 3, 0x80, 0xbf) ? 4 : 0;
    }
    return 0;
}

}  // namespace json_detail

inline void JsonWriter::string_text(std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out_ += '"';
    for (std::size_t i = 0; i < s.size();) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const std::size_t n = json_detail::utf8_length(s, i);
            if (n == 0) throw Error(Errc::invalid_input, "journal payload text is not valid UTF-8");
            out_.append(s.data() + i, n);
            i += n;
            continue;
        }
        switch (c) {
            case '"': out_ += "\\\""; break;
            case '\\': out_ += "\\\\"; break;
            case '\b': out_ += "\\b"; break;
            case '\f': out_ += "\\f"; break;
            case '\n': out_ += "\\n"; break;
            case '\r': out_ += "\\r"; break;
            case '\t': out_ += "\\t"; break;
            default:
                if (c < 0x20) {
                    out_ += "\\u00";
                    out_ += hex[c >> 4];
                    out_ += hex[c & 0xf];
                } else {
                    out_ += static_cast<char>(c);
                }
        }
        ++i;
    }
    out_ += '"';
}

}  // namespace pos::db
