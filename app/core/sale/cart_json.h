#pragma once
// JSON form of a cart and of a held cart, for the storage layer. Format (version 1):
//   {"version":1,"currency":"CNY","next_line_id":3,"visit_id":0,"customer_id":0,
//    "order_discount":null | {"kind":"percent"|"amount","value":1500,"limit_bp":1500},
//    "lines":[{"line_id":1,"product_id":7,"sku":"..","name":"..","list_price":199900,
//              "unit_price":150000,"qty":1,"tax_rate_bp":1300,
//              "discount":null | {"kind":..,"value":..,"limit_bp":..}}],
//    "overrides":[{"action":"price_override","line_id":1,"requested_by":2,"detail":"..",
//                  "approval":{"manager_id":3,"manager_role":"manager","manager_name":"..","reason":".."}}]}
// Held cart: {"id":1,"label":"..","held_at":<ms>,"cart":{...}}.
// Reading validates everything (Cart::restore) and throws Error(invalid_input) on bad input.
#include <nlohmann/json.hpp>

#include "core/sale/cart.h"
#include "core/sale/held_carts.h"

namespace pos {

nlohmann::json cart_to_json(const Cart& cart);
Cart cart_from_json(const nlohmann::json& j);

nlohmann::json held_cart_to_json(const HeldCart& held);
HeldCart held_cart_from_json(const nlohmann::json& j);

}  // namespace pos
