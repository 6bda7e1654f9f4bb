// CheckoutView from the service's in-memory state (cart, totals, payment, held carts, open
// visits, last commit) and the data the page read from the database.
#include <cstdio>

#include "core/common/time.h"
#include "core/order/order.h"
#include "core/sale/money.h"
#include "core/sale/totals.h"
#include "gui/checkout/checkout_data.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

std::string percent_text(std::int64_t bp) {
    char buf[32];
    if (bp % 100 == 0) std::snprintf(buf, sizeof buf, "%lld%%", static_cast<long long>(bp / 100));
    else std::snprintf(buf, sizeof buf, "%lld.%02lld%%", static_cast<long long>(bp / 100), static_cast<long long>(bp % 100));
    return buf;
}

std::vector<ui::ProductTile> tiles(const std::vector<ProductInfo>& rows, const Currency& cur, Lang lang) {
    std::vector<ui::ProductTile> out;
    out.reserve(rows.size());
    for (const auto& p : rows) out.push_back({p.sku, p.name, format_money(p.list_price, cur, lang)});
    return out;
}

ui::PrintStatus print_status(const std::optional<service::PrintJobState>& job) {
    if (!job) return ui::PrintStatus::none;
    switch (job->status) {
    case service::PrintJobStatus::pending: return ui::PrintStatus::pending;
    case service::PrintJobStatus::printing: return ui::PrintStatus::printing;
    case service::PrintJobStatus::done: return ui::PrintStatus::done;
    case service::PrintJobStatus::failed: return ui::PrintStatus::failed;
    case service::PrintJobStatus::skipped: break;
    }
    return ui::PrintStatus::skipped;
}

std::string stage_name(const Playbook& pb, const std::string& code, Lang lang) {
    for (const Stage& s : pb.stages)
        if (s.code == code) return s.name.in(lang);
    return code;
}

std::string visit_label(const service::PosService& pos, const CheckoutData& data, const Visit& v) {
    auto staff = data.staff_names.find(v.staff_id());
    std::string label = "#" + std::to_string(v.id());
    if (staff != data.staff_names.end()) label += " " + staff->second;
    return label + " · " + stage_name(pos.playbook(), v.current_stage(), pos.lang());
}

}  // namespace

ui::CheckoutView make_checkout_view(const service::PosService& pos, const CheckoutData& data, const ui::CheckoutUiState& ui) {
    ui::CheckoutView v;
    const Lang lang = pos.lang();
    const Currency& cur = pos.settings().currency();
    const auto money = [&](Minor m) { return format_money(m, cur, lang); };
    v.currency_code = std::string(cur.code);
    v.lang = lang;

    const Cart& cart = pos.cart();
    const CartTotals t = pos.totals();
    int position = 0;
    for (std::size_t i = 0; i < cart.lines().size(); ++i) {
        const CartLine& l = cart.lines()[i];
        const LineAmounts& a = t.lines[i];
        ui::CheckoutLine line;
        line.position = ++position;
        line.sku = l.sku;
        line.name = l.name;
        line.qty = l.qty;
        line.unit_price = money(l.unit_price);
        if (l.unit_price != l.list_price) line.list_price = money(l.list_price);
        if (l.discount && a.line_discount > 0)
            line.discount = l.discount->kind == DiscountKind::percent ? "-" + percent_text(l.discount->value) + " (-" + money(a.line_discount) + ")"
                                                                      : "-" + money(a.line_discount);
        line.line_total = money(a.payable);
        line.gross_minor = a.gross;
        line.unit_price_minor = l.unit_price;
        line.list_price_minor = l.list_price;
        v.lines.push_back(std::move(line));
    }
    v.totals.push_back({ui::tr("Subtotal"), money(t.totals.subtotal)});
    if (t.totals.discount_total > 0) v.totals.push_back({ui::tr("Discount"), "-" + money(t.totals.discount_total)});
    const bool inclusive = pos.settings().tax_mode == TaxMode::inclusive;
    for (const TaxRow& r : t.breakdown)
        if (r.tax != 0)
            v.totals.push_back({std::string(ui::tr("Tax")) + " " + percent_text(r.rate_bp) + (inclusive ? std::string(" ") + ui::tr("(included)") : ""),
                                money(r.tax)});
    v.total = money(t.totals.total);
    v.total_minor = t.totals.total;
    v.order_base_minor = cart.order_discount_base();
    if (cart.order_discount())
        v.order_discount = cart.order_discount()->kind == DiscountKind::percent ? "-" + percent_text(cart.order_discount()->value)
                                                                                : "-" + money(cart.order_discount()->value);

    if (const auto& p = pos.payment()) {
        int n = 0;
        for (const Tender& tender : p->tenders()) {
            ui::TenderLine tl;
            tl.index = ++n;
            tl.kind = std::string(tender_kind_name(tender.kind));
            tl.amount = money(tender.amount);
            tl.detail = tender.kind == TenderKind::cash ? std::string(ui::tr("tendered")) + " " + money(tender.tendered) : tender.reference;
            v.tenders.push_back(std::move(tl));
        }
        v.paid = money(p->paid());
        v.remaining = money(p->remaining_due());
        v.change = money(p->change());
        v.remaining_minor = p->remaining_due();
        v.change_minor = p->change();
        v.payment_complete = p->is_complete();
    } else {
        v.paid = money(0);
        v.remaining = v.total;
        v.change = money(0);
        v.remaining_minor = t.totals.total;
        v.payment_complete = !cart.empty() && t.totals.total == 0;
    }

    for (const HeldCart& h : pos.held_carts().list()) {
        const std::string when = local_datetime(h.held_at).substr(11);
        const std::string lines = std::to_string(h.cart.lines().size()) + " " + ui::tr("lines");
        v.held.push_back({h.id, h.label, when + " · " + lines + " · " + money(compute_totals(h.cart, pos.settings().tax_mode).totals.total)});
    }

    v.categories = data.categories;
    // The page read for the category draw_catalog shows (the UI's choice, else the first).
    if (!data.products_category.empty() && data.products_category == data.shown_category(ui)) {
        v.products = tiles(data.products, cur, lang);
        v.products_category = data.products_category;
        v.products_more = data.products_more;
    } else if (!ui.category.empty()) {
        v.products_category = ui.category;  // a category without products: an empty grid
    }
    v.search_query = data.search_query;
    v.search_results = tiles(data.search, cur, lang);

    if (cart.visit_id() != 0) {
        if (const Visit* visit = pos.find_visit(cart.visit_id())) v.visit_label = std::string(ui::tr("Visit")) + " " + visit_label(pos, data, *visit);
    }
    if (cart.customer_id() != 0) {
        v.customer_label = std::string(ui::tr("Customer")) + " #" + std::to_string(cart.customer_id());
        if (data.customer_id == cart.customer_id() && !data.customer_name.empty()) v.customer_label += " " + data.customer_name;
        v.customer_id = cart.customer_id();
        if (data.customer_id == cart.customer_id()) v.customer_name = data.customer_name;
    }
    v.today = local_day(pos.now());
    v.deposit_min_minor = pos.settings().deposit.minimum_for(t.totals.total);
    for (const std::int64_t bp : {3000, 5000, 10000}) v.deposit_quick.emplace_back(bp, DepositSpec{true, bp}.amount_of(t.totals.total));
    for (const Visit* visit : pos.open_visits()) v.open_visits.push_back({visit->id(), visit_label(pos, data, *visit)});
    v.managers = data.managers;

    const Role role = pos.user() ? pos.user()->role : Role::floor;
    v.discount_cap_bp = pos.settings().caps.cap_for(role);
    v.price_needs_approval = !role_allows(role, Action::price_override);
    v.refund_needs_approval = !role_allows(role, Action::refund);
    v.no_sale_needs_approval = !role_allows(role, Action::no_sale_drawer);
    v.void_needs_approval = !role_allows(role, Action::void_sale);

    if (const auto& c = pos.last_commit()) {
        ui::ReceiptStatus r;
        r.receipt_no = c->receipt_no;
        r.job_id = c->print_job_id;
        if (data.job_id == c->print_job_id && data.job) {
            r.print = print_status(data.job);
            r.print_error = data.job->error;
        }
        // The drawer switch when the printer reports it; else what was sent (a pulse with a cash
        // receipt, a no-sale opening).
        r.drawer_opened = data.drawer_sensor ? *data.drawer_sensor
                                             : data.drawer_opened || (data.job_has_cash && r.print == ui::PrintStatus::done);
        r.refund = data.last_refund;
        r.total = data.last_total;
        r.change = data.last_change;
        v.last = std::move(r);
    }
    v.refund = data.refund;
    return v;
}

}  // namespace pos::gui
