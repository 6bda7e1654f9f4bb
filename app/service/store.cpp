#include "service/store.h"

#include <sys/stat.h>

#include "db/migrations.h"
#include "db/settings.h"

namespace pos::service {
namespace {

bool file_exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

db::Connection open_store(const std::string& path) {
    if (path != ":memory:" && !file_exists(path))
        throw Error(Errc::not_found, "no database at " + path + " (create one with showroom-pos init)");
    db::Connection conn = db::Connection::open(path, db::OpenMode::existing);
    db::check_schema_version(conn, db::latest_schema_version());
    db::migrate(conn);
    return conn;
}

db::Connection create_store(const std::string& path) {
    db::Connection conn = db::Connection::open(path, db::OpenMode::create);
    db::check_schema_version(conn, db::latest_schema_version());
    db::migrate(conn);
    if (db::get_setting(conn, "currency"))
        throw Error(Errc::conflict, "database " + path + " is already initialised");
    return conn;
}

}  // namespace pos::service
