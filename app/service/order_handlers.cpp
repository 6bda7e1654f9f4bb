// Special orders: the cart taken as an order with its deposit, balance payments, ready, hand-over,
// reschedule and cancel. The rules are the core's (core/order); each payment is one transaction
// with its order row, journal entry and receipt print job (db/orders).
#include "core/common/time.h"
#include "core/order/order.h"
#include "core/sale/tender.h"
#include "db/customers.h"
#include "db/journal.h"
#include "db/orders.h"
#include "service/handlers.h"
#include "service/sale_draft.h"
#include "service/visit_store.h"

namespace pos::service {

db::OrderRow order_draft(const Cart& cart, const CartTotals& totals) {
    db::OrderRow row;
    for (std::size_t n = 0; n < cart.lines().size(); ++n) {
        const CartLine& c = cart.lines()[n];
        const LineAmounts& a = totals.lines[n];
        db::OrderLineRow r;
        r.line_no = static_cast<int>(n + 1);
        r.product_id = c.product_id;
        r.sku = c.sku;
        r.name = c.name;
        r.qty = c.qty;
        r.list_price = c.list_price;
        r.unit_price = c.unit_price;
        r.discount = a.line_discount + a.order_discount;
        r.tax_rate_bp = c.tax_rate_bp;
        r.tax = a.tax;
        r.payable = a.payable;
        r.source = std::string(order_line_sources.name_of(OrderLineSource::floor));
        row.lines.push_back(std::move(r));
    }
    row.subtotal = totals.totals.subtotal;
    row.discount_total = totals.totals.discount_total;
    row.tax_total = totals.totals.tax_total;
    row.total = totals.totals.total;
    return row;
}
namespace {

Schedule schedule_of(std::string_view fulfilment, const std::string& day, const std::string& window, const std::string& address) {
    const auto how = fulfilments.parse(fulfilment);
    if (!how) throw Error(Errc::invalid_input, "unknown fulfilment '" + std::string(fulfilment) + "' (" + fulfilments.names() + ")");
    return Schedule{*how, day, window, address};
}

db::OrderRow find_order(db::Connection& conn, std::int64_t order_no) {
    auto o = db::find_order_by_no(conn, order_no);
    if (!o) throw Error(Errc::not_found, "no order number " + std::to_string(order_no));
    return *o;
}

// The core order of a stored one (its state and what was paid), to apply the next rule to.
Order core_order(const db::OrderRow& r) {
    std::vector<OrderLine> lines;
    for (const db::OrderLineRow& l : r.lines)
        lines.push_back({l.sku, l.name, l.qty, l.unit_price, l.payable, order_line_sources.parse(l.source).value_or(OrderLineSource::floor),
                         l.supplier, l.expected});
    const auto state = parse_order_state(r.state);
    if (!state) throw Error(Errc::invalid_state, "order " + std::to_string(r.order_no) + " has an unknown state '" + r.state + "'");
    return Order::restore(r.customer_id, std::move(lines), schedule_of(r.fulfilment, r.due_day, r.time_window, r.address), *state,
                          r.paid);
}

// One tender for an order payment, by the same rules as a sale's tenders (a card needs its
// approval code, cash may exceed the amount and the rest is change).
Tender order_tender(const std::string& kind_name, Minor amount, Minor tendered, const std::string& reference, const Currency& cur) {
    const auto kind = parse_tender_kind(kind_name);
    if (!kind) throw Error(Errc::invalid_input, "unknown tender '" + kind_name + "' (" + tender_kinds.names() + ")");
    Payment p(amount, cur);
    return p.add(Tender{*kind, amount, tendered > 0 ? tendered : amount, reference});
}

db::OrderPaymentRow payment_row(Id order_id, std::string_view kind, const Tender& t, Id cashier, Timestamp now) {
    db::OrderPaymentRow p;
    p.order_id = order_id;
    p.kind = std::string(kind);
    p.tender = std::string(tender_kind_name(t.kind));
    p.amount = t.amount;
    p.tendered = t.tendered;
    p.reference = t.reference;
    p.cashier_id = cashier;
    p.created_at = now;
    p.day = local_day(now);
    return p;
}

}  // namespace

Outcome Handlers::operator()(const intent::TakeOrder& i) {
    const Actor actor = s.require_user();
    if (s.cart_.empty()) throw Error(Errc::invalid_state, "the cart is empty");
    s.require_no_tenders("take an order");
    const Id customer_ref = i.customer_id ? i.customer_id : s.cart_.customer_id();
    if (customer_ref <= 0) throw Error(Errc::invalid_input, "an order needs a customer: find or create the customer first");
    const auto customer = db::load_customer(s.conn_, customer_ref);
    if (!customer) throw Error(Errc::not_found, "no customer with id " + std::to_string(customer_ref));

    const Timestamp now = s.now();
    const std::string today = local_day(now);
    const CartTotals totals = s.totals();
    std::map<int, const intent::ToOrderLine*> to_order;  // 1-based cart position
    for (const intent::ToOrderLine& t : i.to_order) {
        if (t.line < 1 || t.line > static_cast<int>(s.cart_.lines().size()))
            throw Error(Errc::invalid_input, "no line " + std::to_string(t.line) + " in the cart");
        to_order[t.line] = &t;
    }
    std::vector<OrderLine> lines;
    db::OrderRow row = order_draft(s.cart_, totals);
    for (std::size_t n = 0; n < s.cart_.lines().size(); ++n) {
        const CartLine& c = s.cart_.lines()[n];
        OrderLine l{c.sku, c.name, c.qty, c.unit_price, totals.lines[n].payable, OrderLineSource::floor, {}, {}};
        if (auto t = to_order.find(static_cast<int>(n + 1)); t != to_order.end()) {
            l.source = OrderLineSource::to_order;
            l.supplier = t->second->supplier;
            l.expected = t->second->expected;
            db::OrderLineRow& r = row.lines[n];
            r.source = std::string(order_line_sources.name_of(l.source));
            r.supplier = l.supplier;
            r.expected = l.expected;
        }
        lines.push_back(std::move(l));
    }
    Order order(customer->id, std::move(lines), schedule_of(i.fulfilment, i.day, i.window, i.address), today);
    const Minor deposit = DepositSpec{i.deposit.percent, i.deposit.value}.amount_of(order.total());
    order.take_deposit(deposit, s.settings_.deposit);
    const Tender tender = order_tender(i.tender, deposit, i.tendered, i.reference, s.settings_.currency());

    Visit* visit = nullptr;
    std::optional<Visit> sold_visit;
    if (const Id vid = s.cart_.visit_id()) {
        auto it = s.visits_.find(vid);
        if (it == s.visits_.end()) throw Error(Errc::invalid_state, "the linked visit is no longer open");
        visit = &it->second;
        sold_visit = *visit;
        sold_visit->sell_order(now, actor.staff_id);
    }

    row.customer_id = customer->id;
    row.visit_id = s.cart_.visit_id();
    row.staff_id = visit ? visit->staff_id() : actor.staff_id;
    row.taken_by = actor.staff_id;
    row.currency = s.settings_.currency_code;
    row.tax_mode = std::string(tax_mode_name(s.settings_.tax_mode));
    row.total = order.total();
    row.fulfilment = std::string(fulfilments.name_of(order.schedule().how));
    row.due_day = order.schedule().day;
    row.time_window = order.schedule().window;
    row.address = order.schedule().address;
    row.created_at = now;
    row.day = today;

    db::Transaction tx(s.conn_);
    db::insert_order(s.conn_, row);
    const db::CommittedOrderPayment paid = db::add_order_payment(s.conn_, payment_row(row.id, "deposit", tender, actor.staff_id, now));
    for (const OverrideRecord& o : s.cart_.overrides())
        s.journal(db::journal::k_override, row.id,
                  "{\"action\":\"" + std::string(action_name(o.action)) + "\",\"approved_by\":" + std::to_string(o.approval.manager_id) +
                      ",\"order_no\":" + std::to_string(row.order_no) + "}");
    if (sold_visit) save_visit_outcome(s.conn_, *sold_visit);
    tx.commit();

    if (visit) s.visits_.erase(row.visit_id);
    s.cart_ = Cart(s.settings_.currency());
    s.payment_.reset();
    std::string msg = "order " + std::to_string(row.order_no) + " total " + money(row.total) + " deposit " + money(deposit) +
                      " balance " + money(row.total - deposit) + " receipt P" + std::to_string(paid.doc_no);
    if (tender.change() > 0) msg += " change " + money(tender.change());
    std::vector<Event> events{event::OrderTaken{row.id, row.order_no},
                              event::OrderPaid{row.id, row.order_no, paid.doc_no, deposit == row.total},
                              event::CartChanged{event::CartChange::voided}, event::PrintQueued{paid.print_job_id}};
    return {msg, row.id, paid.doc_no, std::move(events)};
}

Outcome Handlers::operator()(const intent::PayOrder& i) {
    const Actor actor = s.require_user();
    const db::OrderRow row = find_order(s.conn_, i.order_no);
    Order order = core_order(row);
    order.pay_balance(i.amount);
    const Tender tender = order_tender(i.tender, i.amount, i.tendered, i.reference, s.settings_.currency());
    const Timestamp now = s.now();
    db::Transaction tx(s.conn_);
    const db::CommittedOrderPayment paid = db::add_order_payment(s.conn_, payment_row(row.id, "balance", tender, actor.staff_id, now));
    tx.commit();
    std::string msg = "order " + std::to_string(row.order_no) + " paid " + money(i.amount) + " balance " + money(order.balance()) +
                      " receipt P" + std::to_string(paid.doc_no);
    if (tender.change() > 0) msg += " change " + money(tender.change());
    std::vector<Event> events{event::OrderPaid{row.id, row.order_no, paid.doc_no, order.balance() == 0}, event::PrintQueued{paid.print_job_id}};
    return {msg, row.id, paid.doc_no, std::move(events)};
}

// Ready and hand-over: the core's rule for the stored order, then its new state with the journal
// entry in one transaction.
Outcome Handlers::change_order_state(std::int64_t order_no, void (Order::*rule)(), event::OrderChange what) {
    const Actor actor = s.require_user();
    const db::OrderRow row = find_order(s.conn_, order_no);
    Order order = core_order(row);
    (order.*rule)();
    const Timestamp now = s.now();
    db::Transaction tx(s.conn_);
    db::set_order_state(s.conn_, row.id, order_state_name(order.state()), actor.staff_id, {}, now, local_day(now));
    tx.commit();
    return {"order " + std::to_string(row.order_no) + " " + std::string(order_state_name(order.state())), row.id, 0,
            {event::OrderChanged{row.id, row.order_no, what}}};
}

Outcome Handlers::operator()(const intent::MarkOrderReady& i) {
    return change_order_state(i.order_no, &Order::mark_ready, event::OrderChange::ready);
}

Outcome Handlers::operator()(const intent::HandOverOrder& i) {
    return change_order_state(i.order_no, &Order::hand_over, event::OrderChange::handed_over);
}

Outcome Handlers::operator()(const intent::RescheduleOrder& i) {
    const Actor actor = s.require_user();
    const db::OrderRow row = find_order(s.conn_, i.order_no);
    Order order = core_order(row);
    const Timestamp now = s.now();
    order.reschedule(schedule_of(i.fulfilment, i.day, i.window, i.address), local_day(now));
    const Schedule& sc = order.schedule();
    db::Transaction tx(s.conn_);
    db::set_order_schedule(s.conn_, row.id, fulfilments.name_of(sc.how), sc.day, sc.window, sc.address, actor.staff_id, now);
    tx.commit();
    return {"order " + std::to_string(row.order_no) + " " + std::string(fulfilments.name_of(sc.how)) + " on " + sc.day, row.id, 0,
            {event::OrderChanged{row.id, row.order_no, event::OrderChange::rescheduled}}};
}

Outcome Handlers::operator()(const intent::CancelOrder& i) {
    const Actor actor = s.require_user();
    const db::OrderRow row = find_order(s.conn_, i.order_no);
    Order order = core_order(row);
    const Minor refund = order.paid();
    const auto appr = approval(i.approval);
    const std::optional<Approval> used = order.cancel(actor, appr);
    std::optional<TenderKind> kind;
    if (refund > 0) {
        kind = parse_tender_kind(i.tender);
        if (!kind || !tender_info(*kind).refundable_to)
            throw Error(Errc::invalid_input, "cannot refund to '" + i.tender + "' (" +
                                                 tender_kinds.names_where([](const TenderKindInfo& k) { return k.refundable_to; }) + ")");
        if (tender_info(*kind).needs_reference && i.reference.empty())
            throw Error(Errc::invalid_input, "a refund to " + i.tender + " needs its reference");
    }
    const Timestamp now = s.now();
    db::Transaction tx(s.conn_);
    std::vector<Event> events;
    if (refund > 0) {
        const Tender back{*kind, -refund, -refund, i.reference};
        const db::CommittedOrderPayment paid = db::add_order_payment(s.conn_, payment_row(row.id, "refund", back, actor.staff_id, now));
        events.push_back(event::OrderPaid{row.id, row.order_no, paid.doc_no, false});
        events.push_back(event::PrintQueued{paid.print_job_id});
    }
    if (used)
        s.journal(db::journal::k_override, row.id,
                  "{\"action\":\"refund\",\"approved_by\":" + std::to_string(used->manager_id) + ",\"order_no\":" +
                      std::to_string(row.order_no) + ",\"requested_by\":" + std::to_string(actor.staff_id) + "}");
    db::set_order_state(s.conn_, row.id, order_state_name(order.state()), actor.staff_id, i.reason, now, local_day(now));
    tx.commit();
    events.insert(events.begin(), event::OrderChanged{row.id, row.order_no, event::OrderChange::cancelled});
    return {"order " + std::to_string(row.order_no) + " cancelled" + (refund > 0 ? ", " + money(refund) + " refunded" : std::string()),
            row.id, 0, std::move(events)};
}

Outcome Handlers::operator()(const intent::PrintDispatch& i) {
    s.require_user();
    const std::string day = i.day.empty() ? local_day(s.now()) : i.day;
    if (!is_valid_date(day)) throw Error(Errc::invalid_input, "not a date: '" + day + "' (use YYYY-MM-DD)");
    return {"dispatch list of " + day + " sent to the printer", 0, 0, {event::PagePrintRequested{event::PageKind::dispatch, day}}};
}

}  // namespace pos::service
