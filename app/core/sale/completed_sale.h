#pragma once
// The immutable record of a paid sale, built from a cart, the store tax mode and a complete
// payment; it holds everything the storage layer persists and the receipt prints. The storage
// layer rebuilds one from stored rows with CompletedSale::restore, which re-checks the sums.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/sale/cart.h"
#include "core/sale/tender.h"
#include "core/sale/totals.h"

namespace pos {

struct SaleLine {
    CartLine item;        // product, prices, qty, rate, line discount as in the cart
    LineAmounts amounts;  // computed amounts (amounts.line_id == item.line_id)
    bool operator==(const SaleLine&) const = default;
};

struct CompletedSaleData {
    std::string currency_code;
    TaxMode tax_mode = TaxMode::inclusive;
    std::vector<SaleLine> lines;
    Totals totals;
    std::vector<TaxRow> breakdown;  // sorted by rate
    std::optional<Discount> order_discount;
    std::vector<Tender> tenders;
    Minor change = 0;  // cash change handed back
    std::vector<OverrideRecord> overrides;
    Id visit_id = 0;
    Id customer_id = 0;
    Id cashier_id = 0;
    Timestamp completed_at = 0;
    bool operator==(const CompletedSaleData&) const = default;
};

class CompletedSale {
public:
    // Rebuilds a sale from stored data. Throws Error(invalid_input) unless the stored figures are
    // consistent: line totals and breakdown are the sums of the lines, tenders pay the total,
    // change is the cash change, the currency is known and the sale has lines.
    static CompletedSale restore(CompletedSaleData data);

    const CompletedSaleData& data() const noexcept { return d_; }
    const std::string& currency_code() const noexcept { return d_.currency_code; }
    TaxMode tax_mode() const noexcept { return d_.tax_mode; }
    const std::vector<SaleLine>& lines() const noexcept { return d_.lines; }
    const Totals& totals() const noexcept { return d_.totals; }
    const std::vector<TaxRow>& breakdown() const noexcept { return d_.breakdown; }
    const std::optional<Discount>& order_discount() const noexcept { return d_.order_discount; }
    const std::vector<Tender>& tenders() const noexcept { return d_.tenders; }
    Minor change() const noexcept { return d_.change; }
    const std::vector<OverrideRecord>& overrides() const noexcept { return d_.overrides; }
    Id visit_id() const noexcept { return d_.visit_id; }
    Id customer_id() const noexcept { return d_.customer_id; }
    Id cashier_id() const noexcept { return d_.cashier_id; }
    Timestamp completed_at() const noexcept { return d_.completed_at; }

private:
    explicit CompletedSale(CompletedSaleData d) : d_(std::move(d)) {}
    friend CompletedSale complete_sale(const Cart&, TaxMode, const Payment&, Id, Timestamp);

    CompletedSaleData d_;
};

// Throws Error(invalid_state) for an empty cart, a payment in another currency or taken for a
// different total than the cart's (the cart changed after payment started), or an incomplete
// payment.
CompletedSale complete_sale(const Cart& cart, TaxMode mode, const Payment& payment, Id cashier_id, Timestamp completed_at);

}  // namespace pos
