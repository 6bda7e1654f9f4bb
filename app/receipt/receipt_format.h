#pragma once
// Small text helpers shared by the receipt and Z report layouts: amounts without a currency
// symbol (₽ and ₫ are in no printer code page), masked card references, justified lines for
// double-width text and three-column table rows.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/common/lang.h"
#include "core/common/types.h"
#include "core/sale/money.h"

namespace pos::receipt {

// format_money without the currency symbol: en/zh "1,234.50", ru "1 234,50" (no-break space),
// vi "1.234.500".
std::string plain_amount(Minor amount, const Currency& cur, Lang lang);
// Every character but the last 4 replaced by '*': "A12345" -> "**2345". Short references are
// printed as is.
std::string mask_reference(std::string_view reference);
// Left and right text justified to `columns` columns (lines joined with '\n'; see justify_row).
std::string justified(std::string_view left, std::string_view right, int columns);
// The right-hand part of a three-column table row (label | middle | right): middle and right
// each right-aligned in columns/3 columns. Used as the right text of an escpos::Row, so the
// label column stays left and the figures line up under each other.
std::string table_fields(std::string_view middle, std::string_view right, int columns);
// Text broken into lines of at most `columns` columns ('\n' between them): at spaces where
// possible, inside a word (or between CJK characters) when a word alone is too wide.
std::string wrap_text(std::string_view text, int columns);
// A tax rate as format_rate() prints it, with a decimal comma for ru and vi: "13.00%", "13,00%".
std::string rate_text(int rate_bp, Lang lang);
// A share in basis points without trailing zeros: 1500 -> "15%", 1250 -> "12.5%" ("12,5%" in
// ru and vi).
std::string percent_text(std::int64_t bp, Lang lang);

}  // namespace pos::receipt
