#pragma once
// Building blocks shared by the receipt, gift receipt and Z report layouts: the store header,
// big banners, the double-size total row, the sale heading and the closing part with the QR.
#include <string_view>

#include "drivers/escpos/document.h"
#include "receipt/receipt_data.h"

namespace pos::receipt {

// Store name (double size, bold, centred), the receipt header text, a '=' rule; long texts are
// wrapped to the paper's columns.
void add_store_header(escpos::Document& doc, const service::StoreSettings& store, int columns);
// A centred double-size bold line between asterisks: "*** COPY ***".
void add_banner(escpos::Document& doc, std::string_view text);
// Label and amount in double size: one justified line when it fits in half the columns (with
// room to spare for raster text), else the label and the amount right-aligned on two lines.
void add_big_row(escpos::Document& doc, std::string_view label, std::string_view amount, int columns);
// An item: name and right text on one row when `may_join` and they fit, else the name wrapped
// on its own lines followed by a row of `detail` (e.g. "  2 x 299.00") and the right text.
void add_item(escpos::Document& doc, std::string_view name, std::string_view detail, std::string_view right, int columns,
              bool may_join);
// Receipt number, local date and time, staff credited, cashier.
void add_sale_heading(escpos::Document& doc, const ReceiptData& data);
// Footer text, "thank you", the COPY banner again on copies, the receipt QR code with its
// payload printed under it, and a feed.
void add_closing(escpos::Document& doc, const ReceiptData& data, bool copy, int columns);

}  // namespace pos::receipt
