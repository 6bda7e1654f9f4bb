#include "core/report/day_summary.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>

#include "core/sale/money.h"

namespace pos::report {
namespace {

std::string pct(int bp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d.%02d%%", bp / 100, bp % 100);
    return buf;
}

int ratio_bp(long long num, long long den) {
    if (den <= 0) return 0;
    return static_cast<int>((num * 10000 + den / 2) / den);
}

std::string money(Minor v, const std::string& code) {
    const Currency* c = find_currency(code);
    return c ? format_plain(v, *c) : std::to_string(v);
}

std::string duration(Timestamp ms) {
    const long long s = ms / 1000;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%lldm%02llds", s / 60, s % 60);
    return buf;
}

std::string csv_field(const std::string& v) {
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (char c : v) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

}  // namespace

int DaySummary::conversion_bp() const noexcept { return ratio_bp(traffic.sold, traffic.visits); }

Minor DaySummary::average_ticket() const noexcept {
    if (sales_count == 0) return 0;
    return (gross_sales + sales_count / 2) / sales_count;
}

int DaySummary::items_per_ticket_x100() const noexcept { return ratio_bp(items_sold, sales_count) / 100; }

std::string to_text(const DaySummary& s) {
    std::ostringstream o;
    o << "Day summary " << s.day << " — " << s.store_name << " (" << s.currency << ")\n\n";
    o << sections_text(s, true);
    return o.str();
}

std::string sections_text(const DaySummary& s, bool with_cash) {
    std::ostringstream o;
    const auto m = [&](Minor v) { return money(v, s.currency); };
    o << "Traffic\n";
    o << "  visits " << s.traffic.visits << ", engaged " << s.traffic.engaged << ", demos " << s.traffic.demos << ", quotes "
      << s.traffic.quotes << ", sold " << s.traffic.sold << ", lost " << s.traffic.lost << ", follow-up " << s.traffic.follow_up
      << ", open " << s.traffic.open << "\n";
    o << "  conversion " << pct(s.conversion_bp()) << "\n\n";
    o << "Sales\n";
    o << "  sales " << s.sales_count << ", revenue " << m(s.revenue) << " (gross " << m(s.gross_sales) << ", refunds "
      << m(s.refunds_total) << "), tax " << m(s.tax_total) << "\n";
    char ipt[32];
    std::snprintf(ipt, sizeof ipt, "%d.%02d", s.items_per_ticket_x100() / 100, s.items_per_ticket_x100() % 100);
    o << "  average ticket " << m(s.average_ticket()) << ", items per ticket " << ipt << "\n\n";
    o << "Staff\n";
    for (const auto& r : s.staff)
        o << "  " << r.name << " (" << r.role << "): visits " << r.visits << ", sold " << r.sold << ", conversion "
          << (r.visits ? pct(ratio_bp(r.sold, r.visits)) : "-") << ", revenue " << m(r.revenue) << ", sales rung " << r.sales << "\n";
    o << "\nClosing methods\n";
    for (const auto& r : s.closing_methods)
        o << "  " << r.name << " [" << r.code << "]: " << r.accepted << "/" << r.attempts << " accepted ("
          << pct(ratio_bp(r.accepted, r.attempts)) << ")\n";
    o << "\nBuying signals (in sold / lost visits)\n";
    for (const auto& r : s.signals) o << "  " << r.name << " [" << r.code << "]: " << r.in_sold << " / " << r.in_lost << "\n";
    o << "\nObjections (raised, resolved)\n";
    for (const auto& r : s.objections)
        o << "  " << r.name << " [" << r.code << "]: " << r.raised << ", " << r.resolved << " (" << pct(ratio_bp(r.resolved, r.raised))
          << ")\n";
    o << "\nLost-sale reasons\n";
    for (const auto& r : s.lost_reasons) o << "  " << r.name << " [" << r.code << "]: " << r.count << "\n";
    o << "\nMedian time per stage\n";
    for (const auto& r : s.stage_times) o << "  " << r.name << " [" << r.code << "]: " << duration(r.median_ms) << " (" << r.samples << ")\n";
    o << "\nHourly traffic (visits/sales)\n";
    for (int h = 0; h < 24; ++h)
        if (s.hourly_visits[static_cast<std::size_t>(h)] || s.hourly_sales[static_cast<std::size_t>(h)]) {
            char buf[64];
            std::snprintf(buf, sizeof buf, "  %02d:00  %d/%d\n", h, s.hourly_visits[static_cast<std::size_t>(h)],
                          s.hourly_sales[static_cast<std::size_t>(h)]);
            o << buf;
        }
    o << "\nTenders\n";
    for (const auto& t : s.tenders) o << "  " << t.kind << ": " << t.count << ", " << m(t.amount) << "\n";
    o << "\nVoids " << s.voids << ", refunds " << s.refund_count << " (" << m(s.refunds_total) << "), no-sale drawer opens "
      << s.no_sale_opens << "\n";
    o << "Overrides\n";
    for (const auto& r : s.overrides)
        o << "  " << r.action << " requested by " << r.requested_by << ", approved by " << r.approved_by << ": " << r.reason
          << (r.detail.empty() ? "" : " (" + r.detail + ")") << "\n";
    if (!with_cash) return o.str();
    o << "\nCash\n";
    o << "  float " << m(s.cash.opening_float) << " + cash sales " << m(s.cash.cash_sales) << " - cash refunds " << m(s.cash.cash_refunds)
      << " + order payments " << m(s.cash.order_cash) << " = expected " << m(s.cash.expected) << "\n";
    if (s.cash.counted)
        o << "  counted " << m(*s.cash.counted) << ", variance " << m(s.cash.variance.value_or(0)) << " (closed by " << s.cash.closed_by << ")\n";
    else
        o << "  not counted yet (day open)\n";
    return o.str();
}

std::string to_json(const DaySummary& s) {
    using nlohmann::json;
    json j;
    j["day"] = s.day;
    j["store_name"] = s.store_name;
    j["currency"] = s.currency;
    j["traffic"] = {{"visits", s.traffic.visits}, {"engaged", s.traffic.engaged}, {"demos", s.traffic.demos},
                    {"quotes", s.traffic.quotes}, {"sold", s.traffic.sold},       {"lost", s.traffic.lost},
                    {"follow_up", s.traffic.follow_up}, {"open", s.traffic.open}, {"conversion_bp", s.conversion_bp()}};
    j["sales"] = {{"count", s.sales_count},        {"gross", s.gross_sales},       {"refunds", s.refunds_total},
                  {"revenue", s.revenue},          {"tax", s.tax_total},           {"items", s.items_sold},
                  {"average_ticket", s.average_ticket()}, {"items_per_ticket_x100", s.items_per_ticket_x100()}};
    j["staff"] = json::array();
    for (const auto& r : s.staff)
        j["staff"].push_back({{"staff_id", r.staff_id}, {"name", r.name}, {"role", r.role}, {"visits", r.visits},
                              {"sold", r.sold}, {"sales", r.sales}, {"revenue", r.revenue}});
    j["closing_methods"] = json::array();
    for (const auto& r : s.closing_methods)
        j["closing_methods"].push_back({{"code", r.code}, {"name", r.name}, {"attempts", r.attempts}, {"accepted", r.accepted}});
    j["signals"] = json::array();
    for (const auto& r : s.signals)
        j["signals"].push_back({{"code", r.code}, {"name", r.name}, {"in_sold", r.in_sold}, {"in_lost", r.in_lost}});
    j["objections"] = json::array();
    for (const auto& r : s.objections)
        j["objections"].push_back({{"code", r.code}, {"name", r.name}, {"raised", r.raised}, {"resolved", r.resolved}});
    j["lost_reasons"] = json::array();
    for (const auto& r : s.lost_reasons) j["lost_reasons"].push_back({{"code", r.code}, {"name", r.name}, {"count", r.count}});
    j["stage_times"] = json::array();
    for (const auto& r : s.stage_times)
        j["stage_times"].push_back({{"code", r.code}, {"name", r.name}, {"samples", r.samples}, {"median_ms", r.median_ms}});
    j["hourly"] = {{"visits", s.hourly_visits}, {"sales", s.hourly_sales}};
    j["tenders"] = json::array();
    for (const auto& t : s.tenders) j["tenders"].push_back({{"kind", t.kind}, {"count", t.count}, {"amount", t.amount}});
    j["voids"] = s.voids;
    j["refund_count"] = s.refund_count;
    j["no_sale_opens"] = s.no_sale_opens;
    j["overrides"] = json::array();
    for (const auto& r : s.overrides)
        j["overrides"].push_back({{"at", r.at}, {"action", r.action}, {"requested_by", r.requested_by},
                                  {"approved_by", r.approved_by}, {"reason", r.reason}, {"detail", r.detail}});
    j["cash"] = {{"opening_float", s.cash.opening_float}, {"cash_sales", s.cash.cash_sales}, {"cash_refunds", s.cash.cash_refunds},
                 {"order_cash", s.cash.order_cash}, {"expected", s.cash.expected}, {"counted", s.cash.counted ? json(*s.cash.counted) : json(nullptr)},
                 {"variance", s.cash.variance ? json(*s.cash.variance) : json(nullptr)}, {"closed_by", s.cash.closed_by}};
    return j.dump(2) + "\n";
}

std::string to_csv(const DaySummary& s) {
    std::ostringstream o;
    o << "section,key,metric,value\n";
    const auto row = [&](const std::string& section, const std::string& key, const std::string& metric, const std::string& value) {
        o << csv_field(section) << ',' << csv_field(key) << ',' << csv_field(metric) << ',' << csv_field(value) << '\n';
    };
    const auto n = [](long long v) { return std::to_string(v); };
    const auto m = [&](Minor v) { return money(v, s.currency); };
    row("day", s.day, "store", s.store_name);
    row("traffic", "", "visits", n(s.traffic.visits));
    row("traffic", "", "engaged", n(s.traffic.engaged));
    row("traffic", "", "demos", n(s.traffic.demos));
    row("traffic", "", "quotes", n(s.traffic.quotes));
    row("traffic", "", "sold", n(s.traffic.sold));
    row("traffic", "", "lost", n(s.traffic.lost));
    row("traffic", "", "conversion", pct(s.conversion_bp()));
    row("sales", "", "count", n(s.sales_count));
    row("sales", "", "revenue", m(s.revenue));
    row("sales", "", "refunds", m(s.refunds_total));
    row("sales", "", "average_ticket", m(s.average_ticket()));
    for (const auto& r : s.staff) {
        row("staff", r.name, "visits", n(r.visits));
        row("staff", r.name, "sold", n(r.sold));
        row("staff", r.name, "revenue", m(r.revenue));
    }
    for (const auto& r : s.closing_methods) {
        row("closing_method", r.code, "attempts", n(r.attempts));
        row("closing_method", r.code, "accepted", n(r.accepted));
    }
    for (const auto& r : s.signals) {
        row("signal", r.code, "in_sold", n(r.in_sold));
        row("signal", r.code, "in_lost", n(r.in_lost));
    }
    for (const auto& r : s.objections) {
        row("objection", r.code, "raised", n(r.raised));
        row("objection", r.code, "resolved", n(r.resolved));
    }
    for (const auto& r : s.lost_reasons) row("lost_reason", r.code, "count", n(r.count));
    for (const auto& r : s.stage_times) row("stage_time", r.code, "median_seconds", n(r.median_ms / 1000));
    for (int h = 0; h < 24; ++h) {
        row("hourly", n(h), "visits", n(s.hourly_visits[static_cast<std::size_t>(h)]));
        row("hourly", n(h), "sales", n(s.hourly_sales[static_cast<std::size_t>(h)]));
    }
    for (const auto& t : s.tenders) {
        row("tender", t.kind, "count", n(t.count));
        row("tender", t.kind, "amount", m(t.amount));
    }
    row("control", "", "voids", n(s.voids));
    row("control", "", "refunds", n(s.refund_count));
    row("control", "", "overrides", n(static_cast<long long>(s.overrides.size())));
    row("control", "", "no_sale_opens", n(s.no_sale_opens));
    row("cash", "", "order_cash", m(s.cash.order_cash));
    row("cash", "", "expected", m(s.cash.expected));
    row("cash", "", "counted", s.cash.counted ? m(*s.cash.counted) : "");
    row("cash", "", "variance", s.cash.variance ? m(*s.cash.variance) : "");
    return o.str();
}

}  // namespace pos::report
