#pragma once
// The GS1 application identifier table (GS1 General Specifications section 3, in the notation of the
// GS1 Barcode Syntax Dictionary): each AI's data format as components, e.g. "N14,csum" (14 digits,
// GS1 check digit), "N3,iso4217 N..15" (an ISO 4217 currency code, then up to 15 digits),
// "N13,csum [X..17]" (13 digits with a check digit, then optionally up to 17 CSET 82 characters).
//   N digits, X GS1 CSET 82, Y CSET 39, Z CSET 64; "N6" exactly 6, "N..15" 1 to 15; [..] optional.
// Linters after a comma: csum, yymmd0 (DD = 00 allowed), yymmdd, yymmddhh, hhmm, mmoptss, zero,
// yesno, nonzero, hyphen, pieceoftotal, latitude, longitude, iso3166, iso3166999, iso3166list,
// iso3166alpha2, iso4217. Only the last component may vary in length.
#include <span>
#include <string>
#include <string_view>

namespace pos::gs1 {

struct AiSpec {
    std::string_view ai;      // "01", "310n": 'n' matches any digit
    bool predefined;          // predefined length: no FNC1 separator needed after it
    std::string_view format;  // components, see above
    std::string_view title;   // short English title
    bool decimal = false;     // the AI's last digit is the number of decimals of the (last) number
};

// The entry whose pattern matches the start of `text` (element strings are prefix-free), or nullptr.
const AiSpec* find_ai(std::string_view text) noexcept;

// The entry for exactly this AI ("3103"), or nullptr.
const AiSpec* find_exact_ai(std::string_view ai) noexcept;

std::span<const AiSpec> all_ais() noexcept;

// One component of a format.
struct Component {
    char type = 'N';  // N, X, Y, Z
    int min = 0;
    int max = 0;
    bool optional = false;
    std::string_view linters;  // comma-separated, may be empty
};

// Splits a format into its components (at most 5). Returns the count, 0 for a malformed format.
std::size_t split_format(std::string_view format, Component (&out)[5]) noexcept;

// "" when `value` is a valid value of `ai` (which matches `spec`), else the reason, e.g. "bad date 251301
// (month 13)", "'X' at character 9 is not allowed (digits only)". `value_pos` is the 1-based character
// position of value[0] in the scanned text.
std::string value_problem(const AiSpec& spec, std::string_view ai, std::string_view value, std::size_t value_pos);

// "" when every table entry is well formed (known types and linters, only the last component of
// variable length, patterns unique); else what is wrong. For the unit tests.
std::string check_ai_table();

}  // namespace pos::gs1
