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

namespace pos::db::test {

class TempDir {
public:
    TempDir() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "pos-db-test-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
        path_ = tmpl;
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    std::string file(const std::string& name) const { return (path_ / name).string(); }
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

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
