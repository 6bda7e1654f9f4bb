#include "core/sale/cart.h"

#include <algorithm>
#include <set>

#include "core/common/error.h"
#include "core/sale/tax.h"

namespace pos {
namespace {

std::vector<CartLine>::iterator find_line(std::vector<CartLine>& lines, int line_id) {
    auto it = std::find_if(lines.begin(), lines.end(), [&](const CartLine& l) { return l.line_id == line_id; });
    if (it == lines.end()) throw Error(Errc::not_found, "line " + std::to_string(line_id) + " is not in the cart");
    return it;
}

void validate_qty(int qty) {
    if (qty < 1 || qty > kMaxLineQty)
        throw Error(Errc::invalid_input, "quantity must be between 1 and " + std::to_string(kMaxLineQty) + " (got " +
                                             std::to_string(qty) + ")");
}

void validate_price(Minor price) {
    if (price < 0) throw Error(Errc::invalid_input, "a price cannot be negative");
}

std::string label(const CartLine& l) { return l.sku.empty() ? l.name : l.sku + " " + l.name; }

// Every amount discount must stay within the share limit it was accepted under, and every
// sum must fit: computing the order base runs the checked arithmetic over all lines.
void check_limits(const CartData& d, const Currency& cur) {
    for (const CartLine& l : d.lines) {
        if (!l.discount) continue;
        const Minor gross = line_gross(l);
        validate_discount(*l.discount, gross, cur);
        if (!discount_within(*l.discount, gross, l.discount_limit_bp))
            throw Error(Errc::invalid_state, "this change would raise the discount on line " + std::to_string(l.line_id) + " (" +
                                                 label(l) + ") above the " + format_rate(l.discount_limit_bp) +
                                                 " that was allowed; change the discount first");
    }
    const Minor base = order_discount_base(d.lines, cur);
    if (d.order_discount) {
        validate_discount(*d.order_discount, base, cur);
        if (!discount_within(*d.order_discount, base, d.order_discount_limit_bp))
            throw Error(Errc::invalid_state, "this change would raise the order discount above the " +
                                                 format_rate(d.order_discount_limit_bp) +
                                                 " that was allowed; change the order discount first");
    }
}

OverrideRecord record(Action a, int line_id, const Actor& actor, const Approval& ap, std::string detail) {
    return OverrideRecord{a, line_id, actor.staff_id, ap, std::move(detail)};
}

}  // namespace

bool operator==(const OverrideRecord& a, const OverrideRecord& b) {
    return a.action == b.action && a.line_id == b.line_id && a.requested_by == b.requested_by &&
           a.approval.manager_id == b.approval.manager_id && a.approval.manager_role == b.approval.manager_role &&
           a.approval.manager_name == b.approval.manager_name && a.approval.reason == b.approval.reason &&
           a.detail == b.detail;
}

Minor line_gross(const CartLine& l) { return checked_mul(l.unit_price, l.qty); }

Minor line_discount_amount(const CartLine& l, const Currency& cur) {
    if (!l.discount) return 0;
    return discount_amount(*l.discount, line_gross(l), cur);
}

Minor order_discount_base(const std::vector<CartLine>& lines, const Currency& cur) {
    Minor sum = 0;
    for (const CartLine& l : lines) sum = checked_add(sum, checked_sub(line_gross(l), line_discount_amount(l, cur)));
    return sum;
}

Cart::Cart(const Currency& cur) : cur_(&cur) { d_.currency_code = std::string(cur.code); }

Cart Cart::restore(CartData data) {
    const Currency* cur = find_currency(data.currency_code);
    if (!cur) throw Error(Errc::invalid_input, "stored cart: unknown currency '" + data.currency_code + "'");
    if (data.next_line_id < 1) throw Error(Errc::invalid_input, "stored cart: bad next line id");
    if (data.visit_id < 0 || data.customer_id < 0) throw Error(Errc::invalid_input, "stored cart: bad visit or customer id");
    std::set<int> ids;
    for (const CartLine& l : data.lines) {
        if (l.line_id < 1 || l.line_id >= data.next_line_id || !ids.insert(l.line_id).second)
            throw Error(Errc::invalid_input, "stored cart: bad or duplicate line id " + std::to_string(l.line_id));
        validate_qty(l.qty);
        validate_price(l.list_price);
        validate_price(l.unit_price);
        validate_tax_rate(l.tax_rate_bp);
        if (l.discount_limit_bp < 0 || l.discount_limit_bp > 10000)
            throw Error(Errc::invalid_input, "stored cart: bad discount limit on line " + std::to_string(l.line_id));
    }
    if (data.order_discount_limit_bp < 0 || data.order_discount_limit_bp > 10000)
        throw Error(Errc::invalid_input, "stored cart: bad order discount limit");
    try {
        check_limits(data, *cur);
    } catch (const Error& e) {
        if (e.code() == Errc::overflow) throw;
        throw Error(Errc::invalid_input, std::string("stored cart: ") + e.what());
    }
    Cart c(*cur);
    c.d_ = std::move(data);
    return c;
}

const CartLine& Cart::line(int line_id) const {
    auto it = std::find_if(d_.lines.begin(), d_.lines.end(), [&](const CartLine& l) { return l.line_id == line_id; });
    if (it == d_.lines.end()) throw Error(Errc::not_found, "line " + std::to_string(line_id) + " is not in the cart");
    return *it;
}

void Cart::set_visit_id(Id id) {
    if (id < 0) throw Error(Errc::invalid_input, "bad visit id");
    d_.visit_id = id;
}

void Cart::set_customer_id(Id id) {
    if (id < 0) throw Error(Errc::invalid_input, "bad customer id");
    d_.customer_id = id;
}

int Cart::add_product(const ProductInfo& p, int qty) {
    validate_qty(qty);
    validate_price(p.list_price);
    validate_tax_rate(p.tax_rate_bp);
    if (p.product_id < 0) throw Error(Errc::invalid_input, "bad product id");
    CartData next = d_;
    auto same = std::find_if(next.lines.begin(), next.lines.end(), [&](const CartLine& l) {
        return l.product_id == p.product_id && !l.discount && l.unit_price == l.list_price && l.list_price == p.list_price &&
               l.sku == p.sku && l.name == p.name && l.tax_rate_bp == p.tax_rate_bp;
    });
    int id = 0;
    if (same != next.lines.end()) {
        const int merged = same->qty + qty;
        if (merged > kMaxLineQty)
            throw Error(Errc::invalid_input, "quantity must be between 1 and " + std::to_string(kMaxLineQty) + " (line would have " +
                                                 std::to_string(merged) + ")");
        same->qty = merged;
        id = same->line_id;
    } else {
        id = next.next_line_id++;
        next.lines.push_back(CartLine{id, p.product_id, p.sku, p.name, p.list_price, p.list_price, qty, p.tax_rate_bp,
                                      std::nullopt, 0});
    }
    check_limits(next, *cur_);
    d_ = std::move(next);
    return id;
}

void Cart::set_qty(int line_id, int qty) {
    validate_qty(qty);
    CartData next = d_;
    find_line(next.lines, line_id)->qty = qty;
    check_limits(next, *cur_);
    d_ = std::move(next);
}

void Cart::remove_line(int line_id, const Actor& actor, const std::optional<Approval>& approval) {
    CartData next = d_;
    auto it = find_line(next.lines, line_id);
    const std::optional<Approval> used = authorize(Action::void_line, actor, approval);
    const std::string detail = "void " + std::to_string(it->qty) + " x " + label(*it);
    next.lines.erase(it);
    if (next.lines.empty()) {
        next.order_discount.reset();
        next.order_discount_limit_bp = 0;
    }
    check_limits(next, *cur_);
    if (used) next.overrides.push_back(record(Action::void_line, line_id, actor, *used, detail));
    d_ = std::move(next);
}

std::vector<OverrideRecord> Cart::void_all(const Actor& actor, const std::optional<Approval>& approval) {
    std::vector<OverrideRecord> out = d_.overrides;
    if (!d_.lines.empty()) {
        Minor sum = 0;
        int items = 0;
        for (const CartLine& l : d_.lines) {
            sum = checked_add(sum, pos::line_gross(l));
            items += l.qty;
        }
        if (auto used = authorize(Action::void_sale, actor, approval))
            out.push_back(record(Action::void_sale, 0, actor, *used,
                                 "void sale: " + std::to_string(items) + " items, " + format_plain(sum, *cur_)));
    }
    const int next_id = d_.next_line_id;
    d_ = CartData{};
    d_.currency_code = std::string(cur_->code);
    d_.next_line_id = next_id;
    return out;
}

void Cart::set_line_discount(int line_id, const Discount& d, const Actor& actor, const DiscountCaps& caps,
                             const std::optional<Approval>& approval) {
    CartData next = d_;
    auto it = find_line(next.lines, line_id);
    const Minor base = pos::line_gross(*it);
    validate_discount(d, base, *cur_);
    const int cap = caps.cap_for(actor.role);
    std::optional<Approval> used;
    if (!discount_within(d, base, cap)) used = authorize(Action::discount_over_cap, actor, approval);
    it->discount = d;
    it->discount_limit_bp = std::max(std::clamp(cap, 0, 10000), discount_share_bp_ceil(d, base));
    if (used)
        next.overrides.push_back(record(Action::discount_over_cap, line_id, actor, *used,
                                        describe_discount(d, base, *cur_) + " on " + label(*it)));
    check_limits(next, *cur_);
    d_ = std::move(next);
}

void Cart::clear_line_discount(int line_id) {
    CartData next = d_;
    auto it = find_line(next.lines, line_id);
    it->discount.reset();
    it->discount_limit_bp = 0;
    check_limits(next, *cur_);
    d_ = std::move(next);
}

void Cart::set_order_discount(const Discount& d, const Actor& actor, const DiscountCaps& caps,
                              const std::optional<Approval>& approval) {
    if (d_.lines.empty()) throw Error(Errc::invalid_state, "add items to the cart before an order discount");
    CartData next = d_;
    const Minor base = pos::order_discount_base(next.lines, *cur_);
    validate_discount(d, base, *cur_);
    const int cap = caps.cap_for(actor.role);
    std::optional<Approval> used;
    if (!discount_within(d, base, cap)) used = authorize(Action::discount_over_cap, actor, approval);
    next.order_discount = d;
    next.order_discount_limit_bp = std::max(std::clamp(cap, 0, 10000), discount_share_bp_ceil(d, base));
    if (used)
        next.overrides.push_back(record(Action::discount_over_cap, 0, actor, *used, "order " + describe_discount(d, base, *cur_)));
    check_limits(next, *cur_);
    d_ = std::move(next);
}

void Cart::clear_order_discount() noexcept {
    d_.order_discount.reset();
    d_.order_discount_limit_bp = 0;
}

void Cart::override_price(int line_id, Minor unit_price, const Actor& actor, const std::optional<Approval>& approval) {
    validate_price(unit_price);
    CartData next = d_;
    auto it = find_line(next.lines, line_id);
    if (it->unit_price == unit_price) return;
    const std::optional<Approval> used =
        unit_price != it->list_price ? authorize(Action::price_override, actor, approval) : std::nullopt;
    const std::string detail = "price " + format_plain(it->unit_price, *cur_) + " -> " + format_plain(unit_price, *cur_) +
                               " on " + label(*it);
    it->unit_price = unit_price;
    check_limits(next, *cur_);
    if (used) next.overrides.push_back(record(Action::price_override, line_id, actor, *used, detail));
    d_ = std::move(next);
}

Minor Cart::line_gross(int line_id) const { return pos::line_gross(line(line_id)); }

Minor Cart::order_discount_base() const { return pos::order_discount_base(d_.lines, *cur_); }

}  // namespace pos
