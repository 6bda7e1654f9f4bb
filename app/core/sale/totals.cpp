#include "core/sale/totals.h"

namespace pos {

CartTotals compute_totals(const Cart& cart, TaxMode mode) {
    const Currency& cur = cart.currency();
    CartTotals out;
    Totals& t = out.totals;
    std::vector<Minor> bases;
    bases.reserve(cart.lines().size());
    for (const CartLine& l : cart.lines()) {
        LineAmounts a;
        a.line_id = l.line_id;
        a.gross = line_gross(l);
        a.line_discount = line_discount_amount(l, cur);
        bases.push_back(checked_sub(a.gross, a.line_discount));
        out.lines.push_back(a);
    }
    Minor order_base = 0;
    for (Minor b : bases) order_base = checked_add(order_base, b);
    const Minor order_discount = cart.order_discount() ? discount_amount(*cart.order_discount(), order_base, cur) : 0;
    const std::vector<Minor> shares = allocate_largest_remainder(order_discount, bases);

    for (std::size_t i = 0; i < out.lines.size(); ++i) {
        LineAmounts& a = out.lines[i];
        const CartLine& l = cart.lines()[i];
        a.order_discount = shares[i];
        a.net = checked_sub(bases[i], a.order_discount);
        a.tax = line_tax(a.net, l.tax_rate_bp, mode);
        a.payable = mode == TaxMode::exclusive ? checked_add(a.net, a.tax) : a.net;

        add_line_to_totals(t, out.breakdown, a, l.qty, l.tax_rate_bp);
    }
    finish_totals(t, static_cast<int>(out.lines.size()));
    return out;
}

void add_line_to_totals(Totals& t, std::vector<TaxRow>& breakdown, const LineAmounts& a, int qty, int tax_rate_bp) {
    t.subtotal = checked_add(t.subtotal, a.gross);
    t.line_discount = checked_add(t.line_discount, a.line_discount);
    t.order_discount = checked_add(t.order_discount, a.order_discount);
    t.net_total = checked_add(t.net_total, a.net);
    t.tax_total = checked_add(t.tax_total, a.tax);
    t.total = checked_add(t.total, a.payable);
    t.item_count = checked_add(t.item_count, qty);
    add_to_breakdown(breakdown, tax_rate_bp, a.payable, a.tax);
}

void finish_totals(Totals& t, int line_count) {
    t.discount_total = checked_add(t.line_discount, t.order_discount);
    t.line_count = line_count;
}

}  // namespace pos
