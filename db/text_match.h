#pragma once
// Internal to db/: turning what a person typed into a literal match, for the FTS5 trigram
// indexes (3 characters and more) and the LIKE fallback (shorter text).
#include <cstddef>
#include <string>
#include <string_view>

namespace pos::db::text_match {

// Escapes LIKE wildcards so user text matches literally (used with ESCAPE '\'); `%text%`.
inline std::string like_pattern(std::string_view text) {
    std::string p = "%";
    for (char c : text) {
        if (c == '%' || c == '_' || c == '\\') p += '\\';
        p += c;
    }
    p += '%';
    return p;
}

// An FTS5 query matching `text` as one literal phrase (a substring, with the trigram
// tokenizer): wrapped in double quotes, inner quotes doubled. Bound as a parameter.
inline std::string fts_phrase(std::string_view text) {
    std::string q = "\"";
    for (char c : text) {
        if (c == '"') q += '"';
        q += c;
    }
    q += '"';
    return q;
}

// Number of code points in UTF-8 text (continuation bytes are not counted).
inline std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xc0u) != 0x80u) ++n;
    return n;
}

}  // namespace pos::db::text_match
