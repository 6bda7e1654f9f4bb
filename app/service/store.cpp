#include "service/store.h"

#include <sys/stat.h>

#include <utility>

#include "db/migrations.h"
#include "db/settings.h"
#include "db/sqlite.h"

namespace pos::service {
namespace {

bool file_exists(const std::string& path) {
    struct stat st {};
    return ::stat(path.c_str(), &st) == 0;
}

}  // namespace

Store::Store(std::unique_ptr<db::Connection> conn) : conn_(std::move(conn)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store open_store(const std::string& path) {
    if (path != ":memory:" && !file_exists(path))
        throw Error(Errc::not_found, "no database at " + path + " (create one with showroom-pos init)");
    auto conn = std::make_unique<db::Connection>(db::Connection::open(path, db::OpenMode::existing));
    db::check_schema_version(*conn, db::latest_schema_version());
    db::migrate(*conn);
    return Store(std::move(conn));
}

Store create_store(const std::string& path) {
    auto conn = std::make_unique<db::Connection>(db::Connection::open(path, db::OpenMode::create));
    db::check_schema_version(*conn, db::latest_schema_version());
    db::migrate(*conn);
    if (db::get_setting(*conn, "currency"))
        throw Error(Errc::conflict, "database " + path + " is already initialised");
    return Store(std::move(conn));
}

}  // namespace pos::service
