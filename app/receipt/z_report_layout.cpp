#include "receipt/z_report_layout.h"

#include "core/sale/money.h"
#include "receipt/receipt_blocks.h"
#include "receipt/receipt_format.h"
#include "receipt/receipt_labels.h"

namespace pos::receipt {
namespace {

using escpos::Row;
using escpos::Rule;

std::string str(std::string_view s) { return std::string(s); }

void section(escpos::Document& doc, std::string_view title) {
    doc.add(Rule{'-'});
    doc.add(Row{str(title), "", true});
}

}  // namespace

escpos::Document z_report(const report::DaySummary& s, const ZReportOptions& o) {
    const ZReportLabels& z = z_report_labels(o.lang);
    const ReceiptLabels& r = receipt_labels(o.lang);
    const Currency& cur = currency(s.currency);
    auto money = [&](Minor m) { return plain_amount(m, cur, o.lang); };
    auto minus = [&](Minor m) { return m == 0 ? money(m) : "-" + money(m); };
    auto num = [](std::int64_t n) { return std::to_string(n); };

    escpos::Document doc;
    service::StoreSettings store;
    store.store_name = s.store_name;
    add_store_header(doc, store, o.columns);
    add_banner(doc, z.title);
    doc.add(Row{str(z.day), s.day});

    section(doc, z.traffic);
    doc.add(Row{str(z.visits), num(s.traffic.visits)});
    doc.add(Row{str(z.sold), num(s.traffic.sold)});
    doc.add(Row{str(z.lost), num(s.traffic.lost)});
    doc.add(Row{str(z.follow_up), num(s.traffic.follow_up)});
    if (s.traffic.open != 0) doc.add(Row{str(z.open), num(s.traffic.open)});
    doc.add(Row{str(z.conversion), rate_text(s.conversion_bp(), o.lang)});

    section(doc, z.sales);
    doc.add(Row{str(z.sales), num(s.sales_count)});
    doc.add(Row{str(z.gross_sales), money(s.gross_sales)});
    doc.add(Row{str(z.refunds) + " (" + num(s.refund_count) + ")", minus(s.refunds_total)});
    doc.add(Row{str(z.tax), money(s.tax_total)});
    doc.add(Row{str(z.average_ticket), money(s.average_ticket())});
    doc.add(Row{str(z.items_sold), num(s.items_sold)});
    add_big_row(doc, str(z.revenue) + " " + s.currency, money(s.revenue), o.columns);

    section(doc, z.tenders);
    for (const report::TenderRow& t : s.tenders)
        doc.add(Row{str(tender_label(r, t.kind)) + " (" + num(t.count) + ")", money(t.amount)});

    doc.add(Rule{'-'});
    doc.add(Row{str(z.voids), num(s.voids)});
    doc.add(Row{str(z.overrides), num(static_cast<std::int64_t>(s.overrides.size()))});
    doc.add(Row{str(z.no_sale_opens), num(s.no_sale_opens)});

    section(doc, z.cash_drawer);
    doc.add(Row{str(z.opening_float), money(s.cash.opening_float)});
    doc.add(Row{str(z.cash_sales), money(s.cash.cash_sales)});
    doc.add(Row{str(z.cash_refunds), minus(s.cash.cash_refunds)});
    if (s.cash.order_cash != 0) doc.add(Row{str(z.order_cash), money(s.cash.order_cash)});
    doc.add(Row{str(z.cash_expected), money(s.cash.expected), true});
    if (s.cash.counted) {
        doc.add(Row{str(z.cash_counted), money(*s.cash.counted), true});
        const Minor variance = s.cash.variance.value_or(checked_sub(*s.cash.counted, s.cash.expected));
        doc.add(Row{str(z.variance), (variance > 0 ? "+" : "") + money(variance), true});
        if (!s.cash.closed_by.empty()) doc.add(Row{str(z.closed_by), s.cash.closed_by});
    } else {
        doc.add(Row{str(z.not_closed), ""});
    }
    doc.add(Rule{'='});
    doc.add(escpos::Feed{2});
    doc.add(escpos::Cut{});
    return doc;
}

}  // namespace pos::receipt
