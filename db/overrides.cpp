#include "db/overrides.h"

namespace pos::db {

Id insert_override(Connection& conn, const OverrideRow& r) {
    auto st = conn.cached(
        "INSERT INTO overrides (sale_id, action, line_no, requested_by, approved_by, reason, detail, at) "
        "VALUES (NULL, ?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    st->bind(1, r.action).bind(2, r.line_no).bind_id(3, r.requested_by).bind_id(4, r.approved_by).bind(5, r.reason).bind(6, r.detail).bind(7, r.at);
    st->run();
    return conn.last_insert_id();
}

}  // namespace pos::db
