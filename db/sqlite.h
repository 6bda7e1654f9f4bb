#pragma once
// RAII over the SQLite C API: Connection (owns sqlite3*), Statement (owns sqlite3_stmt*),
// CachedStatement (a statement borrowed from the connection's cache, reset when released)
// and Transaction (BEGIN IMMEDIATE, rolled back by the destructor unless committed).
// Every failure throws pos::db::Error: Errc::conflict for constraint violations, Errc::io
// for everything else, with SQLite's message and the SQL that failed.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "core/common/error.h"
#include "core/common/types.h"

struct sqlite3;
struct sqlite3_stmt;

namespace pos::db {

class Error : public pos::Error {
public:
    Error(Errc code, const std::string& message, int sqlite_code = 0)
        : pos::Error(code, message), sqlite_code_(sqlite_code) {}
    // The extended SQLite result code (0 when the error did not come from SQLite).
    int sqlite_code() const noexcept { return sqlite_code_; }

private:
    int sqlite_code_;
};

using Blob = std::vector<std::uint8_t>;

// A parameter position: 1-based index or a name including its prefix (":sku", "$id").
struct Param {
    Param(int i) : index(i) {}
    Param(const char* n) : name(n) {}
    int index = 0;
    const char* name = nullptr;
};

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);  // prepares; throws db::Error
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    template <class T>
        requires std::is_integral_v<T>
    Statement& bind(Param p, T value) {
        return bind_int64(p, static_cast<std::int64_t>(value));
    }
    Statement& bind(Param p, double value);
    Statement& bind(Param p, std::string_view text);
    Statement& bind(Param p, const char* text) { return bind(p, std::string_view(text)); }
    Statement& bind(Param p, const std::string& text) { return bind(p, std::string_view(text)); }
    Statement& bind(Param p, std::span<const std::uint8_t> blob);
    Statement& bind(Param p, const Blob& blob) { return bind(p, std::span<const std::uint8_t>(blob)); }
    Statement& bind(Param p, std::nullopt_t);
    template <class T>
    Statement& bind(Param p, const std::optional<T>& value) {
        if (!value) return bind(p, std::nullopt);
        return bind(p, *value);
    }
    Statement& bind_int64(Param p, std::int64_t value);
    // Binds an id: 0 ("none") becomes NULL.
    Statement& bind_id(Param p, Id id);

    // Runs one step: true when a row is available, false when done. Throws db::Error.
    bool step();
    // Steps until done (for INSERT/UPDATE/DELETE).
    void run();
    // Ready to run again; bindings are kept unless clear_bindings() is called.
    void reset() noexcept;
    void clear_bindings() noexcept;

    int column_count() const noexcept;
    bool is_null(int col) const noexcept;
    std::int64_t get_int64(int col) const noexcept;
    int get_int(int col) const;  // throws if the value does not fit in int
    double get_double(int col) const noexcept;
    std::string get_text(int col) const;
    // The text without a copy: valid until the next step(), reset() or get_* of the same column.
    std::string_view get_text_view(int col) const;
    Blob get_blob(int col) const;
    std::optional<std::int64_t> get_opt_int64(int col) const noexcept;
    std::optional<std::string> get_opt_text(int col) const;
    std::optional<Blob> get_opt_blob(int col) const;
    Id get_id(int col) const noexcept { return is_null(col) ? 0 : get_int64(col); }

    std::string sql() const;
    sqlite3_stmt* handle() const noexcept { return stmt_; }

private:
    int index_of(Param p) const;
    void check_bind(int rc, Param p) const;

    sqlite3_stmt* stmt_ = nullptr;
};

class Connection;

// A statement borrowed from Connection::cached(). Reset (bindings cleared) when it goes out
// of scope, so an unfinished SELECT never keeps a read transaction open.
class CachedStatement {
public:
    CachedStatement(Statement* shared, std::unique_ptr<Statement> own, bool* busy) noexcept;
    CachedStatement(CachedStatement&& other) noexcept;
    CachedStatement& operator=(CachedStatement&&) = delete;
    CachedStatement(const CachedStatement&) = delete;
    CachedStatement& operator=(const CachedStatement&) = delete;
    ~CachedStatement();

    Statement& operator*() noexcept { return *stmt_; }
    Statement* operator->() noexcept { return stmt_; }

private:
    Statement* stmt_;
    std::unique_ptr<Statement> own_;  // set when the cached one was already in use
    bool* busy_;
};

// This connection's page cache counters since it was opened (sqlite3_db_status): pages written
// (to the WAL, in WAL mode), pages found in the cache and pages that had to be read.
struct PageCounters {
    std::int64_t written = 0;
    std::int64_t hits = 0;
    std::int64_t misses = 0;
};

enum class OpenMode {
    create,    // create the file (mode 0600) if it does not exist
    existing,  // the file must exist
};

class Connection {
public:
    Connection() = default;
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    // Opens `path` (":memory:" for a private in-memory database) and applies the pragmas:
    // busy_timeout, journal_mode=WAL (verified for files), synchronous=FULL, foreign_keys=ON.
    static Connection open(const std::string& path, OpenMode mode, int busy_timeout_ms = 5000);

    // Runs one or more SQL statements without parameters (schema, pragmas). Never pass
    // user text here: use a Statement and bind.
    void exec(std::string_view sql);
    // A fresh prepared statement.
    Statement prepare(std::string_view sql);
    // A prepared statement reused across calls, keyed by its SQL text.
    CachedStatement cached(std::string_view sql);

    // Returns the single value of a one-row query, or nullopt when it yields no row / NULL.
    std::optional<std::int64_t> query_int64(std::string_view sql);
    std::optional<std::string> query_text(std::string_view sql);

    bool in_transaction() const noexcept;
    std::int64_t last_insert_id() const noexcept;
    int changes() const noexcept;
    int user_version();
    PageCounters page_counters() const;
    const std::string& path() const noexcept { return path_; }
    sqlite3* handle() const noexcept { return db_; }

private:
    friend class Transaction;
    struct CacheEntry {
        std::unique_ptr<Statement> stmt;
        std::unique_ptr<bool> busy;
    };
    void close() noexcept;

    sqlite3* db_ = nullptr;
    std::string path_;
    std::map<std::string, CacheEntry, std::less<>> cache_;
    int savepoints_ = 0;  // open Transaction savepoints (named by depth, so their SQL is cached)
};

// BEGIN IMMEDIATE in the constructor (takes the write lock at once, so SQLITE_BUSY shows up
// here and not halfway through). When the connection is already inside a transaction it opens
// a SAVEPOINT instead, so repository functions compose inside a caller's transaction.
// The destructor rolls back when commit() was not called; errors there are swallowed.
// BEGIN, COMMIT, SAVEPOINT and RELEASE run as cached statements (parsing them was part of
// every checkout commit's CPU time).
class Transaction {
public:
    explicit Transaction(Connection& conn);
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    void commit();
    bool nested() const noexcept { return nested_; }

private:
    Connection& conn_;
    bool nested_ = false;
    bool done_ = false;
    std::string savepoint_;
};

// Throws Error(invalid_state) unless a transaction is open (for functions that must be part
// of the caller's transaction, like journal::append).
void require_transaction(const Connection& conn, std::string_view what);

}  // namespace pos::db
