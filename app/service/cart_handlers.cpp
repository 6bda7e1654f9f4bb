// Cart intents: adding by scan or sku, quantities, voids, discounts, price overrides,
// tenders, hold and recall. Changes to the cart are refused while tenders are taken.
#include <nlohmann/json.hpp>

#include "core/codes/barcode.h"
#include "core/sale/cart_json.h"
#include "core/sale/receipt_qr.h"
#include "db/catalog.h"
#include "db/customers.h"
#include "db/held_carts.h"
#include "db/journal.h"
#include "db/overrides.h"
#include "db/visits.h"
#include "service/handlers.h"

namespace pos::service {
namespace {

ProductInfo product_info(const db::ProductRow& p) { return {p.id, p.sku, p.name, p.price, p.tax_rate_bp}; }

Discount to_discount(const intent::DiscountSpec& d) {
    return d.percent ? percent_off(d.value) : amount_off(d.value);
}

}  // namespace

int Handlers::line_id_at(int position) const {
    const auto& lines = s.cart_.lines();
    if (position < 1 || static_cast<std::size_t>(position) > lines.size())
        throw Error(Errc::not_found, "no line " + std::to_string(position) + " in the cart (" + std::to_string(lines.size()) + " lines)");
    return lines[static_cast<std::size_t>(position - 1)].line_id;
}

Outcome Handlers::cart_result(std::string message, event::CartChange what) const {
    const CartTotals t = s.totals();
    message += " — cart " + std::to_string(t.totals.line_count) + (t.totals.line_count == 1 ? " line" : " lines") + ", total " +
               money(t.totals.total);
    return {std::move(message), 0, 0, {event::CartChanged{what}}};
}

Outcome Handlers::operator()(const intent::Scan& i) {
    s.require_user();
    s.require_no_tenders("add items");
    ScanResult scan;
    try {
        scan = parse_scan(i.code);
    } catch (const Error& e) {
        throw Error(e.code(), e.what(), Cause::unreadable_barcode);
    }
    // A receipt's own QR code at the till opens that receipt (for a return); the cart is unchanged.
    if (const auto receipt_no = receipt::parse_receipt_qr(scan.data))
        return {"receipt " + receipt::receipt_number_text(*receipt_no) + " scanned", 0, *receipt_no,
                {event::ReceiptScanned{*receipt_no}}};
    auto product = db::find_by_barcode(s.conn_, scan.lookup_key);
    if (!product) throw Error(Errc::not_found, "not in catalog: " + scan.data, Cause::unknown_barcode);
    ProductInfo info = product_info(*product);
    if (scan.price_minor) info.list_price = *scan.price_minor;  // in-store price-embedded label
    s.cart_.add_product(info, 1);
    std::string added = "added " + info.sku + " " + info.name;
    if (const std::string kept = scan.kept_ais_text(); !kept.empty()) added += " [" + kept + "]";  // GS1 AIs of the scan
    return cart_result(added, event::CartChange::line_added);
}

Outcome Handlers::operator()(const intent::AddItem& i) {
    s.require_user();
    s.require_no_tenders("add items");
    auto product = db::find_by_sku(s.conn_, i.sku);
    if (!product || !product->active) throw Error(Errc::not_found, "no product with sku '" + i.sku + "'");
    s.cart_.add_product(product_info(*product), i.qty);
    return cart_result("added " + std::to_string(i.qty) + " x " + product->sku + " " + product->name, event::CartChange::line_added);
}

Outcome Handlers::operator()(const intent::SetQty& i) {
    s.require_user();
    s.require_no_tenders("change quantities");
    s.cart_.set_qty(line_id_at(i.line), i.qty);
    return cart_result("line " + std::to_string(i.line) + " qty " + std::to_string(i.qty), event::CartChange::line_changed);
}

Outcome Handlers::operator()(const intent::RemoveLine& i) {
    const Actor actor = s.require_user();
    s.require_no_tenders("remove lines");
    const int line_id = line_id_at(i.line);
    const CartLine line = s.cart_.line(line_id);
    const auto appr = approval(i.approval);
    Cart next = s.cart_;
    next.remove_line(line_id, actor, appr);
    db::Transaction tx(s.conn_);
    // An approval used here stays on the cart (Cart::overrides) and is stored with the sale,
    // or by VoidCart if the cart is abandoned; the journal records the void now.
    nlohmann::json payload{{"what", "line"}, {"sku", line.sku}, {"qty", line.qty}, {"unit_price", line.unit_price}};
    if (appr) payload["approved_by"] = appr->manager_name;
    s.journal(db::journal::k_void, 0, payload.dump());
    tx.commit();
    s.cart_ = std::move(next);
    return cart_result("removed line " + std::to_string(i.line) + " (" + line.sku + ")", event::CartChange::line_removed);
}

Outcome Handlers::operator()(const intent::LineDiscount& i) {
    const Actor actor = s.require_user();
    s.require_no_tenders("give discounts");
    const int line_id = line_id_at(i.line);
    const auto appr = approval(i.approval);
    s.cart_.set_line_discount(line_id, to_discount(i.discount), actor, s.settings_.caps, appr);
    return cart_result("discount on line " + std::to_string(i.line), event::CartChange::line_changed);
}

Outcome Handlers::operator()(const intent::OrderDiscount& i) {
    const Actor actor = s.require_user();
    s.require_no_tenders("give discounts");
    const auto appr = approval(i.approval);
    s.cart_.set_order_discount(to_discount(i.discount), actor, s.settings_.caps, appr);
    return cart_result("order discount", event::CartChange::line_changed);
}

Outcome Handlers::operator()(const intent::PriceOverride& i) {
    const Actor actor = s.require_user();
    s.require_no_tenders("change prices");
    const int line_id = line_id_at(i.line);
    const auto appr = approval(i.approval);
    s.cart_.override_price(line_id, i.price, actor, appr);
    return cart_result("price of line " + std::to_string(i.line) + " set to " + money(i.price), event::CartChange::line_changed);
}

Outcome Handlers::operator()(const intent::AddTender& i) {
    s.require_user();
    if (s.cart_.empty()) throw Error(Errc::invalid_state, "the cart is empty");
    const auto kind = parse_tender_kind(i.kind);
    if (!kind) throw Error(Errc::invalid_input, "unknown tender '" + i.kind + "' (" + tender_kinds.names() + ")");
    std::optional<Payment> next = s.payment_;
    if (!next) next.emplace(s.totals().totals.total, s.settings_.currency());
    const bool gives_change = tender_info(*kind).may_exceed_due;
    Tender t{*kind, i.amount, gives_change ? std::max(i.tendered, i.amount) : i.amount, i.reference};
    if (*kind == TenderKind::cash) next->add_cash(t.tendered);
    else next->add(t);
    s.payment_ = std::move(next);
    std::string msg = std::string(tender_kind_name(*kind)) + " " + money(s.payment_->tenders().back().amount) + ", due " +
                      money(s.payment_->remaining_due());
    if (s.payment_->change() > 0) msg += ", change " + money(s.payment_->change());
    return {msg, 0, 0, {event::TendersChanged{}}};
}

Outcome Handlers::operator()(const intent::RemoveTender& i) {
    s.require_user();
    if (!s.payment_ || i.index < 1 || static_cast<std::size_t>(i.index) > s.payment_->tenders().size())
        throw Error(Errc::not_found, "no tender " + std::to_string(i.index));
    s.payment_->remove(static_cast<std::size_t>(i.index - 1));
    if (s.payment_->tenders().empty()) s.payment_.reset();
    return {"tender removed", 0, 0, {event::TendersChanged{}}};
}

Outcome Handlers::operator()(const intent::VoidCart& i) {
    const Actor actor = s.require_user();
    s.require_no_tenders("void the cart");
    if (s.cart_.empty()) throw Error(Errc::invalid_state, "the cart is already empty");
    const auto appr = approval(i.approval);
    Cart next = s.cart_;
    const Minor total = s.totals().totals.total;
    const std::size_t lines = next.lines().size();
    const auto records = next.void_all(actor, appr);
    db::Transaction tx(s.conn_);
    nlohmann::json payload{{"what", "cart"}, {"lines", lines}, {"total", total}};
    for (const auto& r : records) {
        db::insert_override(s.conn_, {std::string(action_name(r.action)), 0, r.requested_by, r.approval.manager_id, r.approval.reason,
                                      r.detail, s.now()});
        s.journal(db::journal::k_override, 0,
                  nlohmann::json{{"action", action_name(r.action)}, {"requested_by", r.requested_by},
                                 {"approved_by", r.approval.manager_id}, {"reason", r.approval.reason}, {"detail", r.detail}}
                      .dump());
        if (r.action == Action::void_sale) payload["approved_by"] = r.approval.manager_name;
    }
    s.journal(db::journal::k_void, 0, payload.dump());
    tx.commit();
    s.cart_ = Cart(s.settings_.currency());
    s.payment_.reset();
    return {"cart voided (" + std::to_string(lines) + " lines, " + money(total) + ")", 0, 0,
            {event::CartChanged{event::CartChange::voided}}};
}

Outcome Handlers::operator()(const intent::HoldCart& i) {
    const Actor actor = s.require_user();
    s.require_no_tenders("hold the cart");
    if (s.cart_.empty()) throw Error(Errc::invalid_state, "the cart is empty: nothing to hold");
    const Timestamp now = s.now();
    // The database id is the held cart's number; a blank label becomes "Held #<id>".
    const Id id = db::hold_cart(s.conn_, {0, actor.staff_id, i.label, cart_to_json(s.cart_).dump(), now});
    s.held_.restore(HeldCart{id, i.label.empty() ? "Held #" + std::to_string(id) : i.label, now, s.cart_});
    s.cart_ = Cart(s.settings_.currency());
    s.payment_.reset();
    return {"cart held as #" + std::to_string(id), id, 0, {event::CartChanged{event::CartChange::held}}};
}

Outcome Handlers::operator()(const intent::RecallCart& i) {
    s.require_user();
    if (!s.cart_.empty()) throw Error(Errc::invalid_state, "finish, hold or void the current cart first");
    if (!s.held_.contains(i.held_id)) throw Error(Errc::not_found, "no held cart #" + std::to_string(i.held_id));
    db::take_held_cart(s.conn_, i.held_id);
    s.cart_ = s.held_.recall(i.held_id);
    return cart_result("recalled held cart #" + std::to_string(i.held_id), event::CartChange::recalled);
}

Outcome Handlers::operator()(const intent::LinkVisit& i) {
    s.require_user();
    const Visit& v = s.visit_for(i.visit);
    const Id customer = db::visit_customer(s.conn_, v.id());
    s.cart_.set_visit_id(v.id());
    if (customer != 0 && s.cart_.customer_id() == 0) s.cart_.set_customer_id(customer);  // the visit's customer buys
    return {"cart linked to visit " + std::to_string(v.id()), v.id(), 0, {event::VisitLinked{v.id()}}};
}

Outcome Handlers::operator()(const intent::LinkCustomer& i) {
    s.require_user();
    Id id = i.customer_id;  // 0 unlinks
    if (id != 0) {
        const auto c = id > 0 ? db::load_customer(s.conn_, id) : std::nullopt;
        if (!c) throw Error(Errc::not_found, "no customer " + std::to_string(id));
        id = c->id;  // a merged customer's file is the kept one
    }
    s.cart_.set_customer_id(id);
    return {id ? "cart linked to customer " + std::to_string(id) : std::string("cart unlinked from its customer"), id, 0,
            {event::CustomerLinked{id}}};
}

}  // namespace pos::service
