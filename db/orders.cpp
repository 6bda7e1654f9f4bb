// Special orders: orders, order_lines and order_payments (migration 0007).
#include "db/orders.h"

#include "core/common/error.h"
#include "core/print/print_job_kind.h"
#include "db/journal.h"
#include "db/json_writer.h"

namespace pos::db {

namespace {

constexpr const char* k_order_columns =
    "SELECT id, order_no, customer_id, visit_id, staff_id, taken_by, state, currency, tax_mode, subtotal, discount_total, "
    "tax_total, total, paid, fulfilment, due_day, time_window, address, created_at, day, closed_at, closed_day, cancel_reason "
    "FROM orders ";

OrderRow read_order(const Statement& st) {
    OrderRow r;
    r.id = st.get_int64(0);
    r.order_no = st.get_int64(1);
    r.customer_id = st.get_int64(2);
    r.visit_id = st.get_id(3);
    r.staff_id = st.get_int64(4);
    r.taken_by = st.get_int64(5);
    r.state = st.get_text(6);
    r.currency = st.get_text(7);
    r.tax_mode = st.get_text(8);
    r.subtotal = st.get_int64(9);
    r.discount_total = st.get_int64(10);
    r.tax_total = st.get_int64(11);
    r.total = st.get_int64(12);
    r.paid = st.get_int64(13);
    r.fulfilment = st.get_text(14);
    r.due_day = st.get_text(15);
    r.time_window = st.get_text(16);
    r.address = st.get_text(17);
    r.created_at = st.get_int64(18);
    r.day = st.get_text(19);
    r.closed_at = st.get_opt_int64(20).value_or(0);
    r.closed_day = st.get_opt_text(21).value_or("");
    r.cancel_reason = st.get_text(22);
    return r;
}

void load_lines(Connection& conn, OrderRow& o) {
    auto st = conn.cached(
        "SELECT line_no, product_id, sku, name, qty, list_price, unit_price, discount, tax_rate_bp, tax, payable, source, "
        "supplier, expected FROM order_lines WHERE order_id = ?1 ORDER BY line_no");
    st->bind(1, o.id);
    while (st->step()) {
        OrderLineRow l;
        l.line_no = static_cast<int>(st->get_int64(0));
        l.product_id = st->get_id(1);
        l.sku = st->get_text(2);
        l.name = st->get_text(3);
        l.qty = st->get_int64(4);
        l.list_price = st->get_int64(5);
        l.unit_price = st->get_int64(6);
        l.discount = st->get_int64(7);
        l.tax_rate_bp = static_cast<int>(st->get_int64(8));
        l.tax = st->get_int64(9);
        l.payable = st->get_int64(10);
        l.source = st->get_text(11);
        l.supplier = st->get_text(12);
        l.expected = st->get_text(13);
        o.lines.push_back(std::move(l));
    }
}

OrderPaymentRow read_payment(const Statement& st) {
    OrderPaymentRow p;
    p.id = st.get_int64(0);
    p.order_id = st.get_int64(1);
    p.doc_no = st.get_int64(2);
    p.kind = st.get_text(3);
    p.tender = st.get_text(4);
    p.amount = st.get_int64(5);
    p.tendered = st.get_int64(6);
    p.reference = st.get_text(7);
    p.cashier_id = st.get_int64(8);
    p.created_at = st.get_int64(9);
    p.day = st.get_text(10);
    return p;
}

void require_changed(Connection& conn, Id order_id) {
    if (conn.changes() == 0) throw Error(Errc::not_found, "no order with id " + std::to_string(order_id));
}

}  // namespace

void insert_order(Connection& conn, OrderRow& o) {
    if (o.lines.empty()) throw Error(Errc::invalid_input, "an order needs at least one line");
    {
        auto st = conn.cached("SELECT COALESCE(MAX(order_no), 0) + 1 FROM orders");
        o.order_no = st->step() ? st->get_int64(0) : 1;
    }
    {
        auto st = conn.cached(
            "INSERT INTO orders(order_no, customer_id, visit_id, staff_id, taken_by, state, currency, tax_mode, subtotal, "
            "discount_total, tax_total, total, paid, fulfilment, due_day, time_window, address, created_at, day, updated_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, 'open', ?6, ?7, ?8, ?9, ?10, ?11, 0, ?12, ?13, ?14, ?15, ?16, ?17, ?16)");
        st->bind(1, o.order_no).bind(2, o.customer_id).bind_id(3, o.visit_id).bind(4, o.staff_id).bind(5, o.taken_by);
        st->bind(6, o.currency).bind(7, o.tax_mode).bind(8, o.subtotal).bind(9, o.discount_total).bind(10, o.tax_total);
        st->bind(11, o.total).bind(12, o.fulfilment).bind(13, o.due_day).bind(14, o.time_window).bind(15, o.address);
        st->bind(16, o.created_at).bind(17, o.day);
        st->run();
        o.id = conn.last_insert_id();
        o.state = "open";
        o.paid = 0;
    }
    auto st = conn.cached(
        "INSERT INTO order_lines(order_id, line_no, product_id, sku, name, qty, list_price, unit_price, discount, tax_rate_bp, "
        "tax, payable, source, supplier, expected) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    for (const OrderLineRow& l : o.lines) {
        st->bind(1, o.id).bind(2, l.line_no).bind_id(3, l.product_id).bind(4, l.sku).bind(5, l.name).bind(6, l.qty);
        st->bind(7, l.list_price).bind(8, l.unit_price).bind(9, l.discount).bind(10, l.tax_rate_bp).bind(11, l.tax);
        st->bind(12, l.payable).bind(13, l.source).bind(14, l.supplier).bind(15, l.expected);
        st->run();
        st->reset();
    }
    JsonWriter w;
    w.begin_object();
    w.key("customer_id").value(o.customer_id);
    w.key("due_day").value(o.due_day);
    w.key("fulfilment").value(o.fulfilment);
    w.key("lines").begin_array();
    for (const OrderLineRow& l : o.lines) {
        w.begin_object();
        w.key("payable").value(l.payable);
        w.key("qty").value(l.qty);
        w.key("sku").value(l.sku);
        w.key("source").value(l.source);
        w.end_object();
    }
    w.end_array();
    w.key("order_no").value(o.order_no);
    w.key("total").value(o.total);
    w.end_object();
    journal::append(conn, journal::k_order, o.taken_by, o.id, w, o.created_at);
}

CommittedOrderPayment add_order_payment(Connection& conn, const OrderPaymentRow& p) {
    CommittedOrderPayment out;
    {
        // The guard is in the WHERE clause: a payment that would take the balance below zero (or
        // refund more than was paid) changes no row and is refused before anything is written.
        auto st = conn.cached(
            "UPDATE orders SET paid = paid + ?2, updated_at = ?3 WHERE id = ?1 AND paid + ?2 BETWEEN 0 AND total");
        st->bind(1, p.order_id).bind(2, p.amount).bind(3, p.created_at);
        st->run();
        if (conn.changes() == 0) {
            auto q = conn.cached("SELECT total - paid, paid FROM orders WHERE id = ?1");
            q->bind(1, p.order_id);
            if (!q->step()) throw Error(Errc::not_found, "no order with id " + std::to_string(p.order_id));
            throw Error(Errc::conflict, p.amount > 0 ? "the payment " + std::to_string(p.amount) + " is above the balance due " +
                                                           std::to_string(q->get_int64(0))
                                                     : "the refund " + std::to_string(-p.amount) + " is above what was paid " +
                                                           std::to_string(q->get_int64(1)));
        }
    }
    {
        auto st = conn.cached("SELECT COALESCE(MAX(doc_no), 0) + 1 FROM order_payments");
        out.doc_no = st->step() ? st->get_int64(0) : 1;
    }
    {
        auto st = conn.cached(
            "INSERT INTO order_payments(order_id, doc_no, kind, tender, amount, tendered, reference, cashier_id, created_at, day) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
        st->bind(1, p.order_id).bind(2, out.doc_no).bind(3, p.kind).bind(4, p.tender).bind(5, p.amount);
        st->bind(6, p.tendered).bind(7, p.reference).bind(8, p.cashier_id).bind(9, p.created_at).bind(10, p.day);
        st->run();
        out.payment_id = conn.last_insert_id();
    }
    JsonWriter w;
    w.begin_object();
    w.key("amount").value(p.amount);
    w.key("doc_no").value(out.doc_no);
    w.key("kind").value(p.kind);
    w.key("order_id").value(p.order_id);
    w.key("tender").value(p.tender);
    w.end_object();
    journal::append(conn, journal::k_order_payment, p.cashier_id, p.order_id, w, p.created_at);
    auto st = conn.cached(
        "INSERT INTO print_jobs(order_payment_id, kind, status, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)");
    st->bind(1, out.payment_id).bind(2, print_job_kind_name(PrintJobKind::order_receipt));
    st->bind(3, print_job_state_name(PrintJobState::pending)).bind(4, p.created_at);
    st->run();
    out.print_job_id = conn.last_insert_id();
    return out;
}

void set_order_state(Connection& conn, Id order_id, std::string_view state, Id staff_id, std::string_view reason, Timestamp at,
                     std::string_view day) {
    const bool closing = state != "open" && state != "ready";
    auto st = closing ? conn.cached(
                            "UPDATE orders SET state = ?2, closed_at = ?3, closed_day = ?4, cancel_reason = ?5, updated_at = ?3 "
                            "WHERE id = ?1")
                      : conn.cached("UPDATE orders SET state = ?2, updated_at = ?3 WHERE id = ?1");
    st->bind(1, order_id).bind(2, state).bind(3, at);
    if (closing) st->bind(4, std::string(day)).bind(5, std::string(reason));
    st->run();
    require_changed(conn, order_id);
    JsonWriter w;
    w.begin_object();
    if (!reason.empty()) w.key("reason").value(reason);
    w.key("state").value(state);
    w.end_object();
    journal::append(conn, journal::k_order_state, staff_id, order_id, w, at);
}

void set_order_schedule(Connection& conn, Id order_id, std::string_view fulfilment, std::string_view due_day, std::string_view window,
                        std::string_view address, Id staff_id, Timestamp at) {
    auto st = conn.cached(
        "UPDATE orders SET fulfilment = ?2, due_day = ?3, time_window = ?4, address = ?5, updated_at = ?6 WHERE id = ?1");
    st->bind(1, order_id).bind(2, fulfilment).bind(3, due_day).bind(4, window).bind(5, address).bind(6, at);
    st->run();
    require_changed(conn, order_id);
    JsonWriter w;
    w.begin_object();
    w.key("due_day").value(due_day);
    w.key("fulfilment").value(fulfilment);
    w.key("state").value(std::string_view("rescheduled"));
    w.key("time_window").value(window);
    w.end_object();
    journal::append(conn, journal::k_order_state, staff_id, order_id, w, at);
}

std::optional<OrderRow> load_order(Connection& conn, Id order_id) {
    auto st = conn.cached(std::string(k_order_columns) + "WHERE id = ?1");
    st->bind(1, order_id);
    if (!st->step()) return std::nullopt;
    OrderRow o = read_order(*st);
    load_lines(conn, o);
    return o;
}

std::optional<OrderRow> find_order_by_no(Connection& conn, std::int64_t order_no) {
    auto st = conn.cached(std::string(k_order_columns) + "WHERE order_no = ?1");
    st->bind(1, order_no);
    if (!st->step()) return std::nullopt;
    OrderRow o = read_order(*st);
    load_lines(conn, o);
    return o;
}

std::optional<OrderPaymentRow> get_order_payment(Connection& conn, Id payment_id) {
    auto st = conn.cached(
        "SELECT id, order_id, doc_no, kind, tender, amount, tendered, reference, cashier_id, created_at, day FROM order_payments "
        "WHERE id = ?1");
    st->bind(1, payment_id);
    if (!st->step()) return std::nullopt;
    return read_payment(*st);
}

std::vector<OrderPaymentRow> order_payments(Connection& conn, Id order_id) {
    auto st = conn.cached(
        "SELECT id, order_id, doc_no, kind, tender, amount, tendered, reference, cashier_id, created_at, day FROM order_payments "
        "WHERE order_id = ?1 ORDER BY id");
    st->bind(1, order_id);
    std::vector<OrderPaymentRow> out;
    while (st->step()) out.push_back(read_payment(*st));
    return out;
}

std::vector<OrderRow> open_orders(Connection& conn, int limit) {
    auto st = conn.cached(std::string(k_order_columns) + "WHERE closed_day IS NULL ORDER BY due_day, order_no LIMIT ?1");
    st->bind(1, limit);
    std::vector<OrderRow> out;
    while (st->step()) out.push_back(read_order(*st));
    return out;
}

std::vector<OrderRow> orders_due_on(Connection& conn, std::string_view day) {
    auto st = conn.cached(std::string(k_order_columns) + "WHERE closed_day IS NULL AND due_day = ?1 ORDER BY time_window, order_no");
    st->bind(1, day);
    std::vector<OrderRow> out;
    while (st->step()) out.push_back(read_order(*st));
    for (OrderRow& o : out) load_lines(conn, o);
    return out;
}

std::vector<OrderRow> customer_orders(Connection& conn, Id customer_id, int limit) {
    auto st = conn.cached(std::string(k_order_columns) + "WHERE customer_id = ?1 ORDER BY id DESC LIMIT ?2");
    st->bind(1, customer_id).bind(2, limit);
    std::vector<OrderRow> out;
    while (st->step()) out.push_back(read_order(*st));
    return out;
}

}  // namespace pos::db
