#include "core/sale/tax.h"

#include <algorithm>

#include "core/common/error.h"
#include "core/sale/money.h"

namespace pos {

std::string_view tax_mode_name(TaxMode m) noexcept {
    switch (m) {
    case TaxMode::inclusive: return "inclusive";
    case TaxMode::exclusive: return "exclusive";
    }
    return "inclusive";
}

std::optional<TaxMode> parse_tax_mode(std::string_view s) noexcept {
    for (TaxMode m : {TaxMode::inclusive, TaxMode::exclusive})
        if (tax_mode_name(m) == s) return m;
    return std::nullopt;
}

void validate_tax_rate(int rate_bp) {
    if (rate_bp < 0 || rate_bp > kMaxTaxRateBp)
        throw Error(Errc::invalid_input, "tax rate " + std::to_string(rate_bp) +
                                             " is out of range (0 to 10000 basis points, i.e. 0% to 100%)");
}

Minor line_tax(Minor amount, int rate_bp, TaxMode mode) {
    validate_tax_rate(rate_bp);
    if (mode == TaxMode::inclusive) return mul_div_round(amount, rate_bp, 10000 + rate_bp);
    return mul_div_round(amount, rate_bp, 10000);
}

std::string format_rate(int rate_bp) {
    const int whole = rate_bp / 100;
    const int frac = rate_bp % 100;
    return std::to_string(whole) + "." + (frac < 10 ? "0" : "") + std::to_string(frac) + "%";
}

void add_to_breakdown(std::vector<TaxRow>& rows, int rate_bp, Minor paid, Minor tax) {
    auto it = std::lower_bound(rows.begin(), rows.end(), rate_bp, [](const TaxRow& r, int bp) { return r.rate_bp < bp; });
    if (it == rows.end() || it->rate_bp != rate_bp) it = rows.insert(it, TaxRow{rate_bp, 0, 0, 0});
    it->base = checked_add(it->base, checked_sub(paid, tax));
    it->tax = checked_add(it->tax, tax);
    it->gross = checked_add(it->gross, paid);
}

}  // namespace pos
