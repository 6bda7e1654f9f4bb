// Staff repository.
#include "db/staff.h"

namespace pos::db {

namespace {

constexpr const char* k_columns =
    "SELECT id, name, role, pin_hash, active, failed_attempts, locked_until, created_at FROM staff ";

StaffRow read_staff(const Statement& st) {
    StaffRow r;
    r.id = st.get_int64(0);
    r.name = st.get_text(1);
    r.role = st.get_text(2);
    r.pin_hash = st.get_text(3);
    r.active = st.get_int64(4) != 0;
    r.failed_attempts = st.get_int(5);
    r.locked_until = st.get_int64(6);
    r.created_at = st.get_int64(7);
    return r;
}

void expect_changed(Connection& conn, Id id) {
    if (conn.changes() == 0) throw Error(Errc::not_found, "no staff member with id " + std::to_string(id));
}

}  // namespace

Id add_staff(Connection& conn, std::string_view name, std::string_view role, std::string_view pin_hash,
             Timestamp created_at) {
    auto st = conn.cached("INSERT INTO staff(name, role, pin_hash, created_at) VALUES (?1, ?2, ?3, ?4)");
    st->bind(1, name).bind(2, role).bind(3, pin_hash).bind(4, created_at);
    st->run();
    return conn.last_insert_id();
}

std::vector<StaffRow> list_staff(Connection& conn, bool active_only) {
    auto st = conn.cached(std::string(k_columns) + "WHERE active = 1 OR ?1 = 0 ORDER BY name, id");
    st->bind(1, active_only);
    std::vector<StaffRow> out;
    while (st->step()) out.push_back(read_staff(*st));
    return out;
}

std::optional<StaffRow> get_staff(Connection& conn, Id id) {
    auto st = conn.cached(std::string(k_columns) + "WHERE id = ?1");
    st->bind(1, id);
    if (!st->step()) return std::nullopt;
    return read_staff(*st);
}

void update_staff_lockout(Connection& conn, Id id, int failed_attempts, Timestamp locked_until) {
    auto st = conn.cached("UPDATE staff SET failed_attempts = ?2, locked_until = ?3 WHERE id = ?1");
    st->bind(1, id).bind(2, failed_attempts).bind(3, locked_until);
    st->run();
    expect_changed(conn, id);
}

void set_staff_pin_hash(Connection& conn, Id id, std::string_view pin_hash) {
    auto st = conn.cached("UPDATE staff SET pin_hash = ?2 WHERE id = ?1");
    st->bind(1, id).bind(2, pin_hash);
    st->run();
    expect_changed(conn, id);
}

void set_staff_active(Connection& conn, Id id, bool active) {
    auto st = conn.cached("UPDATE staff SET active = ?2 WHERE id = ?1");
    st->bind(1, id).bind(2, active);
    st->run();
    expect_changed(conn, id);
}

}  // namespace pos::db
