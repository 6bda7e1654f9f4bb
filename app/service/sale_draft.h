#pragma once
// The rows a completed sale is stored as (sale, lines, payments, taxes, overrides), for
// db::commit_sale, and the rows of an order taken from a cart, for db::insert_order: what the
// checkout writes, and what the benchmarks' bulk history writes too.
#include <string>

#include "core/sale/cart.h"
#include "core/sale/completed_sale.h"
#include "core/sale/totals.h"
#include "db/orders.h"
#include "db/sales.h"

namespace pos::service {

// `staff_id`: who is credited with the sale (the visit's floor staff, else the cashier).
db::SaleDraft sale_draft(const CompletedSale& sale, Id staff_id, const std::string& day);

// An order's lines (each from the floor; the caller marks those to order) and money totals from
// the cart it is taken from and the cart's totals. Who, when and where are the caller's.
db::OrderRow order_draft(const Cart& cart, const CartTotals& totals);

}  // namespace pos::service
