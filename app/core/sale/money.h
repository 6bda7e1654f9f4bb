#pragma once
// Money as integer minor units (pos::Minor) of an ISO 4217 currency.
// Every arithmetic helper here detects overflow and throws pos::Error(Errc::overflow)
// instead of wrapping. Rounding is always half away from zero.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/common/error.h"
#include "core/common/lang.h"
#include "core/common/types.h"

namespace pos {

struct Currency {
    std::string_view code;    // ISO 4217, e.g. "CNY"
    int exponent;             // minor-unit digits: CNY/RUB/USD 2, VND 0
    std::string_view symbol;  // e.g. "¥", "₽", "₫"
};

// Known currencies: CNY, TWD, HKD, RUB, VND, USD, EUR. Returns nullptr when unknown.
const Currency* find_currency(std::string_view code) noexcept;
// Same, but throws Error(invalid_input) naming the code when unknown.
const Currency& currency(std::string_view code);

Minor checked_add(Minor a, Minor b);
Minor checked_sub(Minor a, Minor b);
Minor checked_mul(Minor a, std::int64_t b);
Minor checked_neg(Minor a);
// a * num / den rounded half away from zero; den must be > 0. Exact (128-bit intermediate).
Minor mul_div_round(Minor a, std::int64_t num, std::int64_t den);
// 10^exponent for exponent 0..18.
std::int64_t pow10(int exponent);

// Parses a decimal amount in major units with '.' as the decimal point ("12", "12.5", "-0.01").
// Throws Error(invalid_input) with a readable reason: empty, not a number, more decimals than
// the currency allows ("too many decimals for VND (0 allowed)"), or out of range.
Minor parse_major(std::string_view text, const Currency& cur);

// Machine format in major units, '.' decimal point, no grouping: 123450 CNY -> "1234.50"; VND -> "1234500".
std::string format_plain(Minor amount, const Currency& cur);

// Human format for a language: symbol placement, grouping and decimal separator per locale.
//   en    $1,234.50      ¥1,234.50      ₫1,234,500
//   zh_*  ¥1,234.50
//   ru    1 234,50 ₽     (U+00A0 no-break spaces)
//   vi    1.234.500 ₫    (VND), 1.234,50 $ (USD)
std::string format_money(Minor amount, const Currency& cur, Lang lang);

}  // namespace pos
