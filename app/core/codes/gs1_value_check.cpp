// Checks one AI value against its format in the AI table: lengths, character sets, then each
// component's linters (check digits, dates and times, ISO country and currency codes, ...).
#include <array>

#include "core/codes/gs1_ai_table.h"
#include "core/codes/gtin.h"
#include "core/codes/iso_codes.h"

namespace pos::gs1 {
namespace {

bool in_cset82(char c) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
    return std::string_view("!\"%&'()*+,-./:;<=>?_").find(c) != std::string_view::npos;
}

bool in_cset39(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '#' || c == '-' || c == '/'; }

bool in_cset64(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '_' || c == '=';
}

bool char_ok(char type, char c) {
    switch (type) {
    case 'N': return c >= '0' && c <= '9';
    case 'Y': return in_cset39(c);
    case 'Z': return in_cset64(c);
    default: return in_cset82(c);
    }
}

const char* charset_note(char type) {
    switch (type) {
    case 'N': return " (digits only)";
    case 'Y': return " (A-Z, 0-9, #, -, / only)";
    case 'Z': return " (A-Z, a-z, 0-9, -, _, = only)";
    default: return "";
    }
}

int two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// YYMMDD, YY read as 20YY; DD = 00 (end of month) only when allowed.
std::string date_problem(std::string_view v, bool day00_allowed) {
    const std::string shown(v.substr(0, 6));
    const int month = two(v, 2);
    const int day = two(v, 4);
    if (month < 1 || month > 12) return "bad date " + shown + " (month " + std::to_string(month) + ")";
    if (day > days_in_month(2000 + two(v, 0), month) || (day == 0 && !day00_allowed))
        return "bad date " + shown + " (day " + std::to_string(day) + ")";
    return "";
}

std::string time_problem(std::string_view hh, std::string_view mm, std::string_view ss) {
    if (two(hh, 0) > 23) return "bad hour " + std::string(hh);
    if (!mm.empty() && two(mm, 0) > 59) return "bad minute " + std::string(mm);
    if (!ss.empty() && two(ss, 0) > 59) return "bad second " + std::string(ss);
    return "";
}

std::string country_list_problem(std::string_view v) {
    if (v.size() % 3 != 0) return "bad length: country codes have 3 digits each, got " + std::to_string(v.size()) + " digits";
    for (std::size_t i = 0; i < v.size(); i += 3)
        if (!is_iso3166_numeric(v.substr(i, 3))) return std::string(v.substr(i, 3)) + " is not an ISO 3166 country code";
    return "";
}

std::string linter_problem(std::string_view linter, std::string_view v) {
    if (linter == "csum") {
        if (!gtin_check_ok(v))
            return "bad check digit in " + std::string(v) + ": expected " + std::to_string(gtin_check_digit(v.substr(0, v.size() - 1)));
    } else if (linter == "yymmd0" || linter == "yymmdd") {
        return date_problem(v, linter == "yymmd0");
    } else if (linter == "yymmddhh") {
        if (std::string p = date_problem(v, false); !p.empty()) return p;
        return time_problem(v.substr(6, 2), {}, {});
    } else if (linter == "hhmm") {
        return time_problem(v.substr(0, 2), v.substr(2, 2), {});
    } else if (linter == "mmoptss") {
        if (v.size() % 2 != 0) return "bad length: date and time need an even number of digits";
        return v.size() == 2 ? time_problem("00", v.substr(0, 2), {}) : time_problem("00", v.substr(0, 2), v.substr(2, 2));
    } else if (linter == "zero") {
        if (v != "0") return "must start with 0, got " + std::string(v);
    } else if (linter == "yesno") {
        if (v != "0" && v != "1") return "must be 0 (no) or 1 (yes), got " + std::string(v);
    } else if (linter == "nonzero") {
        if (v.find_first_not_of('0') == std::string_view::npos) return "must not be zero";
    } else if (linter == "hyphen") {
        if (v != "-") return "only '-' (below zero) may follow the temperature, got '" + std::string(v) + "'";
    } else if (linter == "pieceoftotal") {
        const int piece = two(v, 0);
        const int total = two(v, 2);
        if (piece < 1 || total < 1 || piece > total)
            return "piece " + std::string(v.substr(0, 2)) + " of total " + std::string(v.substr(2, 2)) + " is not valid";
    } else if (linter == "latitude" || linter == "longitude") {
        const long long limit = linter == "latitude" ? 1800000000LL : 3600000000LL;
        if (std::stoll(std::string(v)) > limit) return "bad " + std::string(linter) + " " + std::string(v);
    } else if (linter == "iso3166" || linter == "iso3166999") {
        if (!is_iso3166_numeric(v) && !(linter == "iso3166999" && v == "999"))
            return std::string(v) + " is not an ISO 3166 country code";
    } else if (linter == "iso3166list") {
        return country_list_problem(v);
    } else if (linter == "iso3166alpha2") {
        if (!is_iso3166_alpha2(v)) return std::string(v) + " is not an ISO 3166 alpha-2 country code";
    } else if (linter == "iso4217") {
        if (!is_iso4217_numeric(v)) return std::string(v) + " is not an ISO 4217 currency code";
    }
    return "";
}

}  // namespace

std::string value_problem(const AiSpec& spec, std::string_view ai, std::string_view v, std::size_t value_pos) {
    Component parts[5];
    const std::size_t n = split_format(spec.format, parts);
    int min = 0;
    int max = 0;
    for (std::size_t k = 0; k < n; ++k) {
        if (!parts[k].optional) min += parts[k].min;
        max += parts[k].max;
    }
    const auto len = static_cast<int>(v.size());
    if (len == 0) return "empty value";
    if (min == max && len != min)
        return "bad length: needs exactly " + std::to_string(min) + " characters, got " + std::to_string(len);
    if (len < min) return "bad length: needs at least " + std::to_string(min) + " characters, got " + std::to_string(len);
    if (len > max) return "bad length: at most " + std::to_string(max) + " characters allowed, got " + std::to_string(len);
    // Every component but the last has a fixed length, so the split is unambiguous.
    std::size_t at = 0;
    for (std::size_t k = 0; k < n && at <= v.size(); ++k) {
        const Component& c = parts[k];
        if (at == v.size() && c.optional) break;
        const std::size_t take = k + 1 < n ? static_cast<std::size_t>(c.max) : v.size() - at;
        if (take < static_cast<std::size_t>(c.min) || take > static_cast<std::size_t>(c.max))
            return "bad length: the part at character " + std::to_string(value_pos + at) + " needs " +
                   (c.min == c.max ? "exactly " : "at least ") + std::to_string(c.min) + " characters, got " + std::to_string(take);
        const std::string_view part = v.substr(at, take);
        for (std::size_t i = 0; i < part.size(); ++i) {
            const char ch = part[i];
            if (char_ok(c.type, ch)) continue;
            const std::string shown =
                ch >= 0x20 && ch < 0x7f ? std::string("'") + ch + "'" : "byte " + std::to_string(static_cast<unsigned char>(ch));
            return shown + " at character " + std::to_string(value_pos + at + i) + " is not allowed" + charset_note(c.type);
        }
        std::string_view linters = c.linters;
        while (!linters.empty()) {
            const std::size_t comma = linters.find(',');
            if (std::string p = linter_problem(linters.substr(0, comma), part); !p.empty()) return p;
            linters = comma == std::string_view::npos ? std::string_view() : linters.substr(comma + 1);
        }
        at += take;
    }
    if (spec.decimal && ai[0] == '3' && ai[1] >= '1' && ai[1] <= '6' && ai[3] > '6')
        return std::string("decimal indicator ") + ai[3] + " not allowed (0-6)";
    return "";
}

}  // namespace pos::gs1
