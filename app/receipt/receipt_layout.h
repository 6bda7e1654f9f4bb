#pragma once
// Receipt layouts: a completed sale or refund -> escpos::Document (pure, no I/O). Amounts on
// the lines are plain grouped numbers in the store language's format; the currency code is
// printed once, on the total line, so receipts in Russian stay in the printer's text mode.
// The QR code at the bottom carries receipt_qr_payload() (core/sale/receipt_qr.h).
#include "drivers/escpos/document.h"
#include "drivers/escpos/profile.h"
#include "receipt/receipt_data.h"

namespace pos::receipt {

struct ReceiptOptions {
    int columns = 48;          // Font A columns of the paper (48 on 80 mm, 32 on 58 mm)
    bool copy = false;         // reprint: "COPY" marking, never opens the drawer
    bool open_drawer = true;   // pulse the drawer when a cash tender is on the receipt
};

// Columns and drawer capability of a printer profile.
ReceiptOptions receipt_options_for(const escpos::Profile& profile, bool copy = false);

// Store header, receipt number, date, staff, lines (name, "qty x unit price" and amount, discounts, price
// overrides, order discount share), subtotal, per-rate tax table, total, tenders, change,
// footer, QR code, drawer pulse (cash, not on copies) and cut. A refund prints its amounts as
// positive figures under "REFUND of receipt N".
escpos::Document sale_receipt(const ReceiptData& data, const ReceiptOptions& options);

// Items and quantities only (no prices, totals or tenders) with the QR code for returns.
// Throws Error(invalid_state) for a refund.
escpos::Document gift_receipt(const ReceiptData& data, const ReceiptOptions& options);

}  // namespace pos::receipt
