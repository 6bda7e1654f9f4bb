#pragma once
// The rows a completed sale is stored as (sale, lines, payments, taxes, overrides), for
// db::commit_sale: what the checkout writes, and what the benchmarks' bulk history writes too.
#include <string>

#include "core/sale/completed_sale.h"
#include "db/sales.h"

namespace pos::service {

// `staff_id`: who is credited with the sale (the visit's floor staff, else the cashier).
db::SaleDraft sale_draft(const CompletedSale& sale, Id staff_id, const std::string& day);

}  // namespace pos::service
