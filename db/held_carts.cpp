// Held carts repository.
#include "db/held_carts.h"

namespace pos::db {

Id hold_cart(Connection& conn, const HeldCartRow& r) {
    auto st = conn.cached("INSERT INTO held_carts(staff_id, label, cart_json, created_at) VALUES (?1, ?2, ?3, ?4)");
    st->bind(1, r.staff_id).bind(2, r.label).bind(3, r.cart_json).bind(4, r.created_at);
    st->run();
    return conn.last_insert_id();
}

std::vector<HeldCartRow> list_held_carts(Connection& conn) {
    auto st = conn.cached("SELECT id, staff_id, label, cart_json, created_at FROM held_carts ORDER BY created_at, id");
    std::vector<HeldCartRow> out;
    while (st->step())
        out.push_back({st->get_int64(0), st->get_int64(1), st->get_text(2), st->get_text(3), st->get_int64(4)});
    return out;
}

std::optional<HeldCartRow> take_held_cart(Connection& conn, Id id) {
    Transaction tx(conn);
    std::optional<HeldCartRow> out;
    {
        auto st = conn.cached("SELECT id, staff_id, label, cart_json, created_at FROM held_carts WHERE id = ?1");
        st->bind(1, id);
        if (!st->step()) return std::nullopt;
        out = HeldCartRow{st->get_int64(0), st->get_int64(1), st->get_text(2), st->get_text(3), st->get_int64(4)};
    }
    auto del = conn.cached("DELETE FROM held_carts WHERE id = ?1");
    del->bind(1, id);
    del->run();
    tx.commit();
    return out;
}

}  // namespace pos::db
