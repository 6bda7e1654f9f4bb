#pragma once
// Pure totals of a cart: per-line amounts after discounts, tax per line, order totals and the
// per-rate tax breakdown. All figures are sums of the line values, so they add up exactly.
//
// Per line:  gross = unit_price * qty
//            line_discount (of gross)
//            order_discount = its largest-remainder share of the order discount, allocated in
//                             proportion to (gross - line_discount)
//            net = gross - line_discount - order_discount   (at shelf prices)
//            tax = line_tax(net, rate, mode)                   (see tax.h for rounding)
//            payable = net (inclusive: tax inside) or net + tax (exclusive)
// Every step uses checked arithmetic: Error(Errc::overflow) instead of wrapping.
#include <cstdint>
#include <vector>

#include "core/sale/cart.h"
#include "core/sale/tax.h"

namespace pos {

struct LineAmounts {
    int line_id = 0;
    Minor gross = 0;
    Minor line_discount = 0;
    Minor order_discount = 0;
    Minor net = 0;
    Minor tax = 0;
    Minor payable = 0;
    Minor taxable() const { return payable - tax; }  // amount net of tax
    bool operator==(const LineAmounts&) const = default;
};

struct Totals {
    Minor subtotal = 0;        // sum of gross, before any discount
    Minor line_discount = 0;   // sum of line discounts
    Minor order_discount = 0;  // the order discount (== sum of the line shares)
    Minor discount_total = 0;  // line_discount + order_discount
    Minor net_total = 0;       // sum of net
    Minor tax_total = 0;       // sum of line tax
    Minor total = 0;           // sum of payable: what the customer pays
    std::int64_t item_count = 0;  // sum of qty
    int line_count = 0;
    bool operator==(const Totals&) const = default;
};

struct CartTotals {
    std::vector<LineAmounts> lines;  // same order as Cart::lines()
    Totals totals;
    std::vector<TaxRow> breakdown;   // sorted by rate
};

CartTotals compute_totals(const Cart& cart, TaxMode mode);

// Adds one line's computed amounts to the totals and the per-rate breakdown (checked
// arithmetic). compute_totals and the validation of a stored sale both sum lines this way.
void add_line_to_totals(Totals& t, std::vector<TaxRow>& breakdown, const LineAmounts& a, int qty, int tax_rate_bp);
// Sets the derived fields (discount_total, line_count) once every line is added.
void finish_totals(Totals& t, int line_count);

}  // namespace pos
