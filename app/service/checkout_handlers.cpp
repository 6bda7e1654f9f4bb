// Paying: the completed sale, its lines, payments, taxes and overrides, the journal entry,
// the receipt print job and the linked visit's "sold" outcome are ONE transaction.
#include <nlohmann/json.hpp>

#include "core/common/time.h"
#include "core/sale/completed_sale.h"
#include "db/journal.h"
#include "db/sales.h"
#include "service/handlers.h"
#include "service/sale_draft.h"
#include "service/visit_store.h"

namespace pos::service {

db::SaleDraft sale_draft(const CompletedSale& sale, Id staff_id, const std::string& day) {
    db::SaleDraft d;
    d.kind = "sale";
    d.visit_id = sale.visit_id();
    d.customer_id = sale.customer_id();
    d.staff_id = staff_id;
    d.cashier_id = sale.cashier_id();
    d.created_at = sale.completed_at();
    d.day = day;
    d.currency = sale.currency_code();
    d.tax_mode = std::string(tax_mode_name(sale.tax_mode()));
    d.subtotal = sale.totals().subtotal;
    d.discount_total = sale.totals().discount_total;
    d.tax_total = sale.totals().tax_total;
    d.total = sale.totals().total;
    d.change_given = sale.change();
    std::map<int, int> line_no;  // cart line id -> receipt line number
    int n = 0;
    for (const SaleLine& l : sale.lines()) {
        db::SaleLineRow r;
        r.line_no = ++n;
        line_no[l.item.line_id] = n;
        r.product_id = l.item.product_id;
        r.sku = l.item.sku;
        r.name = l.item.name;
        r.qty = l.item.qty;
        r.list_price = l.item.list_price;
        r.unit_price = l.item.unit_price;
        r.line_discount = l.amounts.line_discount;
        r.order_discount = l.amounts.order_discount;
        r.tax_rate_bp = l.item.tax_rate_bp;
        r.tax = l.amounts.tax;
        r.payable = l.amounts.payable;
        d.lines.push_back(std::move(r));
    }
    for (const Tender& t : sale.tenders())
        d.payments.push_back({std::string(tender_kind_name(t.kind)), t.amount, t.tendered, t.reference});
    for (const TaxRow& t : sale.breakdown()) d.taxes.push_back({t.rate_bp, t.base, t.tax});
    for (const OverrideRecord& o : sale.overrides()) {
        auto it = line_no.find(o.line_id);
        d.overrides.push_back({std::string(action_name(o.action)), it == line_no.end() ? 0 : it->second, o.requested_by,
                               o.approval.manager_id, o.approval.reason, o.detail, sale.completed_at()});
    }
    return d;
}

Outcome Handlers::operator()(const intent::CompleteSale&) {
    const Actor actor = s.require_user();
    if (s.cart_.empty()) throw Error(Errc::invalid_state, "the cart is empty");
    const Minor due = s.totals().totals.total;
    const Payment payment = s.payment_ ? *s.payment_ : Payment(due, s.settings_.currency());
    if (!payment.is_complete())
        throw Error(Errc::invalid_state, "payment incomplete: " + money(payment.remaining_due()) + " still due");
    const Timestamp now = s.now();
    const CompletedSale sale = complete_sale(s.cart_, s.settings_.tax_mode, payment, actor.staff_id, now);

    Visit* visit = nullptr;
    std::optional<Visit> sold_visit;
    if (sale.visit_id()) {
        auto it = s.visits_.find(sale.visit_id());
        if (it == s.visits_.end()) throw Error(Errc::invalid_state, "the linked visit is no longer open");
        visit = &it->second;
        sold_visit = *visit;
    }
    const Id credited = visit ? visit->staff_id() : actor.staff_id;

    db::Transaction tx(s.conn_);
    const db::CommittedSale committed = db::commit_sale(s.conn_, sale_draft(sale, credited, local_day(now)), std::nullopt);
    for (const OverrideRecord& o : sale.overrides())
        s.journal(db::journal::k_override, committed.sale_id,
                  nlohmann::json{{"action", action_name(o.action)}, {"requested_by", o.requested_by},
                                 {"approved_by", o.approval.manager_id}, {"reason", o.approval.reason}, {"detail", o.detail}}
                      .dump());
    if (sold_visit) {
        sold_visit->sell(committed.sale_id, now, actor.staff_id);
        save_visit_outcome(s.conn_, *sold_visit);
    }
    tx.commit();

    if (visit) s.visits_.erase(sale.visit_id());
    s.last_commit_ = last_commit_of(committed);
    s.cart_ = Cart(s.settings_.currency());
    s.payment_.reset();
    std::string msg = "sale " + std::to_string(committed.sale_id) + " receipt " + std::to_string(committed.receipt_no) + " total " +
                      money(sale.totals().total);
    if (sale.change() > 0) msg += " change " + money(sale.change());
    return {msg, committed.sale_id, committed.receipt_no,
            {event::SaleCommitted{committed.sale_id, committed.receipt_no}, event::PrintQueued{committed.print_job_id}}};
}

}  // namespace pos::service
