// Connection and Transaction: opening with the project's pragmas, statement cache, BEGIN IMMEDIATE.
#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <mutex>
#include <utility>

#include "db/sqlite.h"
#include "db/sqlite_error.h"

namespace pos::db {

namespace {

bool is_memory_path(const std::string& path) { return path.empty() || path == ":memory:"; }

// Creates the file with mode 0600 before SQLite sees it, so the sales ledger is never
// readable by other users (SQLite gives its -wal and -shm files the same permissions).
void create_private_file(const std::string& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    if (errno == EEXIST) return;
    throw Error(Errc::io, "cannot create database file " + path + ": " + std::strerror(errno));
}

// SQLite counts every allocation under a process-wide mutex by default (memory statistics we
// never read): ~600 lock pairs per checkout commit, about a tenth of its instructions. Turned
// off once, before the first connection (sqlite3_config is only allowed before SQLite
// initialises; if something initialised it first, the call is refused and nothing changes).
void configure_sqlite_once() {
    static std::once_flag once;
    std::call_once(once, [] { (void)sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
}

}  // namespace

Connection::Connection(Connection&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)),
      path_(std::move(other.path_)),
      cache_(std::move(other.cache_)),
      savepoints_(std::exchange(other.savepoints_, 0)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        close();
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
        cache_ = std::move(other.cache_);
        savepoints_ = std::exchange(other.savepoints_, 0);
    }
    return *this;
}

Connection::~Connection() { close(); }

void Connection::close() noexcept {
    cache_.clear();  // statements must be finalized before the connection closes
    if (db_) sqlite3_close_v2(db_);
    db_ = nullptr;
}

Connection Connection::open(const std::string& path, OpenMode mode, int busy_timeout_ms) {
    const bool memory = is_memory_path(path);
    if (!memory) {
        if (mode == OpenMode::create) {
            create_private_file(path);
        } else if (::access(path.c_str(), F_OK) != 0) {
            throw Error(Errc::not_found, "database file not found: " + path);
        }
    }
    configure_sqlite_once();
    Connection c;
    c.path_ = memory ? ":memory:" : path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    const int rc = sqlite3_open_v2(c.path_.c_str(), &c.db_, flags, nullptr);
    if (rc != SQLITE_OK) {
        std::string msg = c.db_ ? sqlite3_errmsg(c.db_) : sqlite3_errstr(rc);
        throw Error(Errc::io, "cannot open database " + path + ": " + msg, rc);
    }
    sqlite3_extended_result_codes(c.db_, 1);
    if (sqlite3_busy_timeout(c.db_, busy_timeout_ms) != SQLITE_OK)
        detail::throw_sqlite(c.db_, sqlite3_errcode(c.db_), "busy_timeout");

    const auto journal = c.query_text("PRAGMA journal_mode=WAL");
    if (!memory && journal != "wal")
        throw Error(Errc::io, "database " + path + " could not switch to WAL journal mode (got " +
                                  journal.value_or("nothing") + ")");
    c.exec("PRAGMA synchronous=FULL");
    c.exec("PRAGMA foreign_keys=ON");
    if (c.query_int64("PRAGMA foreign_keys") != 1)
        throw Error(Errc::io, "this SQLite build does not enforce foreign keys");
    return c;
}

void Connection::exec(std::string_view sql) {
    const std::string text(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err);
    sqlite3_free(err);  // the same text is available from sqlite3_errmsg
    if (rc != SQLITE_OK) detail::throw_sqlite(db_, rc, sql);
}

Statement Connection::prepare(std::string_view sql) { return Statement(db_, sql); }

CachedStatement Connection::cached(std::string_view sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
        CacheEntry e{std::make_unique<Statement>(db_, sql), std::make_unique<bool>(false)};
        it = cache_.emplace(std::string(sql), std::move(e)).first;
    }
    CacheEntry& e = it->second;
    if (*e.busy)  // already borrowed further up the call stack: hand out a private copy
        return CachedStatement(nullptr, std::make_unique<Statement>(db_, sql), nullptr);
    *e.busy = true;
    return CachedStatement(e.stmt.get(), nullptr, e.busy.get());
}

std::optional<std::int64_t> Connection::query_int64(std::string_view sql) {
    Statement s = prepare(sql);
    if (!s.step()) return std::nullopt;
    return s.get_opt_int64(0);
}

std::optional<std::string> Connection::query_text(std::string_view sql) {
    Statement s = prepare(sql);
    if (!s.step()) return std::nullopt;
    return s.get_opt_text(0);
}

bool Connection::in_transaction() const noexcept { return db_ && sqlite3_get_autocommit(db_) == 0; }
std::int64_t Connection::last_insert_id() const noexcept { return sqlite3_last_insert_rowid(db_); }
int Connection::changes() const noexcept { return sqlite3_changes(db_); }

int Connection::user_version() {
    const auto v = query_int64("PRAGMA user_version");
    return static_cast<int>(v.value_or(0));
}

PageCounters Connection::page_counters() const {
    const auto read = [this](int op) -> std::int64_t {
        int current = 0, highwater = 0;
        if (sqlite3_db_status(db_, op, &current, &highwater, 0) != SQLITE_OK)
            throw Error(Errc::io, "sqlite3_db_status failed");
        return current;
    };
    return {read(SQLITE_DBSTATUS_CACHE_WRITE), read(SQLITE_DBSTATUS_CACHE_HIT), read(SQLITE_DBSTATUS_CACHE_MISS)};
}

Transaction::Transaction(Connection& conn) : conn_(conn) {
    if (conn_.in_transaction()) {
        // Savepoints nest strictly (RAII), so the depth names each open one uniquely.
        nested_ = true;
        savepoint_ = "pos_sp_" + std::to_string(conn_.savepoints_ + 1);
        conn_.cached("SAVEPOINT " + savepoint_)->run();
        ++conn_.savepoints_;
    } else {
        conn_.cached("BEGIN IMMEDIATE")->run();
    }
}

void Transaction::commit() {
    if (done_) throw Error(Errc::invalid_state, "transaction already finished");
    if (nested_) {
        conn_.cached("RELEASE " + savepoint_)->run();
        --conn_.savepoints_;
    } else {
        conn_.cached("COMMIT")->run();
    }
    done_ = true;
}

Transaction::~Transaction() {
    if (done_) return;
    try {
        if (nested_) {
            --conn_.savepoints_;
            conn_.exec("ROLLBACK TO " + savepoint_);
            conn_.exec("RELEASE " + savepoint_);
        } else if (conn_.in_transaction()) {
            conn_.exec("ROLLBACK");
        }
    } catch (...) {  // never throw from a destructor; SQLite has already undone what it could
    }
}

void require_transaction(const Connection& conn, std::string_view what) {
    if (!conn.in_transaction())
        throw Error(Errc::invalid_state, std::string(what) + " must run inside a transaction");
}

}  // namespace pos::db
