#include "receipt/receipt_blocks.h"

#include "core/common/time.h"
#include "drivers/escpos/text_width.h"
#include "receipt/receipt_format.h"
#include "receipt/receipt_labels.h"
#include "core/sale/receipt_qr.h"

namespace pos::receipt {

using escpos::Align;
using escpos::Row;
using escpos::Text;
using escpos::TextStyle;

namespace {

TextStyle big(Align align) {
    TextStyle st;
    st.bold = true;
    st.width = 2;
    st.height = 2;
    st.align = align;
    return st;
}

}  // namespace

void add_store_header(escpos::Document& doc, const service::StoreSettings& store, int columns) {
    if (!store.store_name.empty()) doc.add(Text{wrap_text(store.store_name, columns / 2), big(Align::center)});
    if (!store.receipt_header.empty()) {
        TextStyle st;
        st.align = Align::center;
        doc.add(Text{wrap_text(store.receipt_header, columns), st});
    }
    doc.add(escpos::Rule{'='});
}

void add_banner(escpos::Document& doc, std::string_view text) {
    doc.add(Text{"*** " + std::string(text) + " ***", big(Align::center)});
}

void add_big_row(escpos::Document& doc, std::string_view label, std::string_view amount, int columns) {
    // Raster text draws proportional glyphs up to ~15% wider than the text-mode cells: keep
    // 4 double-width columns spare before putting both on one line.
    const int half = columns / 2;
    if (escpos::display_columns(label) + 1 + escpos::display_columns(amount) <= half - 4) {
        doc.add(Text{justified(label, amount, half), big(Align::left)});
        return;
    }
    doc.add(Text{std::string(label), big(Align::left)});
    doc.add(Text{std::string(amount), big(Align::right)});
}

void add_item(escpos::Document& doc, std::string_view name, std::string_view detail, std::string_view right, int columns,
              bool may_join) {
    if (may_join && escpos::display_columns(name) + 1 + escpos::display_columns(right) <= columns) {
        doc.add(Row{std::string(name), std::string(right)});
        return;
    }
    doc.add(Text{wrap_text(name, columns)});
    doc.add(Row{std::string(detail), std::string(right)});
}

void add_sale_heading(escpos::Document& doc, const ReceiptData& data) {
    const ReceiptLabels& l = receipt_labels(data.store.lang);
    doc.add(Row{std::string(l.receipt_no), receipt_number_text(data.sale.receipt_no)});
    doc.add(Row{std::string(l.date), local_datetime(data.sale.created_at)});
    if (!data.staff_name.empty()) doc.add(Row{std::string(l.staff), data.staff_name});
    if (!data.cashier_name.empty()) doc.add(Row{std::string(l.cashier), data.cashier_name});
}

void add_closing(escpos::Document& doc, const ReceiptData& data, bool copy, int columns) {
    const ReceiptLabels& l = receipt_labels(data.store.lang);
    TextStyle centred;
    centred.align = Align::center;
    doc.add(escpos::Rule{'='});
    if (!data.store.receipt_footer.empty()) doc.add(Text{wrap_text(data.store.receipt_footer, columns), centred});
    doc.add(Text{std::string(l.thank_you), centred});
    if (copy) add_banner(doc, l.copy);
    doc.add(escpos::Feed{1});
    const std::string payload = receipt_qr_payload(data.sale.receipt_no);
    doc.add(escpos::QrCode{payload, 6, escpos::QrEcc::M, Align::center});
    TextStyle small = centred;
    small.font = escpos::Font::b;
    doc.add(Text{payload, small});
    doc.add(Text{std::string(l.returns_hint), centred});
    doc.add(escpos::Feed{2});
}

}  // namespace pos::receipt
