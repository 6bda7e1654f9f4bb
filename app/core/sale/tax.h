#pragma once
// Sales tax (VAT/GST) rules: the store-level tax mode, per-product rates and the per-rate
// receipt breakdown.
//
// Rounding rule: tax is computed PER LINE on the line's amount after all discounts, and
// rounded half away from zero to a whole minor unit (mul_div_round). With rate r in basis
// points (1300 = 13.00 %):
//   inclusive (shelf price includes tax):  line_tax = round(amount * r / (10000 + r))
//   exclusive (tax added on top):          line_tax = round(amount * r / 10000)
// Receipt and totals figures are sums of these line values, so they always add up exactly.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/types.h"

namespace pos {

enum class TaxMode {
    inclusive,  // shelf prices include tax (China, Russia, Vietnam)
    exclusive,  // tax is added on top of shelf prices
};

std::string_view tax_mode_name(TaxMode m) noexcept;          // "inclusive" / "exclusive"
std::optional<TaxMode> parse_tax_mode(std::string_view s) noexcept;

inline constexpr int kMaxTaxRateBp = 10000;  // 100.00 %

// Throws Error(invalid_input) unless 0 <= rate_bp <= kMaxTaxRateBp.
void validate_tax_rate(int rate_bp);

// Tax contained in (inclusive) or owed on top of (exclusive) a line amount; see rule above.
Minor line_tax(Minor amount, int rate_bp, TaxMode mode);

// "13.00%", "0.00%", "8.25%".
std::string format_rate(int rate_bp);

// One receipt row of the per-rate breakdown.
struct TaxRow {
    int rate_bp = 0;
    Minor base = 0;   // taxable amount net of tax
    Minor tax = 0;
    Minor gross = 0;  // base + tax: what the customer pays for these lines
    bool operator==(const TaxRow&) const = default;
};

// Adds one line (what the customer pays for it, and the tax inside that) to the row of its
// rate, creating the row if needed; rows stay sorted by rate. Checked arithmetic.
void add_to_breakdown(std::vector<TaxRow>& rows, int rate_bp, Minor paid, Minor tax);

}  // namespace pos
