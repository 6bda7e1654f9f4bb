// Day closings repository.
#include "db/day_closings.h"

namespace pos::db {

namespace {

constexpr const char* k_columns =
    "SELECT id, day, closed_by, closed_at, cash_expected, cash_counted, variance, counts_json FROM day_closings ";

DayClosingRow read_closing(const Statement& st) {
    return DayClosingRow{st.get_int64(0), st.get_text(1),  st.get_int64(2), st.get_int64(3),
                         st.get_int64(4), st.get_int64(5), st.get_int64(6), st.get_text(7)};
}

}  // namespace

Id insert_day_closing(Connection& conn, const DayClosingRow& r) {
    {
        auto st = conn.cached("SELECT 1 FROM day_closings WHERE day = ?1");
        st->bind(1, r.day);
        if (st->step()) throw Error(Errc::conflict, "business day " + r.day + " is already closed");
    }
    auto st = conn.cached(
        "INSERT INTO day_closings(day, closed_by, closed_at, cash_expected, cash_counted, variance, counts_json) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st->bind(1, r.day).bind(2, r.closed_by).bind(3, r.closed_at).bind(4, r.cash_expected).bind(5, r.cash_counted);
    st->bind(6, r.variance).bind(7, r.counts_json);
    st->run();
    return conn.last_insert_id();
}

std::optional<DayClosingRow> get_day_closing(Connection& conn, std::string_view day) {
    auto st = conn.cached(std::string(k_columns) + "WHERE day = ?1");
    st->bind(1, day);
    if (!st->step()) return std::nullopt;
    return read_closing(*st);
}

std::vector<DayClosingRow> list_day_closings(Connection& conn, int limit) {
    auto st = conn.cached(std::string(k_columns) + "ORDER BY day DESC LIMIT ?1");
    st->bind(1, limit);
    std::vector<DayClosingRow> out;
    while (st->step()) out.push_back(read_closing(*st));
    return out;
}

}  // namespace pos::db
