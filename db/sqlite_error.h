#pragma once
// Internal to db/: turns an SQLite result code into a pos::db::Error with a readable message.
#include <string_view>

#include "db/sqlite.h"

namespace pos::db::detail {

// Errc::conflict for SQLITE_CONSTRAINT, Errc::io otherwise. `sql` is the statement that failed
// (shortened in the message when long).
[[noreturn]] void throw_sqlite(sqlite3* db, int rc, std::string_view sql);

}  // namespace pos::db::detail
