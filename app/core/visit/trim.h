#pragma once
// Internal helper of pos_visit: trims ASCII whitespace from typed-in text.
#include <string>
#include <string_view>

namespace pos::visit_detail {

inline std::string trimmed(std::string_view s) {
    const char* ws = " \t\r\n";
    const auto first = s.find_first_not_of(ws);
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(ws);
    return std::string(s.substr(first, last - first + 1));
}

}  // namespace pos::visit_detail
