#pragma once
// Quick cash amounts for the tender panel: the exact amount due, then the next round amounts
// the customer is likely to hand over in the currency's notes (due 71.30 CNY -> 72, 75, 80, 100).
#include <string_view>
#include <vector>

#include "core/common/types.h"

namespace pos::ui {

// The banknotes (and large coins) of a currency in minor units, smallest first; a generic
// 1/5/10/20/50/100 major-unit series for a currency without a table.
std::vector<Minor> cash_denominations(std::string_view currency_code);

// `due` first (when > 0), then up to `more` distinct amounts above it: due rounded up to a
// multiple of each denomination, ascending.
std::vector<Minor> quick_cash_amounts(Minor due, std::string_view currency_code, std::size_t more = 3);

}  // namespace pos::ui
