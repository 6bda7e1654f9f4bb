#include "db/period_summary.h"

#include <map>

#include "core/common/time.h"

namespace pos::db {
namespace {

// Revenue rules (README "Revenue rules"): orders are written on orders.day, cancelled or
// delivered / picked up on closed_day; floor sales count on their receipt's day.
constexpr const char* k_days_visits =
    "SELECT day, COUNT(*), COALESCE(SUM(outcome = 'sold'), 0) FROM visits WHERE day BETWEEN ?1 AND ?2 GROUP BY day";
constexpr const char* k_days_sales =
    "SELECT day, COALESCE(SUM(total), 0) FROM sales WHERE day BETWEEN ?1 AND ?2 GROUP BY day";
constexpr const char* k_orders_written =
    "SELECT staff_id, COUNT(*), COALESCE(SUM(total), 0) FROM orders WHERE day BETWEEN ?1 AND ?2 GROUP BY staff_id";
constexpr const char* k_orders_closed =
    "SELECT closed_day, staff_id, state, COUNT(*), COALESCE(SUM(total), 0), COALESCE(SUM(tax_total), 0) FROM orders "
    "WHERE closed_day BETWEEN ?1 AND ?2 AND closed_day IS NOT NULL GROUP BY closed_day, staff_id, state";
constexpr const char* k_order_units =
    "SELECT o.staff_id, COALESCE(SUM(l.qty), 0) FROM orders o JOIN order_lines l ON l.order_id = o.id "
    "WHERE o.closed_day BETWEEN ?1 AND ?2 AND o.closed_day IS NOT NULL AND (o.state = 'delivered' OR o.state = 'picked_up') "
    "GROUP BY o.staff_id";
constexpr const char* k_order_payments =
    "SELECT kind, COUNT(*), COALESCE(SUM(amount), 0) FROM order_payments WHERE day BETWEEN ?1 AND ?2 GROUP BY kind";
constexpr const char* k_open_orders =
    "SELECT COUNT(*), COALESCE(SUM(total - paid), 0) FROM orders INDEXED BY orders_open_by_due "
    "WHERE closed_day IS NULL AND day <= ?1";
constexpr const char* k_be_back =
    "SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM visits p WHERE p.customer_id = v.customer_id "
    "AND p.customer_id IS NOT NULL AND p.started_at < v.started_at)), 0) "
    "FROM visits v WHERE v.day BETWEEN ?1 AND ?2 AND v.customer_id IS NOT NULL";
constexpr const char* k_follow_ups_due =
    "SELECT COUNT(*) FROM follow_ups WHERE due BETWEEN ?1 AND ?2";
constexpr const char* k_follow_ups_done =
    "SELECT COALESCE(done_by, owner_id), COUNT(*), COALESCE(SUM(result = 'bought'), 0) FROM follow_ups "
    "WHERE done_at >= ?1 AND done_at < ?2 AND done_at IS NOT NULL GROUP BY 1";
// Floor sales credited to the salesperson who led the visit (a refund through its sale).
constexpr const char* k_floor_by_staff =
    "SELECT v.staff_id, COALESCE(SUM(s.total), 0) FROM sales s LEFT JOIN sales o ON o.id = s.refund_of "
    "JOIN visits v ON v.id = COALESCE(s.visit_id, o.visit_id) WHERE s.day BETWEEN ?1 AND ?2 GROUP BY v.staff_id";
constexpr const char* k_floor_units =
    "SELECT v.staff_id, COALESCE(SUM(l.qty), 0) FROM sales s JOIN sale_lines l ON l.sale_id = s.id "
    "LEFT JOIN sales o ON o.id = s.refund_of JOIN visits v ON v.id = COALESCE(s.visit_id, o.visit_id) "
    "WHERE s.day BETWEEN ?1 AND ?2 GROUP BY v.staff_id";

bool delivered(const std::string& state) { return state == "delivered" || state == "picked_up"; }

}  // namespace

std::vector<std::string> period_queries() {
    return {k_days_visits, k_days_sales,  k_orders_written,  k_orders_closed,   k_order_units,   k_order_payments,
            k_open_orders, k_be_back,     k_follow_ups_due,  k_follow_ups_done, k_floor_by_staff, k_floor_units};
}

std::map<Id, SalespersonTotal> salesperson_totals(Connection& conn, const report::DayRange& range) {
    std::map<Id, SalespersonTotal> out;
    {
        auto st = conn.cached(k_floor_by_staff);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) out[st->get_int64(0)].revenue += st->get_int64(1);
    }
    {
        auto st = conn.cached(k_floor_units);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) out[st->get_int64(0)].units += st->get_int64(1);
    }
    {
        auto st = conn.cached(k_orders_closed);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step())
            if (delivered(st->get_text(2))) out[st->get_int64(1)].revenue += st->get_int64(4);
    }
    {
        auto st = conn.cached(k_order_units);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) out[st->get_int64(0)].units += st->get_int64(1);
    }
    return out;
}

report::PeriodSummary load_period_summary(Connection& conn, const report::DayRange& range, const SummaryContext& ctx) {
    report::PeriodSummary p;
    p.base = load_range_summary(conn, range, ctx);  // validates the range
    p.range = range;
    const auto start = local_day_start(range.from);
    const auto end = local_day_start(report::add_days(range.to, 1));
    if (!start || !end) throw pos::Error(Errc::invalid_input, "not a range of days: " + range.from + " to " + range.to);

    std::map<std::string, report::DayPoint> days;
    for (const std::string& d : report::days_of(range)) days[d].day = d;
    std::map<Id, report::SalespersonRow> people;
    for (const report::StaffRow& r : p.base.staff) {
        auto& row = people[r.staff_id];
        row.visits = r.visits;
        row.sold = r.sold;
    }
    {
        auto st = conn.cached(k_days_visits);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) {
            auto& d = days[st->get_text(0)];
            d.visits = st->get_int(1);
            d.sold = st->get_int(2);
        }
    }
    {
        auto st = conn.cached(k_days_sales);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) days[st->get_text(0)].revenue += st->get_int64(1);
    }
    p.floor_sales = p.base.revenue;
    {
        auto st = conn.cached(k_orders_written);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) {
            auto& r = people[st->get_int64(0)];
            r.orders_written += st->get_int(1);
            r.written_total += st->get_int64(2);
            p.orders_written += st->get_int(1);
            p.orders_written_total += st->get_int64(2);
        }
    }
    {
        auto st = conn.cached(k_orders_closed);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) {
            const std::string state = st->get_text(2);
            const int count = st->get_int(3);
            const Minor total = st->get_int64(4);
            auto& r = people[st->get_int64(1)];
            if (state == "cancelled") {
                p.orders_cancelled += count;
                p.orders_cancelled_total += total;
                r.written_total -= total;
            } else if (delivered(state)) {
                p.orders_delivered += count;
                p.orders_delivered_total += total;
                p.orders_delivered_tax += st->get_int64(5);
                r.orders_delivered += count;
                r.delivered_total += total;
                days[st->get_text(0)].revenue += total;
            }
        }
    }
    p.written = p.floor_sales + p.orders_written_total - p.orders_cancelled_total;
    p.revenue = p.floor_sales + p.orders_delivered_total;
    p.tax = p.base.tax_total + p.orders_delivered_tax;
    {
        auto st = conn.cached(k_order_payments);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) {
            const std::string kind = st->get_text(0);
            const int count = st->get_int(1);
            const Minor amount = st->get_int64(2);
            if (kind == "deposit") p.deposit_count += count, p.deposits += amount;
            else if (kind == "balance") p.balance_count += count, p.balance_payments += amount;
            else p.order_refunds -= amount;  // stored negative
        }
    }
    {
        auto st = conn.cached(k_open_orders);
        st->bind(1, range.to);
        if (st->step()) {
            p.open_orders = st->get_int(0);
            p.open_balance = st->get_int64(1);
        }
    }
    {
        auto st = conn.cached(k_be_back);
        st->bind(1, range.from).bind(2, range.to);
        if (st->step()) {
            p.visits_with_customer = st->get_int(0);
            p.be_back_visits = st->get_int(1);
        }
    }
    {
        auto st = conn.cached(k_follow_ups_due);
        st->bind(1, range.from).bind(2, range.to);
        if (st->step()) p.follow_ups_due = st->get_int(0);
    }
    {
        auto st = conn.cached(k_follow_ups_done);
        st->bind(1, *start).bind(2, *end);
        while (st->step()) {
            auto& r = people[st->get_int64(0)];
            r.follow_ups_done += st->get_int(1);
            r.follow_ups_bought += st->get_int(2);
            p.follow_ups_done += st->get_int(1);
            p.follow_ups_bought += st->get_int(2);
        }
    }
    {
        auto st = conn.cached(k_floor_by_staff);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) people[st->get_int64(0)].floor_revenue += st->get_int64(1);
    }
    {
        auto st = conn.cached(k_floor_units);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) people[st->get_int64(0)].units += st->get_int(1);
    }
    {
        auto st = conn.cached(k_order_units);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) people[st->get_int64(0)].units += st->get_int(1);
    }

    for (auto& [day, d] : days) p.days.push_back(std::move(d));
    // Names and roles from the staff table (small; read whole by the day summary too).
    std::map<Id, std::pair<std::string, std::string>> names;
    {
        auto st = conn.cached("SELECT id, name, role FROM staff");
        while (st->step()) names[st->get_int64(0)] = {st->get_text(1), st->get_text(2)};
    }
    for (auto& [id, r] : people) {
        if (!r.visits && !r.orders_written && !r.orders_delivered && !r.floor_revenue && !r.units && !r.follow_ups_done &&
            !r.written_total)
            continue;  // a cashier who only rang sales up
        r.staff_id = id;
        if (auto n = names.find(id); n != names.end()) r.name = n->second.first, r.role = n->second.second;
        r.revenue = r.floor_revenue + r.delivered_total;
        p.salespeople.push_back(std::move(r));
    }
    return p;
}

}  // namespace pos::db
