#pragma once
// GS1 element strings (GS1-128, GS1 DataBar, GS1 DataMatrix, GS1 QR): application identifiers (AIs)
// and their values. FNC1 arrives as ASCII GS (0x1D) and ends a variable-length field. Every AI of the GS1
// General Specifications is known (gs1_ai_table.cpp) and its value is validated against its format:
// lengths, character sets, check digits (00, 01, 02, 253, 255, 402, 41x, 8003, 8006, 8017, 8018, 8026),
// dates (YYMMDD; DD=00 allowed where GS1 allows it) and times, decimal indicators (31nn-36nn, 39nn),
// ISO 3166 country codes (421-426, 4307, 4317, 703n) and ISO 4217 currency codes (391n, 393n).
// Errors name the AI and the 1-based character position in the scanned text. Which AIs may appear
// together is checked separately (gs1_rules.h).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"
#include "core/sale/money.h"

namespace pos {

inline constexpr char kGs1Separator = '\x1d';  // ASCII GS = FNC1

struct Gs1Element {
    std::string ai;         // "01", "17", "3103", ...
    std::string value;      // the data after the AI, without separator
    std::size_t position;   // 1-based character position of the AI in the scanned text
};

// A decimal value: units / 10^decimals (e.g. AI 3103 "000750" -> {750, 3} = 0.750).
struct Gs1Decimal {
    std::int64_t units;
    int decimals;
    std::string str() const;  // "0.750"
};

// Parses an element string. `position_base` is the 1-based position of data[0] in the scanned text
// (4 after an AIM prefix such as "]C1"). A leading GS is skipped; a GS after a fixed-length field is
// tolerated. Throws Error(invalid_input), e.g.
//   "GS1 AI (17) at character 20: bad date 251301 (month 13)"
//   "GS1 AI (01) at character 4: truncated: needs 14 digits, only 9 left"
//   "GS1: unknown AI at character 12 ('9X')"
std::vector<Gs1Element> parse_gs1(std::string_view data, std::size_t position_base = 1);

// Human-readable form "(01)09501101530003(17)250101(10)ABC123" -> same result as parse_gs1 on the
// element string. Throws Error(invalid_input).
std::vector<Gs1Element> parse_gs1_hri(std::string_view text, std::size_t position_base = 1);

// One AI and its value from elsewhere (a GS1 Digital Link URI), validated like parse_gs1 does.
// `position` is that of the AI in the scanned text, `value_position` that of the value.
// Throws Error(invalid_input), e.g. "GS1: unknown AI at character 30 ('19')".
Gs1Element make_gs1_element(std::string_view ai, std::string_view value, std::size_t position, std::size_t value_position);

// Short English title of an AI: "GTIN", "expiry", "batch/lot", "net weight (kg)"; "" if unknown.
std::string gs1_ai_title(std::string_view ai);

// The decimal value of 31nn-36nn, 390n/392n (and 391n/393n without the currency prefix); nullopt for others.
std::optional<Gs1Decimal> gs1_decimal(const Gs1Element& e);

// Converts an amount to minor units of `cur`; throws Error(invalid_input) if it has more significant
// decimals than the currency allows, Error(overflow) if it does not fit.
Minor gs1_decimal_to_minor(const Gs1Decimal& d, const Currency& cur);

// One line such as "AI (17) expiry: 2025-01-01", "AI (3103) net weight (kg): 0.750",
// "AI (01) GTIN: 09501101530003 (check digit ok)".
std::string describe_gs1_element(const Gs1Element& e);

}  // namespace pos
