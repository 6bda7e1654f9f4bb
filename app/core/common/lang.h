#pragma once
// The staff languages. Codes are the gettext/POSIX ones used in file names and settings.
#include <array>
#include <optional>
#include <string_view>

namespace pos {

enum class Lang { en, zh_CN, zh_TW, ru, vi };

inline constexpr std::array<Lang, 5> all_langs{Lang::en, Lang::zh_CN, Lang::zh_TW, Lang::ru, Lang::vi};

constexpr std::string_view lang_code(Lang l) noexcept {
    switch (l) {
    case Lang::en: return "en";
    case Lang::zh_CN: return "zh_CN";
    case Lang::zh_TW: return "zh_TW";
    case Lang::ru: return "ru";
    case Lang::vi: return "vi";
    }
    return "en";
}

// Accepts "zh_CN", "zh-CN", "zh_cn" and the like.
inline std::optional<Lang> parse_lang(std::string_view s) noexcept {
    auto norm = [](char c) { return c == '-' ? '_' : (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c); };
    for (Lang l : all_langs) {
        std::string_view code = lang_code(l);
        if (code.size() != s.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < s.size(); ++i) same = same && norm(s[i]) == norm(code[i]);
        if (same) return l;
    }
    return std::nullopt;
}

}  // namespace pos
