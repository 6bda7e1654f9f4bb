#pragma once
// Hand-made receipts for the layout tests: an English sale with a line discount, a price
// override, two tax rates, card + cash tenders and change; its refund; the same sale in other
// languages and currencies; and a shared rasterizer and helpers to print through the virtual
// printer.
#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "drivers/escpos/encoder.h"
#include "drivers/escpos/font_paths.h"
#include "drivers/escpos/profile.h"
#include "drivers/escpos/text_raster.h"
#include "drivers/escpos/virtual_printer.h"
#include "receipt/receipt_data.h"
#include "receipt/receipt_layout.h"

namespace receipt_test {

using pos::Minor;
using Bytes = std::vector<std::uint8_t>;

inline void use_utc() {
    setenv("TZ", "UTC", 1);
    tzset();
}

inline pos::db::SaleLineRow line(int no, std::string sku, std::string name, std::int64_t qty, Minor list, Minor unit,
                                 Minor line_discount, int rate_bp, Minor tax) {
    pos::db::SaleLineRow l;
    l.line_no = no;
    l.sku = std::move(sku);
    l.name = std::move(name);
    l.qty = qty;
    l.list_price = list;
    l.unit_price = unit;
    l.line_discount = line_discount;
    l.tax_rate_bp = rate_bp;
    l.tax = tax;
    l.payable = unit * qty - line_discount;
    return l;
}

// Receipt 123 on 2026-11-20 10:35 UTC, CNY, tax inclusive: subtotal 7,747.00, discount
// 1,049.85, total 6,697.15; 13% base 5,793.93 tax 753.22; 6% base 141.51 tax 8.49.
inline pos::receipt::ReceiptData english_sale() {
    pos::receipt::ReceiptData d;
    d.store.store_name = "Lotus Home";
    d.store.receipt_header = "12 Garden Road, Suzhou";
    d.store.receipt_footer = "Returns within 14 days";
    d.store.lang = pos::Lang::en;
    d.staff_name = "Lan";
    d.cashier_name = "Wei";
    auto& s = d.sale;
    s.id = 7;
    s.receipt_no = 123;
    s.created_at = 1795170900000;
    s.currency = "CNY";
    s.tax_mode = "inclusive";
    s.lines = {line(1, "SOFA-1", "Sofa Milano 3-seater, oak legs, grey linen", 1, 699900, 699900, 104985, 1300, 68442),
               line(2, "LAMP-1", "Table lamp", 2, 29900, 29900, 0, 1300, 6880),
               line(3, "DELIV", "Delivery", 1, 20000, 15000, 0, 600, 849)};
    s.subtotal = 774700;
    s.discount_total = 104985;
    s.tax_total = 76171;
    s.total = 669715;
    s.change_given = 30285;
    s.payments = {{"card", 500000, 500000, "A12345"}, {"cash", 169715, 200000, ""}};
    s.taxes = {{600, 14151, 849}, {1300, 579393, 75322}};
    return d;
}

// Receipt 124: one lamp of receipt 123 back in cash.
inline pos::receipt::ReceiptData english_refund() {
    pos::receipt::ReceiptData d = english_sale();
    d.refund_of_receipt_no = 123;
    auto& s = d.sale;
    s.id = 8;
    s.kind = "refund";
    s.refund_of = 7;
    s.receipt_no = 124;
    s.created_at += 3600000;
    s.lines = {line(1, "LAMP-1", "Table lamp", -1, 29900, 29900, 0, 1300, -3440)};
    s.subtotal = -29900;
    s.discount_total = 0;
    s.tax_total = -3440;
    s.total = -29900;
    s.change_given = 0;
    s.payments = {{"cash", -29900, 0, ""}};
    s.taxes = {{1300, -26460, -3440}};
    return d;
}

// The English sale with the store language, currency and item names changed.
inline pos::receipt::ReceiptData localized_sale(pos::Lang lang, const std::string& currency, const std::string& store,
                                                const std::vector<std::string>& names) {
    pos::receipt::ReceiptData d = english_sale();
    d.store.lang = lang;
    d.store.store_name = store;
    d.store.receipt_header.clear();
    d.store.receipt_footer.clear();
    d.sale.currency = currency;
    for (std::size_t i = 0; i < names.size() && i < d.sale.lines.size(); ++i) d.sale.lines[i].name = names[i];
    return d;
}

inline const pos::escpos::TextRasterizer& rasterizer() {
    static const pos::escpos::TextRasterizer r(pos::escpos::resolve_fonts());
    return r;
}

inline bool contains(const Bytes& hay, const Bytes& needle) {
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

inline Bytes bytes_of(const std::string& s) { return Bytes(s.begin(), s.end()); }

// GS v 0: a raster image (raster text or a QR drawn as an image).
inline bool has_raster(const Bytes& b) { return contains(b, {0x1D, 0x76, 0x30}); }

}  // namespace receipt_test
