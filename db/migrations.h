#pragma once
// Schema migrations under PRAGMA user_version. The SQL lives in db/migrations/NNNN_name.sql
// and is embedded at build time. Each migration runs in ONE transaction together with its
// user_version bump, so a failure leaves the database exactly at the previous version.
#include <span>
#include <string>
#include <vector>

#include "db/sqlite.h"

namespace pos::db {

struct EmbeddedMigration {
    int version;       // 1, 2, ... (the file's number prefix)
    const char* name;  // file name without extension, e.g. "0001_init"
    const char* sql;   // the file's contents
};

// The migrations compiled into this program, ordered by version (generated file).
std::span<const EmbeddedMigration> embedded_migrations() noexcept;
// The schema version this program brings databases to.
int latest_schema_version() noexcept;

// Throws Error(invalid_state) when the database's user_version is newer than `supported`:
// "database schema version 7 is newer than this program supports (3); upgrade showroom-pos".
void check_schema_version(Connection& conn, int supported);

// Applies the embedded migrations up to `target` (must be <= latest). Returns the number applied.
int migrate_to(Connection& conn, int target);
// Brings the database to the latest version. Returns the number of migrations applied.
int migrate(Connection& conn);

// The engine behind both, over any ordered list (tests use it with a deliberately broken step).
// Versions must be 1..N with no gaps.
int apply_migrations(Connection& conn, std::span<const EmbeddedMigration> list, int target);

}  // namespace pos::db
