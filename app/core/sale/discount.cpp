#include "core/sale/discount.h"

#include <algorithm>
#include <numeric>

#include "core/common/error.h"
#include "core/sale/tax.h"

namespace pos {
namespace {
__extension__ using I128 = __int128;
}  // namespace

std::string_view discount_kind_name(DiscountKind k) noexcept {
    switch (k) {
    case DiscountKind::percent: return "percent";
    case DiscountKind::amount: return "amount";
    }
    return "percent";
}

std::optional<DiscountKind> parse_discount_kind(std::string_view s) noexcept {
    for (DiscountKind k : {DiscountKind::percent, DiscountKind::amount})
        if (discount_kind_name(k) == s) return k;
    return std::nullopt;
}

void validate_discount(const Discount& d, Minor base, const Currency& cur) {
    if (d.value < 0) throw Error(Errc::invalid_input, "a discount cannot be negative");
    if (d.kind == DiscountKind::percent) {
        if (d.value > 10000) throw Error(Errc::invalid_input, "a discount cannot be more than 100%");
        return;
    }
    if (d.value > base)
        throw Error(Errc::invalid_input, "discount " + format_plain(d.value, cur) + " is more than the " +
                                             format_plain(base, cur) + " it applies to");
}

Minor discount_amount(const Discount& d, Minor base, const Currency& cur) {
    validate_discount(d, base, cur);
    if (d.kind == DiscountKind::percent) return mul_div_round(base, d.value, 10000);
    return d.value;
}

bool discount_within(const Discount& d, Minor base, int limit_bp) {
    if (d.kind == DiscountKind::percent) return d.value <= limit_bp;
    return static_cast<I128>(d.value) * 10000 <= static_cast<I128>(limit_bp) * base;
}

int discount_share_bp_ceil(const Discount& d, Minor base) {
    if (d.kind == DiscountKind::percent) return static_cast<int>(std::clamp<std::int64_t>(d.value, 0, 10000));
    if (d.value <= 0) return 0;
    if (base <= 0) return 10000;
    const I128 num = static_cast<I128>(d.value) * 10000;
    const I128 share = (num + base - 1) / base;
    return static_cast<int>(std::min<I128>(share, 10000));
}

std::string describe_discount(const Discount& d, Minor base, const Currency& cur) {
    if (d.kind == DiscountKind::percent) return "discount " + format_rate(static_cast<int>(d.value));
    const int share = base > 0 ? static_cast<int>(mul_div_round(d.value, 10000, base)) : 0;
    return "discount " + format_plain(d.value, cur) + " (" + format_rate(share) + ")";
}

std::vector<Minor> allocate_largest_remainder(Minor total, const std::vector<Minor>& weights) {
    if (total < 0) throw Error(Errc::invalid_input, "cannot allocate a negative amount");
    I128 sum = 0;
    for (Minor w : weights) {
        if (w < 0) throw Error(Errc::invalid_input, "cannot allocate over a negative amount");
        sum += w;
    }
    std::vector<Minor> shares(weights.size(), 0);
    if (total == 0) return shares;
    if (sum == 0) throw Error(Errc::invalid_input, "cannot allocate an amount over nothing");
    std::vector<I128> rem(weights.size(), 0);
    I128 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        const I128 p = static_cast<I128>(total) * weights[i];
        shares[i] = static_cast<Minor>(p / sum);
        rem[i] = p % sum;
        given += shares[i];
    }
    std::vector<std::size_t> order(weights.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return rem[a] > rem[b]; });
    auto left = static_cast<std::size_t>(static_cast<I128>(total) - given);  // < weights.size()
    for (std::size_t k = 0; k < left; ++k) ++shares[order[k]];
    return shares;
}

}  // namespace pos
