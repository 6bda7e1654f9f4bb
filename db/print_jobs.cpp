// Print queue repository.
#include "db/print_jobs.h"

#include <string>

#include "core/common/error.h"

namespace pos::db {

namespace {

constexpr const char* k_columns =
    "SELECT id, sale_id, kind, status, payload, bytes_sent, error, created_at, updated_at, order_payment_id FROM print_jobs ";

PrintJobRow read_job(const Statement& st) {
    PrintJobRow r;
    r.id = st.get_int64(0);
    r.sale_id = st.get_id(1);
    r.kind = st.get_text(2);
    r.status = st.get_text(3);
    r.payload = st.get_opt_blob(4);
    r.bytes_sent = st.get_int64(5);
    r.error = st.get_opt_text(6);
    r.created_at = st.get_int64(7);
    r.updated_at = st.get_int64(8);
    r.order_payment_id = st.get_id(9);
    return r;
}

void set_status(Connection& conn, Id id, PrintJobState status, std::optional<std::string_view> error, Timestamp at) {
    auto st = conn.cached("UPDATE print_jobs SET status = ?2, error = ?3, updated_at = ?4 WHERE id = ?1");
    st->bind(1, id).bind(2, print_job_state_name(status)).bind(3, error).bind(4, at);
    st->run();
    if (conn.changes() == 0) throw Error(Errc::not_found, "no print job with id " + std::to_string(id));
}

template <class Table>
auto parse_or_refuse(const Table& table, std::string_view name, const char* what) {
    const auto value = table.parse(name);
    if (!value) throw Error(Errc::invalid_input, "unknown print job " + std::string(what) + " '" + std::string(name) + "' (" + table.names() + ")");
    return *value;
}

}  // namespace

Id enqueue_print_job(Connection& conn, Id sale_id, PrintJobKind kind,
                     const std::optional<std::vector<std::uint8_t>>& payload, Timestamp at) {
    auto st = conn.cached(
        "INSERT INTO print_jobs(sale_id, kind, status, payload, created_at, updated_at) "
        "VALUES (?1, ?2, ?5, ?3, ?4, ?4)");
    st->bind_id(1, sale_id).bind(2, print_job_kind_name(kind)).bind(3, payload).bind(4, at);
    st->bind(5, print_job_state_name(PrintJobState::pending));
    st->run();
    return conn.last_insert_id();
}

Id enqueue_print_job(Connection& conn, Id sale_id, std::string_view kind,
                     const std::optional<std::vector<std::uint8_t>>& payload, Timestamp at) {
    return enqueue_print_job(conn, sale_id, parse_or_refuse(print_job_kinds, kind, "kind"), payload, at);
}

std::optional<PrintJobRow> get_print_job(Connection& conn, Id id) {
    auto st = conn.cached(std::string(k_columns) + "WHERE id = ?1");
    st->bind(1, id);
    if (!st->step()) return std::nullopt;
    return read_job(*st);
}

std::optional<PrintJobRow> next_pending_print_job(Connection& conn) {
    auto st = conn.cached(std::string(k_columns) + "WHERE status = ?1 ORDER BY id LIMIT 1");
    st->bind(1, print_job_state_name(PrintJobState::pending));
    if (!st->step()) return std::nullopt;
    return read_job(*st);
}

void mark_print_printing(Connection& conn, Id id, Timestamp at) { set_status(conn, id, PrintJobState::printing, std::nullopt, at); }

void update_print_progress(Connection& conn, Id id, std::int64_t bytes_sent, Timestamp at) {
    auto st = conn.cached("UPDATE print_jobs SET bytes_sent = ?2, updated_at = ?3 WHERE id = ?1");
    st->bind(1, id).bind(2, bytes_sent).bind(3, at);
    st->run();
    if (conn.changes() == 0) throw Error(Errc::not_found, "no print job with id " + std::to_string(id));
}

void mark_print_done(Connection& conn, Id id, Timestamp at) { set_status(conn, id, PrintJobState::done, std::nullopt, at); }

void mark_print_failed(Connection& conn, Id id, std::string_view error, Timestamp at) {
    set_status(conn, id, PrintJobState::failed, error, at);
}

void mark_print_skipped(Connection& conn, Id id, std::string_view reason, Timestamp at) {
    set_status(conn, id, PrintJobState::skipped, reason, at);
}

void requeue_print_job(Connection& conn, Id id, Timestamp at) {
    auto st = conn.cached("UPDATE print_jobs SET status = ?3, bytes_sent = 0, error = NULL, updated_at = ?2 WHERE id = ?1");
    st->bind(1, id).bind(2, at).bind(3, print_job_state_name(PrintJobState::pending));
    st->run();
    if (conn.changes() == 0) throw Error(Errc::not_found, "no print job with id " + std::to_string(id));
}

void set_print_payload(Connection& conn, Id id, const std::vector<std::uint8_t>& payload, Timestamp at) {
    auto st = conn.cached("UPDATE print_jobs SET payload = ?2, updated_at = ?3 WHERE id = ?1 AND payload IS NULL");
    st->bind(1, id).bind(2, payload).bind(3, at);
    st->run();
    if (conn.changes() != 0) return;
    if (!get_print_job(conn, id)) throw Error(Errc::not_found, "no print job with id " + std::to_string(id));
    throw Error(Errc::conflict, "print job " + std::to_string(id) + " already has its bytes");
}

void resume_print_job(Connection& conn, Id id, Timestamp at) {
    auto st = conn.cached("UPDATE print_jobs SET status = ?3, error = NULL, updated_at = ?2 WHERE id = ?1");
    st->bind(1, id).bind(2, at).bind(3, print_job_state_name(PrintJobState::pending));
    st->run();
    if (conn.changes() == 0) throw Error(Errc::not_found, "no print job with id " + std::to_string(id));
}

std::vector<PrintJobRow> list_print_jobs(Connection& conn, std::string_view status) {
    return list_print_jobs(conn, parse_or_refuse(print_job_states, status, "status"));
}

std::vector<PrintJobRow> list_print_jobs(Connection& conn, PrintJobState status) {
    auto st = conn.cached(std::string(k_columns) + "WHERE status = ?1 ORDER BY id");
    st->bind(1, print_job_state_name(status));
    std::vector<PrintJobRow> out;
    while (st->step()) out.push_back(read_job(*st));
    return out;
}

}  // namespace pos::db
