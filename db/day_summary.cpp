#include "db/day_summary.h"

#include <algorithm>
#include <set>
#include <unordered_map>

#include "core/common/time.h"
#include "core/report/period.h"

namespace pos::db {
namespace {

// Every query of the summary, bounded by the range (checked with EXPLAIN QUERY PLAN in
// tests/report/period_store_test.cpp through summary_queries()).
constexpr const char* k_visits =
    "SELECT id, staff_id, started_at, ended_at, outcome, lost_reason, sale_id FROM visits WHERE day BETWEEN ?1 AND ?2";
// The events of the range's visits, read by the lowest and highest visit id of the range
// (ids follow time): one range of visit_events_by_visit (visit_id, at, rowid) in the order
// asked, so SQLite does not sort. Joining visits by day and ordering by visit id sorted every
// event of the range in a temporary b-tree (~60 % of a month's period summary, pos_bench
// --only period). An event of a visit outside the range whose id falls between is skipped.
constexpr const char* k_events =
    "SELECT visit_id, at, kind, code, result FROM visit_events WHERE visit_id BETWEEN ?1 AND ?2 ORDER BY visit_id, at, id";
constexpr const char* k_sales =
    "SELECT id, kind, cashier_id, created_at, total, tax_total FROM sales WHERE day BETWEEN ?1 AND ?2";
constexpr const char* k_items =
    "SELECT COALESCE(SUM(l.qty), 0) FROM sale_lines l JOIN sales s ON s.id = l.sale_id WHERE s.day BETWEEN ?1 AND ?2 AND s.kind = 'sale'";
constexpr const char* k_tenders =
    "SELECT p.kind, s.kind, COUNT(*), COALESCE(SUM(p.amount), 0) FROM payments p JOIN sales s ON s.id = p.sale_id "
    "WHERE s.day BETWEEN ?1 AND ?2 GROUP BY p.kind, s.kind ORDER BY p.kind";
constexpr const char* k_order_tenders =
    "SELECT tender, SUM(amount > 0), COALESCE(SUM(amount), 0) FROM order_payments WHERE day BETWEEN ?1 AND ?2 "
    "GROUP BY tender ORDER BY tender";
constexpr const char* k_closing =
    "SELECT c.cash_counted, c.variance, COALESCE(st.name, '') FROM day_closings c LEFT JOIN staff st ON st.id = c.closed_by "
    "WHERE c.day = ?1";
constexpr const char* k_overrides =
    "SELECT o.at, o.action, COALESCE(rq.name, ''), COALESCE(ap.name, ''), o.reason, COALESCE(o.detail, '') "
    "FROM overrides o LEFT JOIN staff rq ON rq.id = o.requested_by LEFT JOIN staff ap ON ap.id = o.approved_by "
    "WHERE o.at >= ?1 AND o.at < ?2 ORDER BY o.at, o.id";
constexpr const char* k_journal =
    "SELECT kind, COUNT(*) FROM journal WHERE at >= ?1 AND at < ?2 AND kind IN ('void', 'drawer_open') GROUP BY kind";
constexpr const char* k_staff =
    "SELECT id, name, role FROM staff";
constexpr const char* k_setting =
    "SELECT value FROM settings WHERE key = ?1";

struct VisitFacts {
    Id staff_id = 0;
    Timestamp started_at = 0;
    std::optional<Timestamp> ended_at;
    std::string outcome;
    Id sale_id = 0;
    int max_stage = -1;
    std::set<int> entered;  // stage indexes entered
    bool demo = false;
    bool quote = false;
    std::vector<std::pair<Timestamp, std::string>> stages;  // (entered at, stage code)
    std::set<std::string> signals;
};

Timestamp median(std::vector<Timestamp> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

std::string setting(Connection& conn, const char* key, std::string fallback) {
    auto st = conn.cached(k_setting);
    st->bind(1, key);
    return st->step() ? st->get_text(0) : fallback;
}

template <class Row>
Row& row_for(std::vector<Row>& rows, std::unordered_map<std::string, std::size_t>& index, const std::string& code,
             const SummaryContext& ctx, std::string_view kind) {
    auto [it, fresh] = index.try_emplace(code, rows.size());
    if (fresh) {
        Row r;
        r.code = code;
        r.name = ctx.label ? ctx.label(kind, code) : code;
        rows.push_back(std::move(r));
    }
    return rows[it->second];
}

}  // namespace

std::vector<std::string> summary_queries() {
    return {k_visits, k_events, k_sales, k_items, k_tenders, k_order_tenders, k_closing, k_overrides, k_journal, k_staff, k_setting};
}

report::DaySummary load_day_summary(Connection& conn, const std::string& day, const SummaryContext& ctx) {
    return load_range_summary(conn, report::make_range(day, day), ctx);
}

report::DaySummary load_range_summary(Connection& conn, const report::DayRange& range, const SummaryContext& ctx) {
    const auto start = local_day_start(range.from);
    const auto day_end = local_day_start(report::add_days(range.to, 1));  // the next local midnight (DST-safe)
    if (!start || !day_end || range.from > range.to)
        throw pos::Error(Errc::invalid_input, "not a range of days: '" + range.from + "' to '" + range.to + "' (use YYYY-MM-DD)");
    const std::string& day = range.from;
    const bool one_day = range.from == range.to;

    report::DaySummary s;
    s.day = one_day ? day : range.from + ".." + range.to;
    s.store_name = setting(conn, "store_name", "");
    s.currency = setting(conn, "currency", "");

    // Staff names, for the per-staff table and the override approvers.
    std::map<Id, report::StaffRow> staff;
    {
        auto st = conn.cached(k_staff);
        while (st->step()) {
            report::StaffRow r;
            r.staff_id = st->get_int64(0);
            r.name = st->get_text(1);
            r.role = st->get_text(2);
            staff.emplace(r.staff_id, std::move(r));
        }
    }

    // Visits of the day and their timelines.
    std::map<Id, VisitFacts> visits;
    {
        auto st = conn.cached(k_visits);
        st->bind(1, range.from).bind(2, range.to);
        std::unordered_map<std::string, std::size_t> idx;
        while (st->step()) {
            VisitFacts v;
            v.staff_id = st->get_int64(1);
            v.started_at = st->get_int64(2);
            v.ended_at = st->get_opt_int64(3);
            v.outcome = st->get_opt_text(4).value_or("");
            v.sale_id = st->get_id(6);
            if (v.outcome == "lost") row_for(s.lost_reasons, idx, st->get_opt_text(5).value_or(""), ctx, "lost").count++;
            s.hourly_visits[static_cast<std::size_t>(local_hour(v.started_at))]++;
            visits.emplace(st->get_int64(0), std::move(v));
        }
    }
    if (!visits.empty()) {
        auto st = conn.cached(k_events);
        st->bind(1, visits.begin()->first).bind(2, visits.rbegin()->first);
        std::unordered_map<std::string, std::size_t> closing_idx, objection_idx;
        while (st->step()) {
            auto it = visits.find(st->get_int64(0));
            if (it == visits.end()) continue;
            VisitFacts& v = it->second;
            const Timestamp at = st->get_int64(1);
            const std::string kind = st->get_text(2);
            const std::string code = st->get_opt_text(3).value_or("");
            if (kind == "stage") {
                v.stages.emplace_back(at, code);
                if (auto si = ctx.stage_index.find(code); si != ctx.stage_index.end()) {
                    v.max_stage = std::max(v.max_stage, si->second);
                    v.entered.insert(si->second);
                }
            } else if (kind == "signal") {
                v.signals.insert(code);
            } else if (kind == "closing") {
                auto& r = row_for(s.closing_methods, closing_idx, code, ctx, "closing");
                r.attempts++;
                if (st->get_opt_text(4).value_or("") == "accepted") r.accepted++;
            } else if (kind == "objection") {
                row_for(s.objections, objection_idx, code, ctx, "objection").raised++;
            } else if (kind == "objection_resolved") {
                row_for(s.objections, objection_idx, code, ctx, "objection").resolved++;
            } else if (kind == "technique") {
                if (std::find(ctx.demo_techniques.begin(), ctx.demo_techniques.end(), code) != ctx.demo_techniques.end()) v.demo = true;
            } else if (kind == "quote") {
                v.quote = true;
            }
        }
    }

    // Traffic funnel, signals in sold vs lost, time per stage, per-staff visits.
    std::unordered_map<std::string, std::size_t> signal_idx;
    std::map<std::string, std::vector<Timestamp>> stage_durations;
    for (auto& [id, v] : visits) {
        auto& t = s.traffic;
        t.visits++;
        // Engaged: got as far as needs discovery or beyond (staff may skip recording it).
        // Demo and quote: only when it happened (the stage, a demo technique, a quote).
        if (ctx.engaged_index >= 0 && v.max_stage >= ctx.engaged_index) t.engaged++;
        if (v.demo || v.entered.count(ctx.demo_index)) t.demos++;
        if (v.quote || v.entered.count(ctx.quote_index)) t.quotes++;
        if (v.outcome == "sold") t.sold++;
        else if (v.outcome == "lost") t.lost++;
        else if (v.outcome == "follow_up") t.follow_up++;
        else t.open++;
        if (v.outcome == "sold" || v.outcome == "lost")
            for (const auto& code : v.signals) {
                auto& r = row_for(s.signals, signal_idx, code, ctx, "signal");
                (v.outcome == "sold" ? r.in_sold : r.in_lost)++;
            }
        for (std::size_t i = 0; i < v.stages.size(); ++i) {
            const Timestamp next = i + 1 < v.stages.size() ? v.stages[i + 1].first : v.ended_at.value_or(v.stages[i].first);
            if (next > v.stages[i].first || i + 1 < v.stages.size()) stage_durations[v.stages[i].second].push_back(next - v.stages[i].first);
        }
        if (auto st = staff.find(v.staff_id); st != staff.end()) {
            st->second.visits++;
            if (v.outcome == "sold") st->second.sold++;
        }
    }
    for (auto& [code, durations] : stage_durations) {
        report::StageTime r;
        r.code = code;
        r.name = ctx.label ? ctx.label("stage", code) : code;
        r.samples = static_cast<int>(durations.size());
        r.median_ms = median(std::move(durations));
        s.stage_times.push_back(std::move(r));
    }
    std::sort(s.stage_times.begin(), s.stage_times.end(), [&](const auto& a, const auto& b) {
        auto ia = ctx.stage_index.find(a.code), ib = ctx.stage_index.find(b.code);
        const int pa = ia == ctx.stage_index.end() ? 1 << 20 : ia->second;
        const int pb = ib == ctx.stage_index.end() ? 1 << 20 : ib->second;
        return pa != pb ? pa < pb : a.code < b.code;
    });

    // Sales and refunds of the day.
    std::map<Id, Minor> sale_totals;
    {
        auto st = conn.cached(k_sales);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) {
            const std::string kind = st->get_text(1);
            const Minor total = st->get_int64(4);
            const Minor tax = st->get_int64(5);
            if (kind == "sale") {
                s.sales_count++;
                s.gross_sales += total;
                s.tax_total += tax;
                s.hourly_sales[static_cast<std::size_t>(local_hour(st->get_int64(3)))]++;
                if (auto c = staff.find(st->get_int64(2)); c != staff.end()) c->second.sales++;
                sale_totals.emplace(st->get_int64(0), total);
            } else {  // refunds are stored with negative amounts
                s.refund_count++;
                s.refunds_total -= total;
                s.tax_total += tax;
            }
        }
    }
    s.revenue = s.gross_sales - s.refunds_total;
    {
        auto st = conn.cached(k_items);
        st->bind(1, range.from).bind(2, range.to);
        if (st->step()) s.items_sold = st->get_int(0);
    }
    for (auto& [id, v] : visits)
        if (v.outcome == "sold" && v.sale_id)
            if (auto st = staff.find(v.staff_id); st != staff.end()) {
                auto total = sale_totals.find(v.sale_id);
                if (total != sale_totals.end()) st->second.revenue += total->second;
            }
    for (auto& [id, r] : staff)
        if (r.visits || r.sales) s.staff.push_back(r);

    // Tenders, net of refunds paid back in the same tender; cash drawer movement.
    {
        auto st = conn.cached(k_tenders);
        st->bind(1, range.from).bind(2, range.to);
        std::unordered_map<std::string, std::size_t> idx;
        while (st->step()) {
            const std::string kind = st->get_text(0);
            const bool refund = st->get_text(1) == "refund";
            auto [it, fresh] = idx.try_emplace(kind, s.tenders.size());
            if (fresh) s.tenders.push_back({kind, 0, 0});
            auto& t = s.tenders[it->second];
            const Minor amount = st->get_int64(3);
            if (refund) {  // negative: money paid back
                t.amount += amount;
                if (kind == "cash") s.cash.cash_refunds -= amount;
            } else {
                t.count += st->get_int(2);
                t.amount += amount;
                if (kind == "cash") s.cash.cash_sales += amount;
            }
        }
    }
    // Special-order payments are money in (or back out of) the drawer on the day they are taken;
    // they are not revenue (README: revenue rules), so they count in the tenders and the drawer only.
    {
        auto st = conn.cached(k_order_tenders);
        st->bind(1, range.from).bind(2, range.to);
        while (st->step()) {
            const std::string kind = st->get_text(0);
            auto it = std::find_if(s.tenders.begin(), s.tenders.end(), [&](const report::TenderRow& t) { return t.kind == kind; });
            if (it == s.tenders.end()) it = s.tenders.insert(s.tenders.end(), {kind, 0, 0});
            it->count += st->get_int(1);
            it->amount += st->get_int64(2);
            if (kind == "cash") s.cash.order_cash += st->get_int64(2);
        }
    }
    // Over a range the float is counted once per day; only a single day has a count to compare.
    s.cash.opening_float = std::stoll(setting(conn, "cash_float", "0")) * report::day_count(range);
    s.cash.expected = s.cash.opening_float + s.cash.cash_sales - s.cash.cash_refunds + s.cash.order_cash;
    if (one_day) {
        auto st = conn.cached(k_closing);
        st->bind(1, day);
        if (st->step()) {
            s.cash.counted = st->get_int64(0);
            s.cash.variance = st->get_int64(0) - s.cash.expected;
            s.cash.closed_by = st->get_text(2);
        }
    }

    // Controls: overrides with their approver, voids and no-sale opens from the journal.
    {
        auto st = conn.cached(k_overrides);
        st->bind(1, *start).bind(2, *day_end);
        while (st->step())
            s.overrides.push_back({st->get_int64(0), st->get_text(1), st->get_text(2), st->get_text(3), st->get_text(4), st->get_text(5)});
    }
    {
        auto st = conn.cached(k_journal);
        st->bind(1, *start).bind(2, *day_end);
        while (st->step()) (st->get_text(0) == "void" ? s.voids : s.no_sale_opens) = st->get_int(1);
    }
    return s;
}

}  // namespace pos::db
