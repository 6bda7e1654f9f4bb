#pragma once
// Opening a store database: the file, the pragmas, the migrations and the version check.
#include <string>

#include "db/sqlite.h"

namespace pos::service {

// Opens an existing store database and brings its schema up to date. Refuses a missing file
// ("no database at X (create one with showroom-pos init)") and a newer schema.
db::Connection open_store(const std::string& path);
// Creates a new database file (mode 0600) with the latest schema. Refuses an existing,
// initialised database.
db::Connection create_store(const std::string& path);

}  // namespace pos::service
