// Settings repository.
#include "db/settings.h"

namespace pos::db {

std::optional<std::string> get_setting(Connection& conn, std::string_view key) {
    auto st = conn.cached("SELECT value FROM settings WHERE key = ?1");
    st->bind(1, key);
    if (!st->step()) return std::nullopt;
    return st->get_text(0);
}

void set_setting(Connection& conn, std::string_view key, std::string_view value) {
    auto st = conn.cached(
        "INSERT INTO settings(key, value) VALUES (?1, ?2) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st->bind(1, key).bind(2, value);
    st->run();
}

std::map<std::string, std::string> all_settings(Connection& conn) {
    std::map<std::string, std::string> out;
    auto st = conn.cached("SELECT key, value FROM settings ORDER BY key");
    while (st->step()) out.emplace(st->get_text(0), st->get_text(1));
    return out;
}

}  // namespace pos::db
