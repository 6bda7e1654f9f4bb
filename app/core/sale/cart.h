#pragma once
// The open (unpaid) cart: lines, line and order discounts, price overrides, voids, and the
// record of every manager approval used on it. Pure value type; persisted via cart_json.h.
//
// Permission rules (pos::authorize, see core/staff/permissions.h):
//   remove_line        Action::void_line          void_all   Action::void_sale
//   override_price     Action::price_override     (any unit price other than list_price)
//   discounts above the actor's cap (DiscountCaps::cap_for)   Action::discount_over_cap
// Every Approval that authorize() reports as used is appended to overrides().
//
// Discount limits: a discount is accepted under a share limit (the actor's cap, or the
// discount's own share when a manager approved more). A later change that would raise an
// amount discount's share above that limit (lower qty, lower price, removing lines) is
// refused with Errc::invalid_state; change or remove the discount first. Percent discounts
// keep their share whatever the quantities. Removing the last line clears the order discount.
//
// Every mutation is all-or-nothing: on a throw the cart is unchanged.
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/sale/discount.h"
#include "core/sale/money.h"
#include "core/staff/permissions.h"

namespace pos {

inline constexpr int kMaxLineQty = 9999;

// What the cart needs to know about a catalog product.
struct ProductInfo {
    Id product_id = 0;
    std::string sku;
    std::string name;
    Minor list_price = 0;  // catalog unit price, minor units, >= 0
    int tax_rate_bp = 0;   // 1300 = 13.00 %
};

struct CartLine {
    int line_id = 0;  // stable, unique in the cart, never reused
    Id product_id = 0;
    std::string sku;
    std::string name;
    Minor list_price = 0;  // catalog unit price
    Minor unit_price = 0;  // after a price override (== list_price when none)
    int qty = 1;           // 1..kMaxLineQty
    int tax_rate_bp = 0;
    std::optional<Discount> discount;  // applies to unit_price * qty
    int discount_limit_bp = 0;         // share limit the discount was accepted under
    bool operator==(const CartLine&) const = default;
};

// One manager approval used on the cart, for the caller to persist and journal.
struct OverrideRecord {
    Action action = Action::price_override;
    int line_id = 0;        // 0 = the whole order
    Id requested_by = 0;    // staff id of the actor who asked
    Approval approval;
    std::string detail;     // "price 1999.00 -> 1500.00", "discount 15.00%", "void 2 x SOFA-1 Sofa"
};
bool operator==(const OverrideRecord& a, const OverrideRecord& b);

// The whole state of a cart, for persistence. Cart::restore validates it.
struct CartData {
    std::string currency_code;
    std::vector<CartLine> lines;
    std::optional<Discount> order_discount;  // applies to the sum after line discounts
    int order_discount_limit_bp = 0;
    std::vector<OverrideRecord> overrides;
    Id visit_id = 0;     // 0 = none
    Id customer_id = 0;  // 0 = none
    int next_line_id = 1;
    bool operator==(const CartData&) const = default;
};

class Cart {
public:
    explicit Cart(const Currency& cur);
    // Rebuilds a cart from stored data; throws Error(invalid_input) naming what is wrong.
    static Cart restore(CartData data);

    const CartData& data() const noexcept { return d_; }
    const Currency& currency() const noexcept { return *cur_; }
    const std::vector<CartLine>& lines() const noexcept { return d_.lines; }
    const CartLine& line(int line_id) const;  // Error(not_found)
    bool empty() const noexcept { return d_.lines.empty(); }
    const std::optional<Discount>& order_discount() const noexcept { return d_.order_discount; }
    const std::vector<OverrideRecord>& overrides() const noexcept { return d_.overrides; }
    Id visit_id() const noexcept { return d_.visit_id; }
    Id customer_id() const noexcept { return d_.customer_id; }
    void set_visit_id(Id id);     // 0 clears; negative -> invalid_input
    void set_customer_id(Id id);  // 0 clears; negative -> invalid_input

    // Adds qty of a product; merges into an existing line of the same product that has no
    // discount, no price override and the same price, sku, name and rate. Returns the line id.
    int add_product(const ProductInfo& p, int qty = 1);
    void set_qty(int line_id, int qty);
    void remove_line(int line_id, const Actor& actor, const std::optional<Approval>& approval = std::nullopt);
    // Voids the whole cart (lines, discounts, links, overrides). Returns every override recorded
    // on the cart plus the void_sale one if an approval was used, for the journal. An empty cart
    // needs no permission.
    std::vector<OverrideRecord> void_all(const Actor& actor, const std::optional<Approval>& approval = std::nullopt);

    void set_line_discount(int line_id, const Discount& d, const Actor& actor, const DiscountCaps& caps,
                           const std::optional<Approval>& approval = std::nullopt);
    void clear_line_discount(int line_id);
    void set_order_discount(const Discount& d, const Actor& actor, const DiscountCaps& caps,
                            const std::optional<Approval>& approval = std::nullopt);
    void clear_order_discount() noexcept;

    // Sets the unit price; back to list_price needs no permission.
    void override_price(int line_id, Minor unit_price, const Actor& actor,
                        const std::optional<Approval>& approval = std::nullopt);

    // unit_price * qty of one line; the sum of lines after line discounts (the order discount base).
    Minor line_gross(int line_id) const;
    Minor order_discount_base() const;

private:
    CartData d_;
    const Currency* cur_;
};

// Checked helpers shared with totals: gross of a line, its line-discount amount.
Minor line_gross(const CartLine& l);
Minor line_discount_amount(const CartLine& l, const Currency& cur);
Minor order_discount_base(const std::vector<CartLine>& lines, const Currency& cur);

}  // namespace pos
