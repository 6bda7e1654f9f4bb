// Loading a committed sale or refund back, with the quantity already refunded per line.
#include "db/sales.h"

namespace pos::db {

namespace {

void load_children(Connection& conn, SaleRecord& r) {
    {
        auto st = conn.cached(
            "SELECT l.id, l.line_no, l.product_id, l.sku, l.name, l.qty, l.list_price, l.unit_price, "
            "l.line_discount, l.order_discount, l.tax_rate_bp, l.tax, l.payable, l.refund_of_line, "
            "COALESCE((SELECT -SUM(x.qty) FROM sale_lines x WHERE x.refund_of_line = l.id), 0) "
            "FROM sale_lines l WHERE l.sale_id = ?1 ORDER BY l.line_no");
        st->bind(1, r.id);
        while (st->step()) {
            SaleLineRow l;
            l.id = st->get_int64(0);
            l.line_no = st->get_int(1);
            l.product_id = st->get_id(2);
            l.sku = st->get_text(3);
            l.name = st->get_text(4);
            l.qty = st->get_int64(5);
            l.list_price = st->get_int64(6);
            l.unit_price = st->get_int64(7);
            l.line_discount = st->get_int64(8);
            l.order_discount = st->get_int64(9);
            l.tax_rate_bp = st->get_int(10);
            l.tax = st->get_int64(11);
            l.payable = st->get_int64(12);
            l.refund_of_line = st->get_id(13);
            l.refunded_qty = st->get_int64(14);
            r.lines.push_back(std::move(l));
        }
    }
    {
        auto st = conn.cached("SELECT kind, amount, tendered, reference FROM payments WHERE sale_id = ?1 ORDER BY id");
        st->bind(1, r.id);
        while (st->step()) r.payments.push_back({st->get_text(0), st->get_int64(1), st->get_int64(2), st->get_text(3)});
    }
    {
        auto st = conn.cached("SELECT rate_bp, base, tax FROM sale_taxes WHERE sale_id = ?1 ORDER BY rate_bp");
        st->bind(1, r.id);
        while (st->step()) r.taxes.push_back({st->get_int(0), st->get_int64(1), st->get_int64(2)});
    }
    {
        auto st = conn.cached(
            "SELECT action, line_no, requested_by, approved_by, reason, detail, at FROM overrides "
            "WHERE sale_id = ?1 ORDER BY id");
        st->bind(1, r.id);
        while (st->step()) {
            OverrideRow o;
            o.action = st->get_text(0);
            o.line_no = st->is_null(1) ? 0 : st->get_int(1);
            o.requested_by = st->get_int64(2);
            o.approved_by = st->get_int64(3);
            o.reason = st->get_text(4);
            o.detail = st->get_text(5);
            o.at = st->get_int64(6);
            r.overrides.push_back(std::move(o));
        }
    }
    auto st = conn.cached("SELECT id FROM sales WHERE refund_of = ?1 ORDER BY receipt_no");
    st->bind(1, r.id);
    while (st->step()) r.refund_ids.push_back(st->get_int64(0));
}

std::optional<SaleRecord> load_where(Connection& conn, const char* where, std::int64_t key) {
    std::optional<SaleRecord> out;
    {
        auto st = conn.cached(std::string(
                                  "SELECT id, receipt_no, kind, refund_of, visit_id, customer_id, staff_id, cashier_id, "
                                  "created_at, day, currency, tax_mode, subtotal, discount_total, tax_total, total, "
                                  "change_given FROM sales WHERE ") +
                              where);
        st->bind(1, key);
        if (!st->step()) return std::nullopt;
        SaleRecord r;
        r.id = st->get_int64(0);
        r.receipt_no = st->get_int64(1);
        r.kind = st->get_text(2);
        r.refund_of = st->get_id(3);
        r.visit_id = st->get_id(4);
        r.customer_id = st->get_id(5);
        r.staff_id = st->get_int64(6);
        r.cashier_id = st->get_int64(7);
        r.created_at = st->get_int64(8);
        r.day = st->get_text(9);
        r.currency = st->get_text(10);
        r.tax_mode = st->get_text(11);
        r.subtotal = st->get_int64(12);
        r.discount_total = st->get_int64(13);
        r.tax_total = st->get_int64(14);
        r.total = st->get_int64(15);
        r.change_given = st->get_int64(16);
        out = std::move(r);
    }
    load_children(conn, *out);
    return out;
}

}  // namespace

std::optional<SaleRecord> load_sale(Connection& conn, Id sale_id) { return load_where(conn, "id = ?1", sale_id); }

std::optional<SaleRecord> find_sale_by_receipt(Connection& conn, std::int64_t receipt_no) {
    return load_where(conn, "receipt_no = ?1", receipt_no);
}

}  // namespace pos::db
