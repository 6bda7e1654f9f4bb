#include "db/print_job_state.h"

namespace pos::db {

std::optional<PrintJobRow> get_print_job_state(Connection& conn, Id id) {
    auto st = conn.cached(
        "SELECT id, sale_id, kind, status, bytes_sent, error, created_at, updated_at FROM print_jobs WHERE id = ?1");
    st->bind(1, id);
    if (!st->step()) return std::nullopt;
    PrintJobRow r;
    r.id = st->get_int64(0);
    r.sale_id = st->get_id(1);
    r.kind = st->get_text(2);
    r.status = st->get_text(3);
    r.bytes_sent = st->get_int64(4);
    r.error = st->get_opt_text(5);
    r.created_at = st->get_int64(6);
    r.updated_at = st->get_int64(7);
    return r;
}

}  // namespace pos::db
