#include "core/sale/completed_sale.h"

#include "core/common/error.h"

namespace pos {
namespace {

[[noreturn]] void inconsistent(const std::string& what) {
    throw Error(Errc::invalid_input, "stored sale is inconsistent: " + what);
}

}  // namespace

CompletedSale CompletedSale::restore(CompletedSaleData d) {
    if (!find_currency(d.currency_code)) inconsistent("unknown currency '" + d.currency_code + "'");
    if (d.lines.empty()) inconsistent("no lines");
    Totals t;
    std::vector<TaxRow> rows;
    for (const SaleLine& l : d.lines) {
        const LineAmounts& a = l.amounts;
        if (a.line_id != l.item.line_id) inconsistent("line ids do not match");
        if (l.item.qty < 1 || l.item.qty > kMaxLineQty) inconsistent("bad quantity on line " + std::to_string(a.line_id));
        if (a.gross != line_gross(l.item)) inconsistent("gross of line " + std::to_string(a.line_id));
        if (a.net != checked_sub(checked_sub(a.gross, a.line_discount), a.order_discount))
            inconsistent("net of line " + std::to_string(a.line_id));
        if (a.payable != (d.tax_mode == TaxMode::exclusive ? checked_add(a.net, a.tax) : a.net))
            inconsistent("payable of line " + std::to_string(a.line_id));
        add_line_to_totals(t, rows, a, l.item.qty, l.item.tax_rate_bp);
    }
    finish_totals(t, static_cast<int>(d.lines.size()));
    if (t != d.totals) inconsistent("totals are not the sum of the lines");
    if (rows != d.breakdown) inconsistent("tax breakdown is not the sum of the lines");
    Minor paid = 0, change = 0;
    for (const Tender& x : d.tenders) {
        if (x.amount <= 0 || x.tendered < x.amount || (!tender_info(x.kind).may_exceed_due && x.tendered != x.amount))
            inconsistent("bad payment amounts");
        paid = checked_add(paid, x.amount);
        change = checked_add(change, x.change());
    }
    if (paid != t.total) inconsistent("payments do not add up to the total");
    if (change != d.change) inconsistent("change does not match the cash handed over");
    return CompletedSale(std::move(d));
}

CompletedSale complete_sale(const Cart& cart, TaxMode mode, const Payment& payment, Id cashier_id, Timestamp completed_at) {
    if (cart.empty()) throw Error(Errc::invalid_state, "the cart is empty");
    if (payment.currency().code != cart.currency().code)
        throw Error(Errc::invalid_state, "the payment is in a different currency than the cart");
    CartTotals t = compute_totals(cart, mode);
    const Currency& cur = cart.currency();
    if (payment.total_due() != t.totals.total)
        throw Error(Errc::invalid_state, "payment was taken for " + format_plain(payment.total_due(), cur) +
                                             " but the cart total is " + format_plain(t.totals.total, cur) +
                                             "; start the payment again");
    if (!payment.is_complete())
        throw Error(Errc::invalid_state, "payment is not complete: " + format_plain(payment.remaining_due(), cur) + " still due");
    CompletedSaleData d;
    d.currency_code = std::string(cur.code);
    d.tax_mode = mode;
    for (std::size_t i = 0; i < cart.lines().size(); ++i) d.lines.push_back(SaleLine{cart.lines()[i], t.lines[i]});
    d.totals = t.totals;
    d.breakdown = std::move(t.breakdown);
    d.order_discount = cart.order_discount();
    d.tenders = payment.tenders();
    d.change = payment.change();
    d.overrides = cart.overrides();
    d.visit_id = cart.visit_id();
    d.customer_id = cart.customer_id();
    d.cashier_id = cashier_id;
    d.completed_at = completed_at;
    return CompletedSale(std::move(d));
}

}  // namespace pos
