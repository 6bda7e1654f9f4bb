#include "core/report/period.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sstream>

#include "core/common/error.h"
#include "core/common/time.h"
#include "core/sale/money.h"

namespace pos::report {
namespace {

using namespace std::chrono;

sys_days parse_day(const std::string& text) {
    if (!is_valid_date(text)) throw Error(Errc::invalid_input, "not a date: '" + text + "' (use YYYY-MM-DD)");
    int y = 0;
    unsigned m = 0, d = 0;
    std::sscanf(text.c_str(), "%d-%u-%u", &y, &m, &d);
    return sys_days{year{y} / month{m} / std::chrono::day{d}};
}

std::string day_text(sys_days t) {
    const year_month_day ymd{t};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                  static_cast<unsigned>(ymd.day()));
    return buf;
}

int ratio_bp(long long num, long long den) {
    if (den <= 0) return 0;
    return static_cast<int>((num * 10000 + den / 2) / den);
}

std::string pct(int bp) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%d.%02d%%", bp / 100, bp % 100);
    return buf;
}

std::string money(Minor v, const std::string& code) {
    const Currency* c = find_currency(code);
    return c ? format_plain(v, *c) : std::to_string(v);
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

DayRange make_range(const std::string& from, const std::string& to) {
    if (parse_day(from) > parse_day(to)) throw Error(Errc::invalid_input, "the range starts after it ends: " + from + " > " + to);
    return {from, to};
}

std::string add_days(const std::string& day, int n) { return day_text(parse_day(day) + days{n}); }

int iso_weekday(const std::string& day) { return static_cast<int>(weekday{parse_day(day)}.iso_encoding()); }

DayRange range_containing(PeriodKind kind, const std::string& day) {
    const sys_days t = parse_day(day);
    switch (kind) {
    case PeriodKind::week: {
        const sys_days monday = t - days{weekday{t}.iso_encoding() - 1};
        return {day_text(monday), day_text(monday + days{6})};
    }
    case PeriodKind::month: {
        const year_month_day ymd{t};
        return {day_text(sys_days{ymd.year() / ymd.month() / 1}), day_text(sys_days{ymd.year() / ymd.month() / last})};
    }
    case PeriodKind::day:
    case PeriodKind::custom: break;
    }
    return {day, day};
}

int day_count(const DayRange& r) { return static_cast<int>((parse_day(r.to) - parse_day(r.from)).count()) + 1; }

std::vector<std::string> days_of(const DayRange& r) {
    std::vector<std::string> out;
    for (sys_days t = parse_day(r.from), end = parse_day(r.to); t <= end; t += days{1}) out.push_back(day_text(t));
    return out;
}

bool is_valid_month(const std::string& month) noexcept {
    if (month.size() != 7 || month[4] != '-') return false;
    return is_valid_date(month + "-01") && month.compare(0, 4, "1970") >= 0;
}

DayRange month_range(const std::string& month) {
    if (!is_valid_month(month)) throw Error(Errc::invalid_input, "not a month: '" + month + "' (use YYYY-MM)");
    return range_containing(PeriodKind::month, month + "-01");
}

int PeriodSummary::be_back_bp() const noexcept { return ratio_bp(be_back_visits, visits_with_customer); }
int PeriodSummary::follow_up_sale_bp() const noexcept { return ratio_bp(follow_ups_bought, follow_ups_done); }

std::string to_text(const PeriodSummary& s) {
    std::ostringstream o;
    const auto m = [&](Minor v) { return money(v, s.base.currency); };
    const bool one_day = s.range.from == s.range.to;
    o << "Period summary " << s.range.from << " to " << s.range.to << " (" << day_count(s.range) << (one_day ? " day" : " days")
      << ") — " << s.base.store_name << " (" << s.base.currency << ")\n\n";
    o << "Written vs delivered\n";
    o << "  written " << m(s.written) << " (floor sales " << m(s.floor_sales) << " + " << s.orders_written << " orders "
      << m(s.orders_written_total) << " - " << s.orders_cancelled << " cancelled " << m(s.orders_cancelled_total) << ")\n";
    o << "  delivered (revenue) " << m(s.revenue) << " (floor sales " << m(s.floor_sales) << " + " << s.orders_delivered
      << " orders delivered " << m(s.orders_delivered_total) << "), tax " << m(s.tax) << "\n";
    o << "  deposits taken " << s.deposit_count << ", " << m(s.deposits) << "; balance payments " << s.balance_count << ", "
      << m(s.balance_payments) << "; order refunds " << m(s.order_refunds) << "\n";
    o << "  open orders " << s.open_orders << ", balance " << m(s.open_balance) << "\n\n";
    o << "Customers\n";
    o << "  be-back visits " << s.be_back_visits << " of " << s.visits_with_customer << " with a customer ("
      << pct(s.be_back_bp()) << ")\n";
    o << "  follow-ups due " << s.follow_ups_due << ", done " << s.follow_ups_done << ", led to a sale " << s.follow_ups_bought
      << " (" << pct(s.follow_up_sale_bp()) << ")\n\n";
    o << "Salespeople\n";
    for (const auto& r : s.salespeople)
        o << "  " << r.name << " (" << r.role << "): visits " << r.visits << ", sold " << r.sold << ", conversion "
          << (r.visits ? pct(ratio_bp(r.sold, r.visits)) : "-") << ", revenue " << m(r.revenue) << " (floor " << m(r.floor_revenue)
          << ", orders delivered " << r.orders_delivered << " " << m(r.delivered_total) << "), written orders " << r.orders_written
          << " " << m(r.written_total) << ", units " << r.units << ", follow-ups done " << r.follow_ups_done << " (bought "
          << r.follow_ups_bought << ")\n";
    o << "\nBy day (revenue, visits, sold)\n";
    for (const auto& d : s.days) o << "  " << d.day << "  " << m(d.revenue) << "  " << d.visits << "  " << d.sold << "\n";
    o << "\n" << sections_text(s.base, one_day);
    if (!one_day)
        o << "\nCash\n  cash sales " << m(s.base.cash.cash_sales) << " - cash refunds " << m(s.base.cash.cash_refunds)
          << "; the drawer is counted per day (day summary, day close)\n";
    return o.str();
}

std::string to_json(const PeriodSummary& s) {
    using nlohmann::json;
    json j;
    j["from"] = s.range.from;
    j["to"] = s.range.to;
    j["days_count"] = day_count(s.range);
    j["written"] = {{"floor_sales", s.floor_sales},         {"orders", s.orders_written},
                    {"orders_total", s.orders_written_total}, {"cancelled", s.orders_cancelled},
                    {"cancelled_total", s.orders_cancelled_total}, {"total", s.written}};
    j["delivered"] = {{"floor_sales", s.floor_sales}, {"orders", s.orders_delivered}, {"orders_total", s.orders_delivered_total},
                      {"orders_tax", s.orders_delivered_tax}, {"revenue", s.revenue}, {"tax", s.tax}};
    j["order_payments"] = {{"deposit_count", s.deposit_count}, {"deposits", s.deposits}, {"balance_count", s.balance_count},
                           {"balance_payments", s.balance_payments}, {"refunds", s.order_refunds}};
    j["open_orders"] = {{"count", s.open_orders}, {"balance", s.open_balance}};
    j["be_back"] = {{"visits_with_customer", s.visits_with_customer}, {"be_back_visits", s.be_back_visits}, {"rate_bp", s.be_back_bp()}};
    j["follow_ups"] = {{"due", s.follow_ups_due}, {"done", s.follow_ups_done}, {"bought", s.follow_ups_bought},
                       {"bought_bp", s.follow_up_sale_bp()}};
    j["salespeople"] = json::array();
    for (const auto& r : s.salespeople)
        j["salespeople"].push_back({{"staff_id", r.staff_id}, {"name", r.name}, {"role", r.role}, {"visits", r.visits},
                                    {"sold", r.sold}, {"floor_revenue", r.floor_revenue}, {"orders_written", r.orders_written},
                                    {"written_total", r.written_total}, {"orders_delivered", r.orders_delivered},
                                    {"delivered_total", r.delivered_total}, {"revenue", r.revenue}, {"units", r.units},
                                    {"follow_ups_done", r.follow_ups_done}, {"follow_ups_bought", r.follow_ups_bought}});
    j["days"] = json::array();
    for (const auto& d : s.days) j["days"].push_back({{"day", d.day}, {"revenue", d.revenue}, {"visits", d.visits}, {"sold", d.sold}});
    j["summary"] = json::parse(to_json(s.base));
    return j.dump(2) + "\n";
}

std::string to_csv(const PeriodSummary& s) {
    std::ostringstream o;
    o << "section,key,metric,value\n";
    const auto row = [&](const std::string& section, const std::string& key, const std::string& metric, const std::string& value) {
        o << csv_field(section) << ',' << csv_field(key) << ',' << csv_field(metric) << ',' << csv_field(value) << '\n';
    };
    const auto n = [](long long v) { return std::to_string(v); };
    const auto m = [&](Minor v) { return money(v, s.base.currency); };
    row("period", s.range.from, "to", s.range.to);
    row("written", "", "floor_sales", m(s.floor_sales));
    row("written", "", "orders", n(s.orders_written));
    row("written", "", "orders_total", m(s.orders_written_total));
    row("written", "", "cancelled", n(s.orders_cancelled));
    row("written", "", "cancelled_total", m(s.orders_cancelled_total));
    row("written", "", "total", m(s.written));
    row("delivered", "", "orders", n(s.orders_delivered));
    row("delivered", "", "orders_total", m(s.orders_delivered_total));
    row("delivered", "", "revenue", m(s.revenue));
    row("delivered", "", "tax", m(s.tax));
    row("order_payments", "", "deposits", m(s.deposits));
    row("order_payments", "", "balance_payments", m(s.balance_payments));
    row("order_payments", "", "refunds", m(s.order_refunds));
    row("open_orders", "", "count", n(s.open_orders));
    row("open_orders", "", "balance", m(s.open_balance));
    row("be_back", "", "visits_with_customer", n(s.visits_with_customer));
    row("be_back", "", "be_back_visits", n(s.be_back_visits));
    row("be_back", "", "rate", pct(s.be_back_bp()));
    row("follow_ups", "", "due", n(s.follow_ups_due));
    row("follow_ups", "", "done", n(s.follow_ups_done));
    row("follow_ups", "", "bought", n(s.follow_ups_bought));
    row("follow_ups", "", "bought_share", pct(s.follow_up_sale_bp()));
    for (const auto& r : s.salespeople) {
        row("salesperson", r.name, "visits", n(r.visits));
        row("salesperson", r.name, "sold", n(r.sold));
        row("salesperson", r.name, "revenue", m(r.revenue));
        row("salesperson", r.name, "written_orders", m(r.written_total));
        row("salesperson", r.name, "units", n(r.units));
        row("salesperson", r.name, "follow_ups_done", n(r.follow_ups_done));
    }
    for (const auto& d : s.days) {
        row("day", d.day, "revenue", m(d.revenue));
        row("day", d.day, "visits", n(d.visits));
        row("day", d.day, "sold", n(d.sold));
    }
    const std::string base = to_csv(s.base);
    o << base.substr(base.find('\n') + 1);
    return o.str();
}

Cascade cascade(Minor month_target, Minor done_before_today, const std::string& month, const std::string& today,
                const std::array<bool, 7>& open_weekdays) {
    if (month_target < 0) throw Error(Errc::invalid_input, "a target cannot be negative");
    const DayRange r = month_range(month);
    if (!is_valid_date(today) || today < r.from || today > r.to)
        throw Error(Errc::invalid_input, "'" + today + "' is not a day of " + month);
    const auto open = [&](const std::string& d) { return open_weekdays[static_cast<std::size_t>(iso_weekday(d) - 1)]; };
    Cascade c;
    c.month_target = month_target;
    c.done_before_today = done_before_today;
    c.left = std::max<Minor>(0, month_target - done_before_today);
    const std::string week_end = range_containing(PeriodKind::week, today).to;
    int week_days = 0;
    for (const std::string& d : days_of({today, r.to}))
        if (open(d)) {
            ++c.selling_days_left;
            if (d <= week_end) ++week_days;
        }
    if (c.selling_days_left == 0) return c;
    const Minor per_day = (c.left + c.selling_days_left - 1) / c.selling_days_left;
    c.today = open(today) ? per_day : 0;
    c.this_week = std::min(c.left, per_day * week_days);
    return c;
}

}  // namespace pos::report
