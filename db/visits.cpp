// Visits and visit events (customers: db/customers.cpp).
#include "db/visits.h"

namespace pos::db {

namespace {

constexpr const char* k_columns =
    "SELECT id, playbook, staff_id, customer_id, party_size, source, started_at, ended_at, day, stage, "
    "outcome, lost_reason, sale_id, follow_up_date, follow_up_contact, needs_json FROM visits ";

VisitRow read_visit(const Statement& st) {
    VisitRow r;
    r.id = st.get_int64(0);
    r.playbook = st.get_text(1);
    r.staff_id = st.get_int64(2);
    r.customer_id = st.get_id(3);
    r.party_size = st.get_int(4);
    r.source = st.get_text(5);
    r.started_at = st.get_int64(6);
    r.ended_at = st.get_opt_int64(7);
    r.day = st.get_text(8);
    r.stage = st.get_text(9);
    r.outcome = st.get_opt_text(10);
    r.lost_reason = st.get_opt_text(11);
    r.sale_id = st.get_id(12);
    r.follow_up_date = st.get_opt_text(13);
    r.follow_up_contact = st.get_opt_text(14);
    r.needs_json = st.get_text(15);
    return r;
}

void expect_visit_changed(Connection& conn, Id id) {
    if (conn.changes() == 0) throw Error(Errc::not_found, "no visit with id " + std::to_string(id));
}

}  // namespace

Id insert_visit(Connection& conn, const VisitRow& r) {
    auto st = conn.cached(
        "INSERT INTO visits(playbook, staff_id, customer_id, party_size, source, started_at, ended_at, day, stage, "
        "outcome, lost_reason, sale_id, follow_up_date, follow_up_contact, needs_json) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    st->bind(1, r.playbook).bind(2, r.staff_id).bind_id(3, r.customer_id).bind(4, r.party_size).bind(5, r.source);
    st->bind(6, r.started_at).bind(7, r.ended_at).bind(8, r.day).bind(9, r.stage).bind(10, r.outcome);
    st->bind(11, r.lost_reason).bind_id(12, r.sale_id).bind(13, r.follow_up_date).bind(14, r.follow_up_contact);
    st->bind(15, r.needs_json);
    st->run();
    return conn.last_insert_id();
}

Id append_visit_event(Connection& conn, const VisitEventRow& e) {
    auto st = conn.cached(
        "INSERT INTO visit_events(visit_id, at, staff_id, kind, code, result, amount, note) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    st->bind(1, e.visit_id).bind(2, e.at).bind(3, e.staff_id).bind(4, e.kind).bind(5, e.code);
    st->bind(6, e.result).bind(7, e.amount).bind(8, e.note);
    st->run();
    return conn.last_insert_id();
}

void update_visit_stage(Connection& conn, Id visit_id, std::string_view stage) {
    auto st = conn.cached("UPDATE visits SET stage = ?2 WHERE id = ?1");
    st->bind(1, visit_id).bind(2, stage);
    st->run();
    expect_visit_changed(conn, visit_id);
}

void update_visit_needs(Connection& conn, Id visit_id, std::string_view needs_json) {
    auto st = conn.cached("UPDATE visits SET needs_json = ?2 WHERE id = ?1");
    st->bind(1, visit_id).bind(2, needs_json);
    st->run();
    expect_visit_changed(conn, visit_id);
}

void set_visit_customer(Connection& conn, Id visit_id, Id customer_id) {
    auto st = conn.cached("UPDATE visits SET customer_id = ?2 WHERE id = ?1");
    st->bind(1, visit_id).bind_id(2, customer_id);
    st->run();
    expect_visit_changed(conn, visit_id);
}

Id visit_customer(Connection& conn, Id visit_id) {
    auto st = conn.cached("SELECT customer_id FROM visits WHERE id = ?1");
    st->bind(1, visit_id);
    if (!st->step()) throw Error(Errc::not_found, "no visit with id " + std::to_string(visit_id));
    return st->get_id(0);
}

void close_visit(Connection& conn, Id visit_id, const VisitOutcomeRow& o) {
    auto st = conn.cached(
        "UPDATE visits SET ended_at = ?2, outcome = ?3, lost_reason = ?4, sale_id = ?5, follow_up_date = ?6, "
        "follow_up_contact = ?7 WHERE id = ?1");
    st->bind(1, visit_id).bind(2, o.ended_at).bind(3, o.outcome).bind(4, o.lost_reason).bind_id(5, o.sale_id);
    st->bind(6, o.follow_up_date).bind(7, o.follow_up_contact);
    st->run();
    expect_visit_changed(conn, visit_id);
}

std::optional<VisitRecord> load_visit(Connection& conn, Id visit_id) {
    VisitRecord rec;
    {
        auto st = conn.cached(std::string(k_columns) + "WHERE id = ?1");
        st->bind(1, visit_id);
        if (!st->step()) return std::nullopt;
        rec.visit = read_visit(*st);
    }
    auto st = conn.cached(
        "SELECT id, visit_id, at, staff_id, kind, code, result, amount, note FROM visit_events "
        "WHERE visit_id = ?1 ORDER BY at, id");
    st->bind(1, visit_id);
    while (st->step()) {
        VisitEventRow e;
        e.id = st->get_int64(0);
        e.visit_id = st->get_int64(1);
        e.at = st->get_int64(2);
        e.staff_id = st->get_int64(3);
        e.kind = st->get_text(4);
        e.code = st->get_text(5);
        e.result = st->get_opt_text(6);
        e.amount = st->get_opt_int64(7);
        e.note = st->get_opt_text(8);
        rec.events.push_back(std::move(e));
    }
    return rec;
}

std::vector<VisitRow> list_open_visits(Connection& conn) {
    auto st = conn.cached(std::string(k_columns) + "WHERE ended_at IS NULL ORDER BY started_at, id");
    std::vector<VisitRow> out;
    while (st->step()) out.push_back(read_visit(*st));
    return out;
}

}  // namespace pos::db
