// Committing sales and refunds: one transaction for the sale, journal entry and print job.
#include "db/sales.h"

#include "core/sale/tender_kind.h"
#include "db/journal.h"
#include "db/json_writer.h"
#include "db/print_jobs.h"

namespace pos::db {

namespace {

// The journal payload: a canonical summary, keys in byte order at every level, so the text is
// what nlohmann::json::dump() gave for the same sale before (the journal hashes cover it).
// Written straight into a string: building and dumping a json DOM, then parsing the text again
// in journal::append, was a third of the commit's CPU time.
JsonWriter journal_payload(const SaleDraft& d, std::int64_t receipt_no, std::int64_t refund_of_receipt) {
    JsonWriter w;
    w.begin_object();
    w.key("change_given").value(d.change_given);
    w.key("currency").value(d.currency);
    w.key("kind").value(d.kind);
    w.key("lines").begin_array();
    for (const SaleLineRow& l : d.lines) {
        w.begin_object();
        w.key("line_no").value(std::int64_t{l.line_no});
        w.key("payable").value(l.payable);
        w.key("qty").value(std::int64_t{l.qty});
        w.key("sku").value(l.sku);
        w.end_object();
    }
    w.end_array();
    if (!d.overrides.empty()) w.key("overrides").value(std::uint64_t{d.overrides.size()});
    w.key("receipt_no").value(receipt_no);
    if (refund_of_receipt) w.key("refund_of_receipt").value(refund_of_receipt);
    w.key("tax_total").value(d.tax_total);
    w.key("tenders").begin_array();
    for (const PaymentRow& p : d.payments) {
        w.begin_object();
        w.key("amount").value(p.amount);
        w.key("kind").value(p.kind);
        w.end_object();
    }
    w.end_array();
    w.key("total").value(d.total);
    w.end_object();
    return w;
}

// Refund rules checked against the stored original. Returns the original's receipt number.
std::int64_t check_refund(Connection& conn, const SaleDraft& d) {
    std::int64_t receipt = 0;
    {
        auto st = conn.cached("SELECT kind, receipt_no FROM sales WHERE id = ?1");
        st->bind(1, d.refund_of);
        if (!st->step()) throw Error(Errc::not_found, "the sale being refunded does not exist");
        if (st->get_text(0) != "sale") throw Error(Errc::invalid_input, "a refund cannot be refunded");
        receipt = st->get_int64(1);
    }
    for (const SaleLineRow& l : d.lines) {
        if (l.qty >= 0) throw Error(Errc::invalid_input, "refund line " + std::to_string(l.line_no) + " must have a negative quantity");
        auto st = conn.cached(
            "SELECT o.qty, o.sale_id, COALESCE((SELECT -SUM(r.qty) FROM sale_lines r WHERE r.refund_of_line = o.id), 0) "
            "FROM sale_lines o WHERE o.id = ?1");
        st->bind(1, l.refund_of_line);
        if (!st->step() || st->get_int64(1) != d.refund_of)
            throw Error(Errc::invalid_input, "refund line " + std::to_string(l.line_no) + " (" + l.sku +
                                                 ") does not belong to receipt " + std::to_string(receipt));
        const std::int64_t left = st->get_int64(0) - st->get_int64(2);
        if (-l.qty > left)
            throw Error(Errc::conflict, "cannot refund " + std::to_string(-l.qty) + " x " + l.sku + ": only " +
                                            std::to_string(left) + " left to refund on receipt " + std::to_string(receipt));
    }
    return receipt;
}

void insert_lines(Connection& conn, Id sale_id, const SaleDraft& d) {
    auto st = conn.cached(
        "INSERT INTO sale_lines(sale_id, line_no, product_id, sku, name, qty, list_price, unit_price, "
        "line_discount, order_discount, tax_rate_bp, tax, payable, refund_of_line) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)");
    for (const SaleLineRow& l : d.lines) {
        st->bind(1, sale_id).bind(2, l.line_no).bind_id(3, l.product_id).bind(4, l.sku).bind(5, l.name);
        st->bind(6, l.qty).bind(7, l.list_price).bind(8, l.unit_price).bind(9, l.line_discount);
        st->bind(10, l.order_discount).bind(11, l.tax_rate_bp).bind(12, l.tax).bind(13, l.payable);
        st->bind_id(14, l.refund_of_line);
        st->run();
        st->reset();
    }
}

void insert_children(Connection& conn, Id sale_id, const SaleDraft& d) {
    insert_lines(conn, sale_id, d);
    {
        auto st = conn.cached("INSERT INTO payments(sale_id, kind, amount, tendered, reference) VALUES (?1, ?2, ?3, ?4, ?5)");
        for (const PaymentRow& p : d.payments) {
            st->bind(1, sale_id).bind(2, p.kind).bind(3, p.amount).bind(4, p.tendered).bind(5, p.reference);
            st->run();
            st->reset();
        }
    }
    {
        auto st = conn.cached("INSERT INTO sale_taxes(sale_id, rate_bp, base, tax) VALUES (?1, ?2, ?3, ?4)");
        for (const SaleTaxRow& t : d.taxes) {
            st->bind(1, sale_id).bind(2, t.rate_bp).bind(3, t.base).bind(4, t.tax);
            st->run();
            st->reset();
        }
    }
    auto st = conn.cached(
        "INSERT INTO overrides(sale_id, action, line_no, requested_by, approved_by, reason, detail, at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    for (const OverrideRow& o : d.overrides) {
        st->bind(1, sale_id).bind(2, o.action).bind_id(3, o.line_no).bind(4, o.requested_by);
        st->bind(5, o.approved_by).bind(6, o.reason).bind(7, o.detail).bind(8, o.at);
        st->run();
        st->reset();
    }
}

}  // namespace

CommittedSale commit_sale(Connection& conn, const SaleDraft& d,
                          const std::optional<std::vector<std::uint8_t>>& receipt_payload) {
    if (d.lines.empty()) throw Error(Errc::invalid_input, "a sale needs at least one line");
    Transaction tx(conn);
    const std::int64_t refund_of_receipt = d.kind == "refund" ? check_refund(conn, d) : 0;

    CommittedSale out;
    {
        // Prepared once per connection: re-parsing this on every sale showed up in the commit profile.
        auto st = conn.cached("SELECT COALESCE(MAX(receipt_no), 0) + 1 FROM sales");
        out.receipt_no = st->step() ? st->get_opt_int64(0).value_or(1) : 1;
    }
    {
        auto st = conn.cached(
            "INSERT INTO sales(receipt_no, kind, refund_of, visit_id, customer_id, staff_id, cashier_id, "
            "created_at, day, currency, tax_mode, subtotal, discount_total, tax_total, total, change_given) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        st->bind(1, out.receipt_no).bind(2, d.kind).bind_id(3, d.refund_of).bind_id(4, d.visit_id);
        st->bind_id(5, d.customer_id).bind(6, d.staff_id).bind(7, d.cashier_id).bind(8, d.created_at);
        st->bind(9, d.day).bind(10, d.currency).bind(11, d.tax_mode).bind(12, d.subtotal);
        st->bind(13, d.discount_total).bind(14, d.tax_total).bind(15, d.total).bind(16, d.change_given);
        st->run();
        out.sale_id = conn.last_insert_id();
    }
    insert_children(conn, out.sale_id, d);
    out.journal_seq = journal::append(conn, d.kind == "refund" ? journal::k_refund : journal::k_sale, d.cashier_id,
                                      out.sale_id, journal_payload(d, out.receipt_no, refund_of_receipt), d.created_at);
    out.print_job_id = enqueue_print_job(conn, out.sale_id, "receipt", receipt_payload, d.created_at);
    tx.commit();
    return out;
}

std::int64_t last_receipt_no(Connection& conn) {
    return conn.query_int64("SELECT COALESCE(MAX(receipt_no), 0) FROM sales").value_or(0);
}

std::vector<Id> sale_ids_for_day(Connection& conn, std::string_view day) {
    auto st = conn.cached("SELECT id FROM sales WHERE day = ?1 ORDER BY receipt_no");
    st->bind(1, day);
    std::vector<Id> out;
    while (st->step()) out.push_back(st->get_int64(0));
    return out;
}

DaySummaryRow day_totals(Connection& conn, std::string_view day) {
    DaySummaryRow r;
    r.day = std::string(day);
    {
        auto st = conn.cached(
            "SELECT sale_count, refund_count, gross_total, refund_total, net_total, tax_total, discount_total "
            "FROM day_sales_summary WHERE day = ?1");
        st->bind(1, day);
        if (st->step()) {
            r.sale_count = st->get_int64(0);
            r.refund_count = st->get_int64(1);
            r.gross_total = st->get_int64(2);
            r.refund_total = st->get_int64(3);
            r.net_total = st->get_int64(4);
            r.tax_total = st->get_int64(5);
            r.discount_total = st->get_int64(6);
        }
    }
    auto st = conn.cached("SELECT kind, amount FROM day_tender_summary WHERE day = ?1");
    st->bind(1, day);
    while (st->step()) {
        const auto kind = parse_tender_kind(st->get_text(0));
        if (!kind) throw Error(Errc::invalid_state, "a payment of an unknown kind '" + st->get_text(0) + "' is stored");
        switch (*kind) {
            case TenderKind::cash: r.cash = st->get_int64(1); break;
            case TenderKind::card: r.card = st->get_int64(1); break;
            case TenderKind::voucher: r.voucher = st->get_int64(1); break;
        }
    }
    return r;
}

}  // namespace pos::db
