#pragma once
// The words printed on receipts, gift receipts and the Z report, in each staff language.
// Printed text must stay encodable by the printers' fonts: Chinese labels use characters of
// GB2312/Big5, Russian labels Cyrillic of CP866/CP1251 (no ₽), so those receipts print as text.
#include <string_view>

#include "core/common/lang.h"

namespace pos::receipt {

struct ReceiptLabels {
    std::string_view receipt_no;      // "Receipt No."
    std::string_view copy;            // reprint marking
    std::string_view refund;          // refund receipt title
    std::string_view refund_of;       // "REFUND of receipt" + number
    std::string_view date;
    std::string_view staff;           // floor staff credited with the sale
    std::string_view cashier;
    std::string_view discount;        // line discount
    std::string_view price_override;  // followed by the list price ("was ...")
    std::string_view was;
    std::string_view order_discount;  // an order discount (its share on a line, its total)
    std::string_view subtotal;
    std::string_view discount_total;  // all discounts of the sale
    std::string_view tax_rate;        // tax table heading: rate, net, tax
    std::string_view tax_base;
    std::string_view tax;
    std::string_view total;
    std::string_view refunded;        // the total of a refund
    std::string_view cash;
    std::string_view card;
    std::string_view voucher;
    std::string_view change;
    std::string_view gift_receipt;
    std::string_view item;            // gift receipt heading: item, quantity
    std::string_view qty;
    std::string_view returns_hint;    // under the QR code
    std::string_view thank_you;
};

struct ZReportLabels {
    std::string_view title;
    std::string_view day;
    std::string_view traffic;
    std::string_view visits;
    std::string_view sold;
    std::string_view lost;
    std::string_view follow_up;
    std::string_view open;
    std::string_view conversion;
    std::string_view sales;          // number of sales
    std::string_view gross_sales;
    std::string_view refunds;        // number and amount
    std::string_view revenue;
    std::string_view tax;
    std::string_view average_ticket;
    std::string_view items_sold;
    std::string_view tenders;
    std::string_view voids;
    std::string_view overrides;
    std::string_view no_sale_opens;
    std::string_view cash_drawer;
    std::string_view opening_float;
    std::string_view cash_sales;
    std::string_view cash_refunds;
    std::string_view cash_expected;
    std::string_view cash_counted;
    std::string_view variance;
    std::string_view not_closed;     // day not closed yet (no count)
    std::string_view closed_by;
    std::string_view order_cash;     // cash taken on special orders (deposits, balances)
};

const ReceiptLabels& receipt_labels(Lang lang) noexcept;
const ZReportLabels& z_report_labels(Lang lang) noexcept;
// A tender kind's stored name (core/sale/tender_kind.h) in the language; unknown kinds are
// returned as is.
std::string_view tender_label(const ReceiptLabels& labels, std::string_view kind) noexcept;

}  // namespace pos::receipt
