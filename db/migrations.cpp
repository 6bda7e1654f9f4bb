// Applying numbered migrations, each in one transaction with its user_version bump.
#include "db/migrations.h"

namespace pos::db {

int latest_schema_version() noexcept {
    const auto list = embedded_migrations();
    return list.empty() ? 0 : list.back().version;
}

void check_schema_version(Connection& conn, int supported) {
    const int current = conn.user_version();
    if (current > supported)
        throw Error(Errc::invalid_state, "database schema version " + std::to_string(current) +
                                             " is newer than this program supports (" +
                                             std::to_string(supported) + "); upgrade showroom-pos");
}

int apply_migrations(Connection& conn, std::span<const EmbeddedMigration> list, int target) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].version != static_cast<int>(i) + 1)
            throw Error(Errc::invalid_input, std::string("migration ") + list[i].name +
                                                 " is out of order (expected version " +
                                                 std::to_string(i + 1) + ")");
    const int known = static_cast<int>(list.size());
    if (target < 0 || target > known)
        throw Error(Errc::invalid_input, "cannot migrate to schema version " + std::to_string(target) +
                                             " (known: 0.." + std::to_string(known) + ")");
    check_schema_version(conn, known);
    if (conn.in_transaction()) throw Error(Errc::invalid_state, "migrations must not run inside a transaction");

    int applied = 0;
    for (const EmbeddedMigration& m : list) {
        if (m.version > target) break;
        Transaction tx(conn);
        // Re-read inside the write lock: another process may have migrated meanwhile.
        if (m.version <= conn.user_version()) continue;
        try {
            conn.exec(m.sql);
        } catch (const Error& e) {
            throw Error(e.code(), std::string("migration ") + m.name + " failed: " + e.what(), e.sqlite_code());
        }
        // PRAGMA takes no parameters; the value is our own integer, not user text.
        conn.exec("PRAGMA user_version = " + std::to_string(m.version));
        tx.commit();
        ++applied;
    }
    return applied;
}

int migrate_to(Connection& conn, int target) { return apply_migrations(conn, embedded_migrations(), target); }

int migrate(Connection& conn) { return migrate_to(conn, latest_schema_version()); }

}  // namespace pos::db
