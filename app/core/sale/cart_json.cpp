#include "core/sale/cart_json.h"

#include "core/common/error.h"

namespace pos {
namespace {

using nlohmann::json;

constexpr Action kActions[] = {Action::discount_over_cap, Action::price_override, Action::void_line,
                               Action::void_sale,         Action::refund,         Action::no_sale_drawer,
                               Action::day_close,         Action::manage_staff,   Action::manage_catalog,
                               Action::manage_settings};

Action parse_action(const std::string& s) {
    for (Action a : kActions)
        if (action_name(a) == s) return a;
    throw Error(Errc::invalid_input, "stored cart: unknown action '" + s + "'");
}

json discount_json(const std::optional<Discount>& d, int limit_bp) {
    if (!d) return nullptr;
    return json{{"kind", discount_kind_name(d->kind)}, {"value", d->value}, {"limit_bp", limit_bp}};
}

void read_discount(const json& j, std::optional<Discount>& d, int& limit_bp) {
    if (j.is_null()) {
        d.reset();
        limit_bp = 0;
        return;
    }
    auto kind = parse_discount_kind(j.at("kind").get<std::string>());
    if (!kind) throw Error(Errc::invalid_input, "stored cart: unknown discount kind");
    d = Discount{*kind, j.at("value").get<std::int64_t>()};
    limit_bp = j.at("limit_bp").get<int>();
}

}  // namespace

json cart_to_json(const Cart& cart) {
    const CartData& d = cart.data();
    json lines = json::array();
    for (const CartLine& l : d.lines)
        lines.push_back(json{{"line_id", l.line_id},       {"product_id", l.product_id}, {"sku", l.sku},
                             {"name", l.name},             {"list_price", l.list_price}, {"unit_price", l.unit_price},
                             {"qty", l.qty},               {"tax_rate_bp", l.tax_rate_bp},
                             {"discount", discount_json(l.discount, l.discount_limit_bp)}});
    json overrides = json::array();
    for (const OverrideRecord& o : d.overrides)
        overrides.push_back(json{{"action", action_name(o.action)},
                                 {"line_id", o.line_id},
                                 {"requested_by", o.requested_by},
                                 {"detail", o.detail},
                                 {"approval", json{{"manager_id", o.approval.manager_id},
                                                   {"manager_role", role_name(o.approval.manager_role)},
                                                   {"manager_name", o.approval.manager_name},
                                                   {"reason", o.approval.reason}}}});
    return json{{"version", 1},
                {"currency", d.currency_code},
                {"next_line_id", d.next_line_id},
                {"visit_id", d.visit_id},
                {"customer_id", d.customer_id},
                {"order_discount", discount_json(d.order_discount, d.order_discount_limit_bp)},
                {"lines", lines},
                {"overrides", overrides}};
}

Cart cart_from_json(const json& j) {
    CartData d;
    try {
        if (j.at("version").get<int>() != 1) throw Error(Errc::invalid_input, "stored cart: unsupported version");
        d.currency_code = j.at("currency").get<std::string>();
        d.next_line_id = j.at("next_line_id").get<int>();
        d.visit_id = j.at("visit_id").get<Id>();
        d.customer_id = j.at("customer_id").get<Id>();
        read_discount(j.at("order_discount"), d.order_discount, d.order_discount_limit_bp);
        for (const json& l : j.at("lines")) {
            CartLine line;
            line.line_id = l.at("line_id").get<int>();
            line.product_id = l.at("product_id").get<Id>();
            line.sku = l.at("sku").get<std::string>();
            line.name = l.at("name").get<std::string>();
            line.list_price = l.at("list_price").get<Minor>();
            line.unit_price = l.at("unit_price").get<Minor>();
            line.qty = l.at("qty").get<int>();
            line.tax_rate_bp = l.at("tax_rate_bp").get<int>();
            read_discount(l.at("discount"), line.discount, line.discount_limit_bp);
            d.lines.push_back(std::move(line));
        }
        for (const json& o : j.at("overrides")) {
            OverrideRecord r;
            r.action = parse_action(o.at("action").get<std::string>());
            r.line_id = o.at("line_id").get<int>();
            r.requested_by = o.at("requested_by").get<Id>();
            r.detail = o.at("detail").get<std::string>();
            const json& a = o.at("approval");
            r.approval.manager_id = a.at("manager_id").get<Id>();
            auto role = parse_role(a.at("manager_role").get<std::string>());
            if (!role) throw Error(Errc::invalid_input, "stored cart: unknown role in an override");
            r.approval.manager_role = *role;
            r.approval.manager_name = a.at("manager_name").get<std::string>();
            r.approval.reason = a.at("reason").get<std::string>();
            d.overrides.push_back(std::move(r));
        }
    } catch (const json::exception& e) {
        throw Error(Errc::invalid_input, std::string("stored cart is damaged: ") + e.what());
    }
    return Cart::restore(std::move(d));
}

json held_cart_to_json(const HeldCart& held) {
    return json{{"id", held.id}, {"label", held.label}, {"held_at", held.held_at}, {"cart", cart_to_json(held.cart)}};
}

HeldCart held_cart_from_json(const json& j) {
    try {
        return HeldCart{j.at("id").get<Id>(), j.at("label").get<std::string>(), j.at("held_at").get<Timestamp>(),
                        cart_from_json(j.at("cart"))};
    } catch (const json::exception& e) {
        throw Error(Errc::invalid_input, std::string("stored held cart is damaged: ") + e.what());
    }
}

}  // namespace pos
