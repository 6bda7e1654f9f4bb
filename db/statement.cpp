// Statement and CachedStatement: prepared statements with typed binding and column access.
#include <sqlite3.h>

#include <limits>
#include <utility>

#include "db/sqlite.h"
#include "db/sqlite_error.h"

namespace pos::db {

namespace detail {

void throw_sqlite(sqlite3* db, int rc, std::string_view sql) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    constexpr std::size_t max_sql = 160;
    std::string context(sql.substr(0, max_sql));
    if (sql.size() > max_sql) context += "...";
    for (char& c : context)
        if (c == '\n' || c == '\t') c = ' ';
    const int primary = rc & 0xff;
    const Errc code = primary == SQLITE_CONSTRAINT ? Errc::conflict : Errc::io;
    throw Error(code, "database error: " + msg + " (in: " + context + ")", rc);
}

}  // namespace detail

Statement::Statement(sqlite3* db, std::string_view sql) {
    if (sql.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw Error(Errc::invalid_input, "SQL statement too long");
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt_);
        stmt_ = nullptr;
        detail::throw_sqlite(db, rc, sql);
    }
    if (!stmt_) throw Error(Errc::invalid_input, "empty SQL statement");
}

Statement::Statement(Statement&& other) noexcept : stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

std::string Statement::sql() const {
    const char* s = stmt_ ? sqlite3_sql(stmt_) : nullptr;
    return s ? s : "";
}

int Statement::index_of(Param p) const {
    if (!p.name) return p.index;
    const int i = sqlite3_bind_parameter_index(stmt_, p.name);
    if (i == 0)
        throw Error(Errc::invalid_input, std::string("no SQL parameter named ") + p.name + " in: " + sql());
    return i;
}

void Statement::check_bind(int rc, Param p) const {
    if (rc == SQLITE_OK) return;
    (void)p;
    detail::throw_sqlite(sqlite3_db_handle(stmt_), rc, sql());
}

Statement& Statement::bind_int64(Param p, std::int64_t value) {
    check_bind(sqlite3_bind_int64(stmt_, index_of(p), value), p);
    return *this;
}

Statement& Statement::bind_id(Param p, Id id) {
    return id == 0 ? bind(p, std::nullopt) : bind_int64(p, id);
}

Statement& Statement::bind(Param p, double value) {
    check_bind(sqlite3_bind_double(stmt_, index_of(p), value), p);
    return *this;
}

Statement& Statement::bind(Param p, std::string_view text) {
    check_bind(sqlite3_bind_text64(stmt_, index_of(p), text.data(), text.size(), SQLITE_TRANSIENT,
                                   SQLITE_UTF8),
               p);
    return *this;
}

Statement& Statement::bind(Param p, std::span<const std::uint8_t> blob) {
    // A zero-length blob must still be a blob, not NULL: give SQLite a valid pointer.
    static const std::uint8_t empty = 0;
    const void* data = blob.empty() ? &empty : blob.data();
    check_bind(sqlite3_bind_blob64(stmt_, index_of(p), data, blob.size(), SQLITE_TRANSIENT), p);
    return *this;
}

Statement& Statement::bind(Param p, std::nullopt_t) {
    check_bind(sqlite3_bind_null(stmt_, index_of(p)), p);
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    sqlite3* db = sqlite3_db_handle(stmt_);
    const std::string text = sql();
    sqlite3_reset(stmt_);
    detail::throw_sqlite(db, rc, text);
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() noexcept { sqlite3_reset(stmt_); }
void Statement::clear_bindings() noexcept { sqlite3_clear_bindings(stmt_); }

int Statement::column_count() const noexcept { return sqlite3_column_count(stmt_); }
bool Statement::is_null(int col) const noexcept { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
std::int64_t Statement::get_int64(int col) const noexcept { return sqlite3_column_int64(stmt_, col); }
double Statement::get_double(int col) const noexcept { return sqlite3_column_double(stmt_, col); }

int Statement::get_int(int col) const {
    const std::int64_t v = get_int64(col);
    if (v < std::numeric_limits<int>::min() || v > std::numeric_limits<int>::max())
        throw Error(Errc::overflow, "stored value " + std::to_string(v) + " does not fit in int");
    return static_cast<int>(v);
}

std::string Statement::get_text(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    if (!p) return {};
    return std::string(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

std::string_view Statement::get_text_view(int col) const {
    const auto* p = sqlite3_column_text(stmt_, col);
    const int n = sqlite3_column_bytes(stmt_, col);
    if (!p) return {};
    return std::string_view(reinterpret_cast<const char*>(p), static_cast<std::size_t>(n));
}

Blob Statement::get_blob(int col) const {
    const auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(stmt_, col));
    const int n = sqlite3_column_bytes(stmt_, col);
    if (!p) return {};
    return Blob(p, p + n);
}

std::optional<std::int64_t> Statement::get_opt_int64(int col) const noexcept {
    if (is_null(col)) return std::nullopt;
    return get_int64(col);
}

std::optional<std::string> Statement::get_opt_text(int col) const {
    if (is_null(col)) return std::nullopt;
    return get_text(col);
}

std::optional<Blob> Statement::get_opt_blob(int col) const {
    if (is_null(col)) return std::nullopt;
    return get_blob(col);
}

CachedStatement::CachedStatement(Statement* shared, std::unique_ptr<Statement> own, bool* busy) noexcept
    : stmt_(own ? own.get() : shared), own_(std::move(own)), busy_(busy) {}

CachedStatement::CachedStatement(CachedStatement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)),
      own_(std::move(other.own_)),
      busy_(std::exchange(other.busy_, nullptr)) {}

CachedStatement::~CachedStatement() {
    if (!stmt_) return;
    stmt_->reset();
    stmt_->clear_bindings();
    if (busy_) *busy_ = false;
}

}  // namespace pos::db
