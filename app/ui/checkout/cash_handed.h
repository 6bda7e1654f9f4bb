#pragma once
// "Cash handed over" for one cash payment of a known amount (an order's deposit, a balance
// payment): the exact amount, the round amounts above it in the currency's notes
// (quick_cash_amounts) as many as fit the row, and "Other amount", which turns the caller's
// keypad to the cash handed over; above them the change in the large font, or why the cash
// cannot be taken.
#include <string>
#include <string_view>

#include "core/common/lang.h"
#include "core/common/types.h"

namespace pos::ui {

struct CashHanded {
    std::string digits;   // the cash handed over, minor units; "" = exactly the payment
    bool typing = false;  // the keypad types `digits` (instead of the payment)
};

// The cash handed over for `payment`: the payment itself while nothing else was chosen or typed.
Minor cash_handed(const CashHanded& c, Minor payment);
// Enough cash to take `payment` (less is refused).
bool cash_covers(const CashHanded& c, Minor payment);

// Draws the caption with the change (or the refusal) on its line, then one row of chips (probed
// "cash/quick/<minor>", the first being the exact amount, and "cash/other") in `width` at the
// cursor.
void draw_cash_handed(CashHanded& c, Minor payment, std::string_view currency_code, Lang lang, float width);

}  // namespace pos::ui
