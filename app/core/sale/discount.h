#pragma once
// Discounts: a percentage or a fixed amount off a line or off the whole order, the share
// check against role caps, and the largest-remainder allocation of an order discount to lines.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"
#include "core/sale/money.h"

namespace pos {

enum class DiscountKind {
    percent,  // value in basis points of percent (1500 = 15.00 %), 0..10000
    amount,   // value in minor units, 0..the amount it applies to
};

std::string_view discount_kind_name(DiscountKind k) noexcept;  // "percent" / "amount"
std::optional<DiscountKind> parse_discount_kind(std::string_view s) noexcept;

struct Discount {
    DiscountKind kind = DiscountKind::percent;
    std::int64_t value = 0;
    bool operator==(const Discount&) const = default;
};

inline Discount percent_off(std::int64_t bp) { return {DiscountKind::percent, bp}; }
inline Discount amount_off(Minor amount) { return {DiscountKind::amount, amount}; }

// Throws Error(invalid_input) if the discount is negative, a percent above 100 % or an
// amount above base (base = the amount it applies to).
void validate_discount(const Discount& d, Minor base, const Currency& cur);

// The discount in minor units for a base; percent is rounded half away from zero.
// Validates first (see validate_discount).
Minor discount_amount(const Discount& d, Minor base, const Currency& cur);

// True when the discount is at most limit_bp of base. Exact: a percent compares its value,
// an amount compares amount * 10000 <= limit_bp * base without rounding.
bool discount_within(const Discount& d, Minor base, int limit_bp);

// The discount's share of base in basis points, rounded UP (so that a limit set to it
// admits the discount). A percent returns its value; base 0 returns 0 for amount 0, else 10000.
int discount_share_bp_ceil(const Discount& d, Minor base);

// Human text for records and receipts: "discount 15.00%" or "discount 50.00 (16.67%)".
std::string describe_discount(const Discount& d, Minor base, const Currency& cur);

// Splits total (>= 0) over weights (each >= 0, sum >= total when total > 0) proportionally with
// the largest-remainder method: each share is floor(total * w / sum), and the units left over
// go one each to the largest remainders (ties: earlier index first). The shares sum exactly to
// total and no share exceeds its weight. Throws Error(invalid_input) on a negative input or a
// positive total over an all-zero weight list.
std::vector<Minor> allocate_largest_remainder(Minor total, const std::vector<Minor>& weights);

}  // namespace pos
