#include "receipt/order_receipt.h"

#include "core/common/time.h"
#include "core/sale/money.h"
#include "core/sale/receipt_qr.h"
#include "core/sale/tender_kind.h"
#include "receipt/order_labels.h"
#include "receipt/receipt_blocks.h"
#include "receipt/receipt_format.h"
#include "receipt/receipt_labels.h"

namespace pos::receipt {
namespace {

using escpos::Align;
using escpos::Document;
using escpos::Row;
using escpos::Rule;
using escpos::Text;

std::string_view title_of(const OrderLabels& l, const service::OrderReceiptData& d) {
    if (d.payment.kind == "refund") return l.refund_receipt;
    if (d.balance_after == 0) return l.final_receipt;
    return d.payment.kind == "deposit" ? l.deposit_receipt : l.payment_receipt;
}

void add_schedule(Document& doc, const OrderLabels& l, const service::OrderView& o, int columns) {
    const bool delivery = o.fulfilment == Fulfilment::delivery;
    std::string when = o.due_day;
    if (!o.window.empty()) when += " " + o.window;
    doc.add(Row{std::string(delivery ? l.delivery : l.pickup), when});
    if (delivery && !o.address.empty()) doc.add(Text{std::string(l.address) + ": " + wrap_text(o.address, columns - 2)});
}

}  // namespace

escpos::Document order_payment_receipt(const service::OrderReceiptData& d, const service::StoreSettings& store,
                                       const OrderPrintOptions& options) {
    const OrderLabels& l = order_labels(store.lang);
    const ReceiptLabels& r = receipt_labels(store.lang);
    const Currency& cur = currency(d.order.currency);
    const auto amount = [&](Minor m) { return plain_amount(m, cur, store.lang); };
    const int columns = options.columns;
    Document doc;
    add_store_header(doc, store, columns);
    add_banner(doc, title_of(l, d));
    doc.add(Row{std::string(l.order_no), receipt_number_text(d.order.order_no)});
    doc.add(Row{std::string(l.payment_no), "P" + receipt_number_text(d.payment.doc_no)});
    doc.add(Row{std::string(r.date), local_datetime(d.payment.at)});
    if (!d.order.customer_name.empty()) doc.add(Row{std::string(l.customer), d.order.customer_name});
    if (!d.order.salesperson.empty()) doc.add(Row{std::string(r.staff), d.order.salesperson});
    if (!d.cashier.empty()) doc.add(Row{std::string(r.cashier), d.cashier});
    doc.add(Rule{'-'});
    for (const service::OrderLineView& line : d.order.lines) {
        const std::string detail = "  " + std::to_string(line.qty) + " x " + std::string(line.to_order ? l.to_order : l.from_floor);
        add_item(doc, line.name, detail, amount(line.payable), columns, false);
        if (line.to_order && !line.expected.empty()) doc.add(Text{"  " + line.supplier + " - " + line.expected});
    }
    doc.add(Rule{'-'});
    doc.add(Row{std::string(l.order_total) + " " + d.order.currency, amount(d.order.total)});
    if (d.order.tax_total != 0) doc.add(Row{"  " + std::string(r.tax), amount(d.order.tax_total)});
    doc.add(Row{std::string(l.paid_before), amount(d.paid_before)});
    add_big_row(doc, l.this_payment, amount(d.payment.amount), columns);
    std::string tender(tender_label(r, d.payment.tender));
    doc.add(Row{"  " + tender, amount(d.payment.tendered > d.payment.amount ? d.payment.tendered : d.payment.amount)});
    if (d.payment.tendered > d.payment.amount) doc.add(Row{"  " + std::string(r.change), amount(d.payment.tendered - d.payment.amount)});
    doc.add(Rule{'='});
    if (d.payment.kind != "refund") {
        if (d.balance_after == 0)
            doc.add(Text{std::string(l.paid_in_full), {true, false, 1, 1, Align::center, escpos::Font::a}});
        else
            add_big_row(doc, l.balance_due, amount(d.balance_after), columns);
        add_schedule(doc, l, d.order, columns);
        doc.add(Text{wrap_text(l.keep_receipt, columns), {false, false, 1, 1, Align::center, escpos::Font::a}});
    }
    if (!store.receipt_footer.empty())
        doc.add(Text{wrap_text(store.receipt_footer, columns), {false, false, 1, 1, Align::center, escpos::Font::a}});
    doc.add(Text{std::string(r.thank_you), {false, false, 1, 1, Align::center, escpos::Font::a}});
    doc.add(escpos::Feed{3});
    if (options.open_drawer && kind_opens_drawer(d.payment.tender)) doc.add(escpos::DrawerPulse{});
    doc.add(escpos::Cut{});
    return doc;
}

escpos::Document dispatch_list(const std::vector<service::OrderView>& orders, const std::string& day,
                               const service::StoreSettings& store, const OrderPrintOptions& options) {
    const OrderLabels& l = order_labels(store.lang);
    const int columns = options.columns;
    Document doc;
    add_store_header(doc, store, columns);
    add_banner(doc, l.dispatch_list);
    doc.add(Text{day, {true, false, 1, 1, Align::center, escpos::Font::a}});
    if (orders.empty()) doc.add(Text{std::string(l.no_orders), {false, false, 1, 1, Align::center, escpos::Font::a}});
    for (const service::OrderView& o : orders) {
        doc.add(Rule{'-'});
        doc.add(Row{std::string(l.order_no) + " " + receipt_number_text(o.order_no), o.window});
        doc.add(Row{std::string(o.fulfilment == Fulfilment::delivery ? l.delivery : l.pickup),
                    std::string(o.state == OrderState::ready ? l.ready : l.open)});
        doc.add(Row{std::string(l.customer), o.customer_name});
        if (!o.customer_phone.empty()) doc.add(Row{std::string(l.phone), o.customer_phone});
        if (o.fulfilment == Fulfilment::delivery) doc.add(Text{std::string(l.address) + ": " + wrap_text(o.address, columns - 2)});
        for (const service::OrderLineView& line : o.lines) add_item(doc, line.name, "", std::to_string(line.qty), columns, true);
        if (o.balance() != 0)
            doc.add(Row{std::string(l.balance_due) + " " + o.currency, plain_amount(o.balance(), currency(o.currency), store.lang)});
    }
    doc.add(Rule{'='});
    doc.add(escpos::Feed{3});
    doc.add(escpos::Cut{});
    return doc;
}

}  // namespace pos::receipt
