#pragma once
// Returns: building a refund against a completed sale, in full or per line with a quantity.
//
// SIGN CONVENTION: every quantity and amount in a Refund is a POSITIVE magnitude (units
// taken back, money paid back to the customer). The record type itself says "refund"; the
// storage layer and reports subtract refunds from sales.
//
// Amounts: refunding q of the n units sold on a line gives back round(payable * q / n) and
// round(tax * q / n) (half away from zero), capped at what is still unrefunded; when the
// refund takes the LAST remaining units it gives back exactly what is left. So several
// partial refunds together return exactly the original line amounts, never more.
// Requires authorize(Action::refund, actor, approval).
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/sale/cart.h"
#include "core/sale/completed_sale.h"
#include "core/sale/tax.h"
#include "core/sale/tender.h"

namespace pos {

// One line of the original sale as the refund needs it, with what was already refunded.
struct RefundableLine {
    int line_id = 0;
    Id product_id = 0;
    std::string sku;
    std::string name;
    int tax_rate_bp = 0;
    int qty_sold = 0;
    Minor payable = 0;  // what the customer paid for the line (LineAmounts::payable)
    Minor tax = 0;      // tax inside that
    int qty_refunded = 0;
    Minor payable_refunded = 0;
    Minor tax_refunded = 0;
};

struct RefundSource {
    Id sale_id = 0;
    std::string currency_code;
    std::vector<RefundableLine> lines;
};

// A source for a sale with nothing refunded yet.
RefundSource refund_source(const CompletedSale& sale, Id sale_id);

struct RefundItem {
    int line_id = 0;
    int qty = 0;  // > 0
};

// How the money goes back: cash (default) or card (reference = card refund approval code).
struct RefundTender {
    TenderKind kind = TenderKind::cash;
    std::string reference;
};

struct RefundLine {
    int line_id = 0;
    Id product_id = 0;
    std::string sku;
    std::string name;
    int tax_rate_bp = 0;
    int qty = 0;        // units taken back, > 0
    Minor payable = 0;  // money back for them, >= 0
    Minor tax = 0;      // tax inside payable
    bool operator==(const RefundLine&) const = default;
};

struct Refund {
    Id sale_id = 0;
    std::string currency_code;
    std::vector<RefundLine> lines;
    Minor total = 0;  // sum of line payable: paid back
    Minor tax_total = 0;
    std::int64_t item_count = 0;
    std::vector<TaxRow> breakdown;  // per rate, sums exactly to total / tax_total
    RefundTender tender;
    Id refunded_by = 0;                            // staff id of the actor
    std::optional<OverrideRecord> override_record;  // set when a manager approval was used
    bool completes_sale = false;                   // nothing is left to refund after this one
};

// Refunds the given quantities. Throws Error(invalid_input) for a qty <= 0, a duplicate line
// or more than is left on a line, Error(not_found) for an unknown line, Error(invalid_input)
// for a card refund without reference or a voucher refund, Error(permission_denied) without
// permission.
Refund build_refund(const RefundSource& src, const std::vector<RefundItem>& items, const Actor& actor,
                    const std::optional<Approval>& approval, RefundTender tender = {});
// Refunds everything not yet refunded. Error(invalid_state) when nothing is left.
Refund build_full_refund(const RefundSource& src, const Actor& actor, const std::optional<Approval>& approval,
                         RefundTender tender = {});
// Adds a built refund to the source's refunded quantities and amounts.
void apply_refund(RefundSource& src, const Refund& r);

}  // namespace pos
