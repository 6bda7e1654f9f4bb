#pragma once
// Shared actors, approvals and products for the sale tests.
#include "core/sale/cart.h"
#include "core/staff/permissions.h"

namespace sale_test {

inline const pos::Actor floor_staff{1, pos::Role::floor, "Lan"};
inline const pos::Actor cashier{2, pos::Role::cashier, "Wei"};
inline const pos::Actor manager{3, pos::Role::manager, "Olga"};
inline const pos::Approval approval{3, pos::Role::manager, "Olga", "loyal customer"};
inline const pos::DiscountCaps caps{};

inline pos::ProductInfo sofa() { return {11, "SOFA-1", "Sofa", 199900, 1300}; }
inline pos::ProductInfo lamp() { return {12, "LAMP-2", "Lamp", 9990, 900}; }
inline pos::ProductInfo book() { return {13, "BOOK-3", "Book", 4500, 0}; }

}  // namespace sale_test
