// The store's database file and its WAL/shm companions are private to the owner (mode 0600),
// even when the process runs with a permissive umask.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <string>

#include "db/sqlite.h"
#include "service/store.h"
#include "support/temp_dir.h"

using namespace pos;

namespace {

unsigned mode_of(const std::string& path) {
    struct stat st {};
    REQUIRE_MESSAGE(::stat(path.c_str(), &st) == 0, "missing file " << path);
    return static_cast<unsigned>(st.st_mode) & 0777u;
}

class UmaskScope {
public:
    explicit UmaskScope(mode_t m) : old_(::umask(m)) {}
    UmaskScope(const UmaskScope&) = delete;
    UmaskScope& operator=(const UmaskScope&) = delete;
    ~UmaskScope() { ::umask(old_); }

private:
    mode_t old_;
};

}  // namespace

TEST_CASE("create_store makes the db, -wal and -shm files mode 0600 even with umask 000") {
    testsupport::TempDir dir("pos-security");
    const std::string path = dir.file("store.db");
    UmaskScope umask_scope(0);
    service::Store opened = service::create_store(path);
    db::Connection& conn = opened.connection();
    conn.exec("CREATE TABLE IF NOT EXISTS security_probe(x INTEGER)");
    conn.exec("INSERT INTO security_probe(x) VALUES (1)");
    CHECK(mode_of(path) == 0600u);
    CHECK(mode_of(path + "-wal") == 0600u);
    CHECK(mode_of(path + "-shm") == 0600u);
}

TEST_CASE("the mode check can fail: a file made with umask 000 and mode 0666 is reported") {
    testsupport::TempDir dir("pos-security");
    const std::string path = dir.file("loose.db");
    UmaskScope umask_scope(0);
    const int fd = ::creat(path.c_str(), 0666);
    REQUIRE(fd >= 0);
    ::close(fd);
    CHECK(mode_of(path) == 0666u);
}
