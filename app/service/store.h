#pragma once
// Opening a store database: the file, the pragmas, the migrations and the version check. The
// open database is a Store, an owning handle whose header only declares db::Connection, so the
// GUI can hold one without reaching a db/ header.
#include <memory>
#include <string>

namespace pos::db {
class Connection;
}

namespace pos::service {

// An open store database, closed (WAL checkpointed) when destroyed. Movable, not copyable.
class Store {
public:
    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    // The connection, for the layers that may use db/ (the service, cli, devices, receipt, the
    // tests); the GUI only hands it to the service.
    db::Connection& connection() const noexcept { return *conn_; }

private:
    friend Store open_store(const std::string& path);
    friend Store create_store(const std::string& path);
    explicit Store(std::unique_ptr<db::Connection> conn);

    std::unique_ptr<db::Connection> conn_;
};

// Opens an existing store database and brings its schema up to date. Refuses a missing file
// ("no database at X (create one with showroom-pos init)") and a newer schema.
Store open_store(const std::string& path);
// Creates a new database file (mode 0600) with the latest schema. Refuses an existing,
// initialised database.
Store create_store(const std::string& path);

}  // namespace pos::service
