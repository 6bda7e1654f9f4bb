// Periods and targets: the manager's period summary, the salespeople's monthly targets (set
// by a manager, journaled) and their progress with the month -> week -> day cascade.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/common/time.h"
#include "core/report/period.h"
#include "db/journal.h"
#include "db/period_summary.h"
#include "db/staff.h"
#include "db/targets.h"
#include "service/handlers.h"
#include "service/summary.h"

namespace pos::service {
namespace {

constexpr std::string_view k_target_set = "target_set";

std::string units_text(std::int64_t n) { return std::to_string(n) + (n == 1 ? " unit" : " units"); }

}  // namespace

Outcome Handlers::operator()(const intent::SetTarget& i) {
    const Actor actor = s.require_user();
    authorize(Action::set_targets, actor, std::nullopt);
    if (!report::is_valid_month(i.month)) throw Error(Errc::invalid_input, "not a month: '" + i.month + "' (use YYYY-MM)");
    if (i.revenue < 0) throw Error(Errc::invalid_input, "a revenue target cannot be negative");
    if (i.units < 0) throw Error(Errc::invalid_input, "a units target cannot be negative");
    const db::StaffRow staff = s.find_staff(i.staff);
    if (!staff.active) throw Error(Errc::invalid_state, staff.name + " is deactivated");
    db::Transaction tx(s.conn_);
    db::set_target(s.conn_, {staff.id, i.month, i.revenue, i.units, actor.staff_id, s.now()});
    s.journal(k_target_set, staff.id,
              nlohmann::json{{"staff", staff.id}, {"name", staff.name}, {"month", i.month}, {"revenue", i.revenue}, {"units", i.units}}
                  .dump());
    tx.commit();
    return {"target of " + staff.name + " for " + i.month + ": " + money(i.revenue) + ", " + units_text(i.units), staff.id, 0,
            {event::TargetSet{staff.id, i.month}}};
}

report::PeriodSummary PosService::period_summary(const std::string& from, const std::string& to) const {
    return service::period_summary(conn_, report::make_range(from, to), playbook_, lang_);
}

std::vector<TargetProgress> PosService::target_progress(const std::string& month) const {
    const report::DayRange range = report::month_range(month);
    const std::string today = local_day(now());
    const bool current = today >= range.from && today <= range.to;
    // Done before today (the cascade's base), and today on its own.
    std::map<Id, db::SalespersonTotal> before, on_today;
    if (today > range.from) before = db::salesperson_totals(conn_, {range.from, current ? report::add_days(today, -1) : range.to});
    if (current) on_today = db::salesperson_totals(conn_, {today, today});
    std::map<Id, db::TargetRow> targets;
    for (db::TargetRow& t : db::targets_for_month(conn_, month)) targets.emplace(t.staff_id, std::move(t));

    std::vector<TargetProgress> out;
    for (const db::StaffRow& st : db::list_staff(conn_, false)) {
        const Role role = parse_role(st.role).value_or(Role::floor);
        const auto t = targets.find(st.id);
        if (t == targets.end() && (!st.active || role == Role::cashier)) continue;
        TargetProgress p;
        p.staff_id = st.id;
        p.name = st.name;
        p.role = role;
        p.month = month;
        if (t != targets.end()) {
            p.has_target = true;
            p.revenue_target = t->second.revenue;
            p.units_target = t->second.units;
        }
        const db::SalespersonTotal b = before.count(st.id) ? before[st.id] : db::SalespersonTotal{};
        const db::SalespersonTotal d = on_today.count(st.id) ? on_today[st.id] : db::SalespersonTotal{};
        p.revenue_today = d.revenue;
        p.units_today = d.units;
        p.revenue_done = b.revenue + d.revenue;
        p.units_done = b.units + d.units;
        if (current) {
            p.revenue_plan = report::cascade(p.revenue_target, b.revenue, month, today);
            p.units_plan = report::cascade(p.units_target, b.units, month, today);
        }
        out.push_back(std::move(p));
    }
    std::sort(out.begin(), out.end(), [](const TargetProgress& a, const TargetProgress& b) { return a.name < b.name; });
    return out;
}

std::optional<TargetProgress> PosService::my_target() const {
    if (!user_) return std::nullopt;
    for (TargetProgress& p : target_progress(local_day(now()).substr(0, 7)))
        if (p.staff_id == user_->staff_id) return std::move(p);
    return std::nullopt;
}

}  // namespace pos::service
