// make_manager_summary_view: formats a report::DaySummary for the manager screen.
#include <cstdio>

#include "core/sale/money.h"
#include "ui/manager_screen.h"

namespace pos::ui {
namespace {

std::string money_text(Minor v, const std::string& code, Lang lang) {
    if (const Currency* c = find_currency(code)) return format_money(v, *c, lang);
    return std::to_string(v) + " " + code;
}

std::string count_of(int part, int whole) {
    return std::to_string(part) + "/" + std::to_string(whole) + " · " + chart::percent_text(part, whole);
}

}  // namespace

ManagerSummaryView make_manager_summary_view(const report::DaySummary& s, Lang lang) {
    ManagerSummaryView v;
    const auto m = [&](Minor x) { return money_text(x, s.currency, lang); };
    v.day = s.day;
    v.store_name = s.store_name;
    v.kpis.visits = std::to_string(s.traffic.visits);
    v.kpis.conversion = s.traffic.visits > 0 ? chart::bp_text(s.conversion_bp()) : "—";
    v.kpis.revenue = m(s.revenue);
    v.kpis.average_ticket = m(s.average_ticket());
    char ipt[32];
    const int x100 = s.items_per_ticket_x100();
    std::snprintf(ipt, sizeof ipt, "%d.%02d", x100 / 100, x100 % 100);
    v.kpis.items_per_ticket = ipt;
    v.funnel = {s.traffic.visits, s.traffic.engaged, s.traffic.demos, s.traffic.quotes, s.traffic.sold};
    v.hourly_visits.assign(s.hourly_visits.begin(), s.hourly_visits.end());
    v.hourly_sales.assign(s.hourly_sales.begin(), s.hourly_sales.end());
    for (const auto& r : s.closing_methods)
        v.closing.push_back({r.name, static_cast<double>(r.accepted), static_cast<double>(r.attempts), count_of(r.accepted, r.attempts)});
    for (const auto& r : s.signals)
        v.signals.push_back({r.name, static_cast<double>(r.in_sold), static_cast<double>(r.in_lost),
                             std::to_string(r.in_sold) + " / " + std::to_string(r.in_lost)});
    for (const auto& r : s.objections)
        v.objections.push_back({r.name, static_cast<double>(r.resolved), static_cast<double>(r.raised), count_of(r.resolved, r.raised)});
    for (const auto& r : s.lost_reasons)
        v.lost_reasons.push_back({r.name, static_cast<double>(r.count), 0.0, std::to_string(r.count)});
    for (const auto& r : s.tenders)
        v.tenders.push_back({r.kind, static_cast<double>(r.amount), 0.0, std::to_string(r.count) + " · " + m(r.amount)});
    for (const auto& r : s.staff)
        v.staff.push_back({r.name, r.role, r.visits, r.sold, chart::percent_text(r.sold, r.visits), m(r.revenue), r.sales});
    v.voids = s.voids;
    v.refunds = s.refund_count;
    v.overrides = static_cast<int>(s.overrides.size());
    v.no_sale_opens = s.no_sale_opens;
    v.cash.expected = m(s.cash.expected);
    v.cash.counted = s.cash.counted ? m(*s.cash.counted) : "—";
    v.cash.variance = s.cash.variance ? m(*s.cash.variance) : "—";
    v.cash.variance_alert = s.cash.variance.has_value() && *s.cash.variance != 0;
    v.cash.closed_by = s.cash.closed_by;
    return v;
}

}  // namespace pos::ui
