#pragma once
// Test helpers for tests/db: a private temporary directory (mkdtemp, removed afterwards) and a
// migrated database file with a few staff members.
#include <stdlib.h>

#include <filesystem>
#include <stdexcept>
#include <string>

#include "db/migrations.h"
#include "db/sqlite.h"
#include "db/staff.h"
#include "support/temp_dir.h"

namespace pos::db::test {

using TempDir = pos::testsupport::TempDir;

// Staff ids created by seeded_db(): 1 floor, 2 cashier, 3 manager.
inline constexpr Id k_floor = 1, k_cashier = 2, k_manager = 3;

inline Connection seeded_db(const TempDir& dir, const std::string& name = "pos.db") {
    Connection c = Connection::open(dir.file(name), OpenMode::create);
    migrate(c);
    add_staff(c, "Lan", "floor", "$argon2id$test-hash-1", 1000);
    add_staff(c, "Minh", "cashier", "$argon2id$test-hash-2", 1000);
    add_staff(c, "Hoa", "manager", "$argon2id$test-hash-3", 1000);
    return c;
}

}  // namespace pos::db::test
