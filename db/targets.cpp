#include "db/targets.h"

namespace pos::db {

void set_target(Connection& conn, const TargetRow& row) {
    auto st = conn.cached(
        "INSERT INTO sales_targets(staff_id, month, revenue, units, set_by, set_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
        "ON CONFLICT(month, staff_id) DO UPDATE SET revenue = excluded.revenue, units = excluded.units, "
        "set_by = excluded.set_by, set_at = excluded.set_at");
    st->bind(1, row.staff_id).bind(2, row.month).bind(3, row.revenue).bind(4, row.units).bind(5, row.set_by).bind(6, row.set_at);
    st->run();
}

std::vector<TargetRow> targets_for_month(Connection& conn, const std::string& month) {
    auto st = conn.cached("SELECT staff_id, month, revenue, units, set_by, set_at FROM sales_targets WHERE month = ?1 ORDER BY staff_id");
    st->bind(1, month);
    std::vector<TargetRow> out;
    while (st->step()) out.push_back({st->get_int64(0), st->get_text(1), st->get_int64(2), st->get_int64(3), st->get_int64(4), st->get_int64(5)});
    return out;
}

}  // namespace pos::db
