// Special orders read from the store as views (order_views.h).
#include "service/order_queries.h"

#include "core/common/error.h"
#include "db/customers.h"
#include "db/orders.h"
#include "db/staff.h"
#include "service/pos_service.h"

namespace pos::service {
namespace {

OrderView view_of(db::Connection& conn, const db::OrderRow& r) {
    OrderView v;
    v.id = r.id;
    v.order_no = r.order_no;
    v.customer_id = r.customer_id;
    if (const auto c = db::load_customer(conn, r.customer_id)) {
        v.customer_name = c->name;
        v.customer_phone = c->phone;
    }
    if (const auto st = db::get_staff(conn, r.staff_id)) v.salesperson = st->name;
    v.state = parse_order_state(r.state).value_or(OrderState::open);
    v.currency = r.currency;
    v.total = r.total;
    v.tax_total = r.tax_total;
    v.paid = r.paid;
    v.fulfilment = fulfilments.parse(r.fulfilment).value_or(Fulfilment::delivery);
    v.due_day = r.due_day;
    v.window = r.time_window;
    v.address = r.address;
    v.day = r.day;
    v.created_at = r.created_at;
    for (const db::OrderLineRow& l : r.lines)
        v.lines.push_back({l.line_no, l.sku, l.name, l.qty, l.payable, order_line_sources.parse(l.source) == OrderLineSource::to_order, l.supplier, l.expected});
    return v;
}

OrderPaymentView payment_view(const db::OrderPaymentRow& p) {
    return {p.doc_no, p.kind, p.tender, p.amount, p.tendered, p.created_at, p.day};
}

}  // namespace

OrderReceiptData load_order_receipt(db::Connection& conn, Id payment_id) {
    const auto p = db::get_order_payment(conn, payment_id);
    if (!p) throw Error(Errc::not_found, "no order payment with id " + std::to_string(payment_id));
    const auto o = db::load_order(conn, p->order_id);
    if (!o) throw Error(Errc::not_found, "no order with id " + std::to_string(p->order_id));
    OrderReceiptData d;
    d.order = view_of(conn, *o);
    d.payment = payment_view(*p);
    for (const db::OrderPaymentRow& q : db::order_payments(conn, o->id))
        if (q.id < p->id) d.paid_before += q.amount;
    d.balance_after = o->total - d.paid_before - p->amount;
    if (const auto st = db::get_staff(conn, p->cashier_id)) d.cashier = st->name;
    return d;
}

std::vector<OrderView> load_dispatch_list(db::Connection& conn, const std::string& day) {
    std::vector<OrderView> out;
    for (const db::OrderRow& r : db::orders_due_on(conn, day)) out.push_back(view_of(conn, r));
    return out;
}

std::optional<OrderView> PosService::order(std::int64_t order_no) const {
    const auto r = db::find_order_by_no(conn_, order_no);
    if (!r) return std::nullopt;
    OrderView v = view_of(conn_, *r);
    for (const db::OrderPaymentRow& p : db::order_payments(conn_, r->id)) v.payments.push_back(payment_view(p));
    return v;
}

std::vector<OrderView> PosService::open_orders(int limit) const {
    std::vector<OrderView> out;
    for (const db::OrderRow& r : db::open_orders(conn_, limit)) out.push_back(view_of(conn_, r));
    return out;
}

std::vector<OrderView> PosService::dispatch_list(const std::string& day) const { return load_dispatch_list(conn_, day); }

std::vector<OrderView> PosService::customer_orders(Id customer_id, int limit) const {
    std::vector<OrderView> out;
    for (const db::OrderRow& r : db::customer_orders(conn_, customer_id, limit)) out.push_back(view_of(conn_, r));
    return out;
}

}  // namespace pos::service
