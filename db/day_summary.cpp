#include "db/day_summary.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string_view>
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
// (ids follow time): one range of visit_events_summary (visit_id, at, id, kind, code, result;
// migration 0010) in the order asked, so SQLite does not sort and reads no table row. Joining
// visits by day and ordering by visit id sorted every event of the range in a temporary b-tree
// (~60 % of a month's period summary, pos_bench --only period). An event of a visit outside the
// range whose id falls between is skipped.
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
    "SELECT kind, COUNT(*) FROM journal WHERE at >= ?1 AND at < ?2 AND (kind = 'void' OR kind = 'drawer_open') "
    "GROUP BY kind";  // the terms of journal_drawer_by_at's WHERE (migration 0011)
constexpr const char* k_staff =
    "SELECT id, name, role FROM staff";
constexpr const char* k_setting =
    "SELECT value FROM settings WHERE key = ?1";

enum class Outcome : std::uint8_t { open, sold, lost, follow_up };

Outcome outcome_of(std::string_view text) {
    if (text == "sold") return Outcome::sold;
    if (text == "lost") return Outcome::lost;
    if (text == "follow_up") return Outcome::follow_up;
    return Outcome::open;
}

// What the summary keeps of a visit (a month holds ~8.6k of them, flat and sorted by id).
struct VisitFacts {
    Id id = 0;
    Id staff_id = 0;
    std::optional<Timestamp> ended_at;
    Id sale_id = 0;
    Outcome outcome = Outcome::open;
    int max_stage = -1;
    bool demo = false;   // the demo stage entered or a demo technique used
    bool quote = false;  // the quote stage entered or a quote given
};

// A code seen in the range's events (stage, signal, objection, closing method, technique),
// interned once with what the summary needs to know about it, so the ~80k events of a month
// are counted without a string copy or a map look-up by text each.
struct CodeInfo {
    std::string text;
    int stage = -1;              // position in the playbook, -1 when not a playbook stage
    bool demo_technique = false;
    int closing_row = -1;        // index in s.closing_methods, once counted there
    int objection_row = -1;      // index in s.objections
    int signal_row = -1;         // index in s.signals
    std::vector<Timestamp> stage_durations;  // time spent in this stage, one per stage entered
};

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view t) const noexcept { return std::hash<std::string_view>{}(t); }
};

class Codes {
public:
    explicit Codes(const SummaryContext& ctx) : ctx_(ctx) {}
    int intern(std::string_view text) {
        if (auto it = index_.find(text); it != index_.end()) return it->second;
        CodeInfo c;
        c.text = std::string(text);
        if (auto si = ctx_.stage_index.find(c.text); si != ctx_.stage_index.end()) c.stage = si->second;
        c.demo_technique = std::find(ctx_.demo_techniques.begin(), ctx_.demo_techniques.end(), c.text) != ctx_.demo_techniques.end();
        const int id = static_cast<int>(codes_.size());
        index_.emplace(c.text, id);
        codes_.push_back(std::move(c));
        return id;
    }
    CodeInfo& operator[](int id) { return codes_[static_cast<std::size_t>(id)]; }
    std::vector<CodeInfo>& all() { return codes_; }

private:
    const SummaryContext& ctx_;
    std::unordered_map<std::string, int, TextHash, std::equal_to<>> index_;
    std::vector<CodeInfo> codes_;
};

Timestamp median(std::vector<Timestamp>& v) {
    if (v.empty()) return 0;
    const std::size_t n = v.size();
    const auto mid = v.begin() + static_cast<std::ptrdiff_t>(n / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (n % 2) return *mid;
    return (*std::max_element(v.begin(), mid) + *mid) / 2;  // the two middle values, as sorted
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
    std::vector<VisitFacts> visits;
    {
        auto st = conn.cached(k_visits);
        st->bind(1, range.from).bind(2, range.to);
        std::unordered_map<std::string, std::size_t> idx;
        while (st->step()) {
            VisitFacts v;
            v.id = st->get_int64(0);
            v.staff_id = st->get_int64(1);
            v.ended_at = st->get_opt_int64(3);
            v.outcome = outcome_of(st->get_text_view(4));
            v.sale_id = st->get_id(6);
            if (v.outcome == Outcome::lost) row_for(s.lost_reasons, idx, st->get_opt_text(5).value_or(""), ctx, "lost").count++;
            s.hourly_visits[static_cast<std::size_t>(local_hour(st->get_int64(2)))]++;
            visits.push_back(std::move(v));
        }
        std::sort(visits.begin(), visits.end(), [](const VisitFacts& a, const VisitFacts& b) { return a.id < b.id; });
    }

    // The events arrive ordered by visit, time and id: each visit's events are handled as they
    // come (its stages' durations, its signals), walking the sorted visits alongside.
    Codes codes(ctx);
    if (!visits.empty()) {
        auto st = conn.cached(k_events);
        st->bind(1, visits.front().id).bind(2, visits.back().id);
        std::unordered_map<std::string, std::size_t> closing_idx, objection_idx;
        std::unordered_map<std::string, std::size_t> signal_idx;
        std::size_t cur = 0;            // the visit of the events being read
        bool has_stage = false;         // its last stage so far (code, entered at)
        int last_stage = -1;
        Timestamp last_stage_at = 0;
        std::vector<int> signals;       // its signal codes
        const auto finish = [&](const VisitFacts& v) {
            if (has_stage) {  // the last stage lasts until the visit ended (counted when it took time)
                const Timestamp next = v.ended_at.value_or(last_stage_at);
                if (next > last_stage_at) codes[last_stage].stage_durations.push_back(next - last_stage_at);
            }
            if ((v.outcome == Outcome::sold || v.outcome == Outcome::lost) && !signals.empty()) {
                std::sort(signals.begin(), signals.end(), [&](int a, int b) { return codes[a].text < codes[b].text; });
                signals.erase(std::unique(signals.begin(), signals.end()), signals.end());
                for (const int c : signals) {
                    CodeInfo& info = codes[c];
                    if (info.signal_row < 0)
                        info.signal_row = static_cast<int>(&row_for(s.signals, signal_idx, info.text, ctx, "signal") - s.signals.data());
                    auto& r = s.signals[static_cast<std::size_t>(info.signal_row)];
                    (v.outcome == Outcome::sold ? r.in_sold : r.in_lost)++;
                }
            }
            has_stage = false;
            signals.clear();
        };
        while (st->step()) {
            const Id visit_id = st->get_int64(0);
            if (visits[cur].id != visit_id) {
                if (visits[cur].id > visit_id) continue;  // a visit outside the range (id between)
                finish(visits[cur]);
                while (cur + 1 < visits.size() && visits[cur].id < visit_id) ++cur;
                if (visits[cur].id != visit_id) continue;
            }
            VisitFacts& v = visits[cur];
            const Timestamp at = st->get_int64(1);
            const std::string_view kind = st->get_text_view(2);
            const int code = codes.intern(st->get_text_view(3));
            CodeInfo& info = codes[code];
            if (kind == "stage") {
                if (has_stage) codes[last_stage].stage_durations.push_back(at - last_stage_at);
                has_stage = true;
                last_stage = code;
                last_stage_at = at;
                if (info.stage >= 0) {
                    v.max_stage = std::max(v.max_stage, info.stage);
                    if (info.stage == ctx.demo_index) v.demo = true;
                    if (info.stage == ctx.quote_index) v.quote = true;
                }
            } else if (kind == "signal") {
                signals.push_back(code);
            } else if (kind == "closing") {
                if (info.closing_row < 0)
                    info.closing_row = static_cast<int>(&row_for(s.closing_methods, closing_idx, info.text, ctx, "closing") - s.closing_methods.data());
                auto& r = s.closing_methods[static_cast<std::size_t>(info.closing_row)];
                r.attempts++;
                if (st->get_text_view(4) == "accepted") r.accepted++;
            } else if (kind == "objection" || kind == "objection_resolved") {
                if (info.objection_row < 0)
                    info.objection_row = static_cast<int>(&row_for(s.objections, objection_idx, info.text, ctx, "objection") - s.objections.data());
                auto& r = s.objections[static_cast<std::size_t>(info.objection_row)];
                (kind == "objection" ? r.raised : r.resolved)++;
            } else if (kind == "technique") {
                if (info.demo_technique) v.demo = true;
            } else if (kind == "quote") {
                v.quote = true;
            }
        }
        // The visit of the last events, and none after it (a visit without events has no stage
        // nor signal: finish() of it changes nothing).
        finish(visits[cur]);
    }

    // Traffic funnel, time per stage, per-staff visits.
    for (const VisitFacts& v : visits) {
        auto& t = s.traffic;
        t.visits++;
        // Engaged: got as far as needs discovery or beyond (staff may skip recording it).
        // Demo and quote: only when it happened (the stage, a demo technique, a quote).
        if (ctx.engaged_index >= 0 && v.max_stage >= ctx.engaged_index) t.engaged++;
        if (v.demo) t.demos++;
        if (v.quote) t.quotes++;
        switch (v.outcome) {
            case Outcome::sold: t.sold++; break;
            case Outcome::lost: t.lost++; break;
            case Outcome::follow_up: t.follow_up++; break;
            case Outcome::open: t.open++; break;
        }
        if (auto st = staff.find(v.staff_id); st != staff.end()) {
            st->second.visits++;
            if (v.outcome == Outcome::sold) st->second.sold++;
        }
    }
    for (CodeInfo& c : codes.all()) {
        if (c.stage_durations.empty()) continue;
        report::StageTime r;
        r.code = c.text;
        r.name = ctx.label ? ctx.label("stage", c.text) : c.text;
        r.samples = static_cast<int>(c.stage_durations.size());
        r.median_ms = median(c.stage_durations);
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
    for (const VisitFacts& v : visits)
        if (v.outcome == Outcome::sold && v.sale_id)
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
