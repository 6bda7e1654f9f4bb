#include "receipt/receipt_layout.h"

#include <algorithm>

#include "core/common/error.h"
#include "receipt/receipt_blocks.h"
#include "receipt/receipt_format.h"
#include "receipt/receipt_labels.h"
#include "core/sale/receipt_qr.h"
#include "core/sale/tender_kind.h"

namespace pos::receipt {
namespace {

using escpos::Align;
using escpos::Document;
using escpos::Row;
using escpos::Rule;
using escpos::Text;

// Figures of one receipt; a refund's negative amounts are shown positive.
class SaleView {
public:
    SaleView(const ReceiptData& d, const ReceiptOptions& o)
        : d_(d), o_(o), l_(receipt_labels(d.store.lang)), cur_(currency(d.sale.currency)),
          sign_(d.sale.kind == "refund" ? -1 : 1) {}

    const ReceiptLabels& labels() const noexcept { return l_; }
    bool refund() const noexcept { return sign_ < 0; }
    int columns() const noexcept { return o_.columns; }
    Lang lang() const noexcept { return d_.store.lang; }
    std::string amount(Minor m) const { return plain_amount(checked_mul(m, sign_), cur_, d_.store.lang); }
    std::string minus(Minor m) const { return "-" + amount(m); }
    std::int64_t qty(std::int64_t q) const { return q * sign_; }

private:
    const ReceiptData& d_;
    const ReceiptOptions& o_;
    const ReceiptLabels& l_;
    const Currency& cur_;
    int sign_;
};

void add_lines(Document& doc, const SaleView& v, const db::SaleRecord& sale) {
    const ReceiptLabels& l = v.labels();
    for (const db::SaleLineRow& line : sale.lines) {
        const Minor gross = checked_mul(line.unit_price, line.qty);
        const std::string detail = "  " + std::to_string(v.qty(line.qty)) + " x " + v.amount(line.unit_price);
        add_item(doc, line.name, detail, v.amount(gross), v.columns(), v.qty(line.qty) == 1);
        if (line.unit_price != line.list_price)
            doc.add(Text{"  " + std::string(l.price_override) + " (" + std::string(l.was) + " " + v.amount(line.list_price) + ")"});
        if (line.line_discount != 0) {
            std::string label = "  " + std::string(l.discount);
            const Minor g = gross < 0 ? checked_neg(gross) : gross;
            const Minor off = line.line_discount < 0 ? checked_neg(line.line_discount) : line.line_discount;
            if (g != 0) {
                const Minor bp = mul_div_round(off, 10000, g);  // shown only when it gives the amount back exactly
                if (bp > 0 && mul_div_round(g, bp, 10000) == off) label += " " + percent_text(bp, v.lang());
            }
            doc.add(Row{label, v.minus(line.line_discount)});
        }
        if (line.order_discount != 0) doc.add(Row{"  " + std::string(l.order_discount), v.minus(line.order_discount)});
    }
}

void add_totals(Document& doc, const SaleView& v, const ReceiptData& d) {
    const ReceiptLabels& l = v.labels();
    const db::SaleRecord& s = d.sale;
    doc.add(Row{std::string(l.subtotal), v.amount(s.subtotal)});
    if (s.discount_total != 0) doc.add(Row{std::string(l.discount_total), v.minus(s.discount_total)});
    if (s.tax_mode == "exclusive") doc.add(Row{std::string(l.tax), v.amount(s.tax_total)});
    const std::string label = std::string(v.refund() ? l.refunded : l.total) + " " + s.currency;
    add_big_row(doc, label, v.amount(s.total), v.columns());
}

void add_tax_table(Document& doc, const SaleView& v, const ReceiptData& d) {
    const db::SaleRecord& s = d.sale;
    if (s.taxes.empty()) return;
    const ReceiptLabels& l = v.labels();
    doc.add(Rule{'-'});
    doc.add(Row{std::string(l.tax_rate), table_fields(l.tax_base, l.tax, v.columns())});
    Minor base = 0, tax = 0;
    for (const db::SaleTaxRow& t : s.taxes) {
        doc.add(Row{rate_text(t.rate_bp, d.store.lang), table_fields(v.amount(t.base), v.amount(t.tax), v.columns())});
        base = checked_add(base, t.base);
        tax = checked_add(tax, t.tax);
    }
    if (s.taxes.size() > 1) doc.add(Row{std::string(l.total), table_fields(v.amount(base), v.amount(tax), v.columns())});
}

void add_tenders(Document& doc, const SaleView& v, const db::SaleRecord& s) {
    const ReceiptLabels& l = v.labels();
    doc.add(Rule{'-'});
    for (const db::PaymentRow& p : s.payments) {
        std::string label(tender_label(l, p.kind));
        if (p.kind != "cash" && !p.reference.empty()) label += " " + mask_reference(p.reference);
        const Minor shown = p.kind == "cash" && !v.refund() && p.tendered > p.amount ? p.tendered : p.amount;
        doc.add(Row{label, v.amount(shown)});
    }
    if (s.change_given != 0) doc.add(Row{std::string(l.change), v.amount(v.refund() ? -s.change_given : s.change_given)});
}

bool has_cash(const db::SaleRecord& s) {
    return std::any_of(s.payments.begin(), s.payments.end(), [](const db::PaymentRow& p) { return kind_opens_drawer(p.kind); });
}

}  // namespace

ReceiptOptions receipt_options_for(const escpos::Profile& profile, bool copy) {
    ReceiptOptions o;
    o.columns = profile.columns_a;
    o.copy = copy;
    o.open_drawer = profile.drawer;
    return o;
}

escpos::Document sale_receipt(const ReceiptData& data, const ReceiptOptions& options) {
    const SaleView v(data, options);
    const ReceiptLabels& l = v.labels();
    const db::SaleRecord& s = data.sale;
    Document doc;
    add_store_header(doc, data.store, options.columns);
    if (options.copy) add_banner(doc, l.copy);
    if (v.refund()) {
        add_banner(doc, l.refund);
        if (data.refund_of_receipt_no > 0)
            doc.add(Text{std::string(l.refund_of) + " " + receipt_number_text(data.refund_of_receipt_no),
                         {true, false, 1, 1, Align::center}});
    }
    add_sale_heading(doc, data);
    doc.add(Rule{'-'});
    add_lines(doc, v, s);
    doc.add(Rule{'-'});
    add_totals(doc, v, data);
    add_tax_table(doc, v, data);
    add_tenders(doc, v, s);
    add_closing(doc, data, options.copy, options.columns);
    if (options.open_drawer && !options.copy && has_cash(s)) doc.add(escpos::DrawerPulse{});
    doc.add(escpos::Cut{});
    return doc;
}

escpos::Document gift_receipt(const ReceiptData& data, const ReceiptOptions& options) {
    if (data.sale.kind == "refund") throw Error(Errc::invalid_state, "a gift receipt cannot be printed for a refund");
    const ReceiptLabels& l = receipt_labels(data.store.lang);
    Document doc;
    add_store_header(doc, data.store, options.columns);
    add_banner(doc, l.gift_receipt);
    if (options.copy) add_banner(doc, l.copy);
    add_sale_heading(doc, data);
    doc.add(Rule{'-'});
    doc.add(Row{std::string(l.item), std::string(l.qty)});
    for (const db::SaleLineRow& line : data.sale.lines) add_item(doc, line.name, "", std::to_string(line.qty), options.columns, true);
    add_closing(doc, data, options.copy, options.columns);
    doc.add(escpos::Cut{});
    return doc;
}

}  // namespace pos::receipt
