// Crash safety: drives visits and checkouts through `showroom-pos script`, kill -9s it at random
// instants (during commits and while idle on input), verifies the store after every kill and
// resumes the script in a new process. Kills: env POS_CRASH_KILLS (default 30; 500 for the long
// run). Seed: env POS_CRASH_SEED (printed on every run).
#include <doctest/doctest.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <tuple>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "crash/crash_verify.h"
#include "db/sqlite.h"
#include "support/pos_binary.h"
#include "support/temp_dir.h"

namespace {

using pos::crashtest::ReportedSale;
using pos::testsupport::quote;
using pos::testsupport::Run;

struct Product {
    const char* sku;
    long long price;  // minor units (CNY)
};
constexpr Product products[] = {{"SOFA-1", 699900}, {"TABLE-1", 299950}, {"LAMP-1", 29900}, {"DELIV", 20000}};

std::string major(long long minor) {
    char b[40];
    std::snprintf(b, sizeof b, "%lld.%02lld", minor / 100, minor % 100);
    return b;
}

// The script: blocks that each start with a login, so any block can be replayed by a new process.
struct Script {
    std::vector<std::string> lines;           // line i+1 of the file
    std::vector<int> block_start;             // 1-based line numbers
    std::map<int, std::size_t> pay_lines;     // pay (or order_take) line -> cart lines (distinct skus)
    std::set<int> order_lines;                // the order_take lines among them
};

Script make_script(int blocks, std::mt19937_64& rng) {
    Script s;
    for (int b = 0; b < blocks; ++b) {
        s.block_start.push_back(static_cast<int>(s.lines.size()) + 1);
        s.lines.push_back(R"({"op":"login","staff":"Lan","pin":"1111"})");
        const std::string v = "\"v" + std::to_string(b) + "\"";  // aliases are unique within a script
        s.lines.push_back(R"({"op":"start_visit","party_size":2,"as":)" + v + "}");
        s.lines.push_back(R"({"op":"signal","visit":)" + v + R"(,"code":"long_gaze"})");
        s.lines.push_back(R"({"op":"enter_stage","visit":)" + v + R"(,"stage":"needs"})");
        s.lines.push_back(R"({"op":"login","staff":"Wei","pin":"1234"})");
        s.lines.push_back(R"({"op":"link_visit","visit":)" + v + "}");
        const std::size_t n = 1 + rng() % 10;
        long long total = 0;
        std::set<std::string> skus;  // adding a sku again raises its line's quantity
        for (std::size_t i = 0; i < n; ++i) {
            const Product& p = products[rng() % 4];
            skus.insert(p.sku);
            const long long qty = 1 + static_cast<long long>(rng() % 3);
            total += p.price * qty;
            s.lines.push_back(std::string(R"({"op":"add","sku":")") + p.sku + R"(","qty":)" + std::to_string(qty) + "}");
        }
        if (b % 3 == 2) {
            // Every third visit becomes a special order with a cash deposit: its commit (order,
            // lines, payment, journal, receipt job, visit outcome) must be as atomic as a sale's.
            s.lines.push_back(R"({"op":"link_customer","customer":1})");
            s.lines.push_back(R"({"op":"order_take","day":"2031-01-15","window":"09:00-12:00","address":"1 Crash Road",)"
                              R"("deposit":{"percent":"30"}})");
            s.order_lines.insert(static_cast<int>(s.lines.size()));
        } else {
            const long long card = total / 2;
            s.lines.push_back(R"({"op":"tender","kind":"card","amount":")" + major(card) + R"(","reference":"A)" + std::to_string(b) + "\"}");
            s.lines.push_back(R"({"op":"tender","kind":"cash","amount":")" + major(total - card) + "\"}");
            s.lines.push_back(R"({"op":"pay"})");
        }
        s.pay_lines[static_cast<int>(s.lines.size())] = skus.size();
    }
    return s;
}

class Store {
public:
    Store() : dir_("pos-crash") {
        setenv("TZ", "UTC", 1);
        setenv("SHOWROOM_POS_ASSETS", POS_ASSETS_DIR, 1);
        REQUIRE(pos("init --db " + quote(db()) + " --profile furniture --currency CNY --store-name Crash --tax-inclusive --lang en").code == 0);
        for (const auto& [name, role, pin] : {std::tuple{"Lan", "floor", "1111"}, {"Wei", "cashier", "1234"}, {"Olga", "manager", "9999"}})
            REQUIRE(pos("staff add --db " + quote(db()) + " --name " + name + " --role " + role, std::string(pin) + "\n").code == 0);
        REQUIRE(pos("catalog import --db " + quote(db()) + " " + quote(std::string(POS_TESTS_DIR) + "/cli/data/catalog.csv")).code == 0);
        auto c = pos::db::Connection::open(db(), pos::db::OpenMode::existing);
        c.exec("INSERT INTO customers(id, name, phone, created_at) VALUES (1, 'Crash Customer', '+8613800000000', 0)");
    }
    std::string db() const { return dir_.file("store.db"); }
    std::string file(const std::string& n) const { return dir_.file(n); }
    Run pos(const std::string& args, const std::string& in = "") const { return pos::testsupport::run_pos(dir_.path(), args, in); }

private:
    pos::testsupport::TempDir dir_;
};

// A running `script --db DB -` fed through a pipe, stdout to a file.
class ScriptProcess {
public:
    ScriptProcess(const std::string& db, const std::string& out_path) {
        int fds[2];
        REQUIRE(pipe(fds) == 0);
        pid_ = fork();
        REQUIRE(pid_ >= 0);
        if (pid_ == 0) {
            dup2(fds[0], 0);
            const int out = open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            dup2(out, 1);
            const int null = open("/dev/null", O_WRONLY);
            dup2(null, 2);
            close(fds[0]);
            close(fds[1]);
            execl(POS_BINARY, POS_BINARY, "script", "--db", db.c_str(), "-", static_cast<char*>(nullptr));
            _exit(127);
        }
        close(fds[0]);
        in_ = fds[1];
    }
    ScriptProcess(const ScriptProcess&) = delete;
    ScriptProcess& operator=(const ScriptProcess&) = delete;
    ~ScriptProcess() {
        if (in_ >= 0) close(in_);
        if (pid_ > 0) {
            kill(pid_, SIGKILL);
            waitpid(pid_, nullptr, 0);
        }
    }
    void send(const std::string& text) {
        std::size_t off = 0;
        while (off < text.size()) {
            const ssize_t w = write(in_, text.data() + off, text.size() - off);
            if (w <= 0) return;  // process gone
            off += static_cast<std::size_t>(w);
        }
    }
    void close_input() {
        close(in_);
        in_ = -1;
    }
    // kill -9; returns true if the process was still running when killed.
    bool kill9() {
        const bool alive = waitpid(pid_, nullptr, WNOHANG) == 0;
        kill(pid_, SIGKILL);
        waitpid(pid_, nullptr, 0);
        pid_ = -1;
        return alive;
    }

private:
    pid_t pid_ = -1;
    int in_ = -1;
};

int env_int(const char* name, int fallback) {
    const char* v = std::getenv(name);
    return v && *v ? std::atoi(v) : fallback;
}

std::string join(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& x : v) s += x + "\n";
    return s;
}

}  // namespace

TEST_CASE("kill -9 at random instants never loses, splits or duplicates a committed sale") {
    const int kills = env_int("POS_CRASH_KILLS", 30);
    const std::uint64_t seed = std::getenv("POS_CRASH_SEED") ? std::strtoull(std::getenv("POS_CRASH_SEED"), nullptr, 10) : std::random_device{}();
    std::printf("crash test: %d kills, seed %llu (rerun with POS_CRASH_SEED=%llu)\n", kills, static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(seed));
    std::mt19937_64 rng(seed);
    Store store;
    const Script script = make_script(kills * 2 + 10, rng);
    const auto t0 = std::chrono::steady_clock::now();

    std::vector<ReportedSale> reported;
    std::vector<std::int64_t> reported_orders;
    std::size_t block = 0;  // next block to (re)run
    int done_kills = 0, live_kills = 0, idle_kills = 0;
    for (int k = 0; k < kills && block < script.block_start.size(); ++k) {
        const int from = script.block_start[block];
        // Lines before `from` become comments so the new process reports the same line numbers.
        std::vector<std::string> text(script.lines.size());
        for (std::size_t i = 0; i < text.size(); ++i) text[i] = static_cast<int>(i) + 1 < from ? "#" : script.lines[i];
        const std::string out_path = store.file("out" + std::to_string(k));
        ScriptProcess p(store.db(), out_path);
        const bool idle = rng() % 3 == 0;
        if (idle) {
            // Feed up to a random line, wait until it is reported, then kill while it waits for input.
            const int upto = std::min<int>(static_cast<int>(text.size()), from + static_cast<int>(rng() % 40));
            p.send(join({text.begin(), text.begin() + upto}));
            for (int w = 0; w < 2000 && pos::crashtest::last_reported_line(pos::testsupport::slurp(out_path)) < upto; ++w)
                std::this_thread::sleep_for(std::chrono::milliseconds(2));
            ++idle_kills;
        } else {
            p.send(join(text));
            std::this_thread::sleep_for(std::chrono::microseconds(rng() % 600000));
        }
        if (p.kill9()) ++live_kills;
        ++done_kills;
        const std::string out = pos::testsupport::slurp(out_path);
        for (const ReportedSale& s : pos::crashtest::parse_reported(out, script.pay_lines)) reported.push_back(s);
        for (const std::int64_t o : pos::crashtest::parse_reported_orders(out)) reported_orders.push_back(o);
        const auto problems = pos::crashtest::verify_store(store.db(), reported, reported_orders);
        const Run jv = store.pos("journal verify --db " + quote(store.db()));
        CHECK_MESSAGE(jv.code == 0, "kill " << k << ": journal verify: " << jv.out << jv.err);
        for (const auto& pr : problems) FAIL_CHECK("kill " << k << " (seed " << seed << "): " << pr);
        if (!problems.empty()) break;
        // Resume at the first block whose pay was not reported.
        const int last = pos::crashtest::last_reported_line(out);
        while (block < script.block_start.size()) {
            const auto pay = script.pay_lines.upper_bound(script.block_start[block]);
            if (pay == script.pay_lines.end() || pay->first > last) break;
            ++block;
        }
    }
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    pos::db::Connection conn = pos::db::Connection::open(store.db(), pos::db::OpenMode::existing);
    const auto stored = conn.query_int64("SELECT COUNT(*) FROM sales").value_or(0);
    const auto stored_orders = conn.query_int64("SELECT COUNT(*) FROM orders").value_or(0);
    std::printf("crash test: %d kills (%d while running, %d idle on input) in %.1f s; %zu reported sales and %zu orders verified, "
                "%lld and %lld stored\n",
                done_kills, live_kills, idle_kills, secs, reported.size(), reported_orders.size(), static_cast<long long>(stored),
                static_cast<long long>(stored_orders));
    CHECK(done_kills == kills);
    CHECK(live_kills > kills / 2);
    CHECK(!reported.empty());
    CHECK(stored >= static_cast<long long>(reported.size()));
    CHECK(stored_orders >= static_cast<long long>(reported_orders.size()));
}

TEST_CASE("the crash verifier detects a damaged store") {
    std::mt19937_64 rng(7);
    Store store;
    const Script script = make_script(4, rng);
    std::ofstream(store.file("s.jsonl")) << join(script.lines);
    const Run r = store.pos("script --db " + quote(store.db()) + " " + quote(store.file("s.jsonl")));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    auto reported = pos::crashtest::parse_reported(r.out, script.pay_lines);
    REQUIRE(reported.size() == 3);
    const auto orders = pos::crashtest::parse_reported_orders(r.out);
    REQUIRE(orders.size() == 1);
    CHECK(pos::crashtest::verify_store(store.db(), reported, orders).empty());

    const auto damaged = [&](const char* sql, const std::vector<ReportedSale>& rep) {
        const std::string copy = store.file("copy.db");
        std::filesystem::copy_file(store.db(), copy, std::filesystem::copy_options::overwrite_existing);
        for (const char* ext : {"-wal", "-shm"})
            if (std::filesystem::exists(store.db() + ext))
                std::filesystem::copy_file(store.db() + ext, copy + ext, std::filesystem::copy_options::overwrite_existing);
        {
            auto c = pos::db::Connection::open(copy, pos::db::OpenMode::existing);
            c.exec(sql);
        }
        return pos::crashtest::verify_store(copy, rep);
    };
    CHECK(!damaged("DELETE FROM sale_lines WHERE sale_id = (SELECT id FROM sales WHERE receipt_no = 2)", reported).empty());
    CHECK(!damaged("DELETE FROM payments WHERE sale_id = (SELECT id FROM sales WHERE receipt_no = 3)", reported).empty());
    CHECK(!damaged("UPDATE sales SET receipt_no = 9 WHERE receipt_no = 3", {}).empty());
    CHECK(!damaged("UPDATE print_jobs SET status = 'done' WHERE id = (SELECT MIN(id) FROM print_jobs)", reported).empty());
    CHECK(!damaged("UPDATE sale_lines SET payable = payable + 1 WHERE id = (SELECT MIN(id) FROM sale_lines)", reported).empty());
    auto lost = reported;
    lost.push_back({99, 99, 1});
    CHECK(!damaged("SELECT 1", lost).empty());
    CHECK(!damaged("DELETE FROM order_lines WHERE line_no = 1", reported).empty());
    CHECK(!damaged("UPDATE orders SET paid = paid - 1", reported).empty());
    CHECK(!damaged("DELETE FROM print_jobs WHERE kind = 'order_receipt'", reported).empty());
    CHECK(!damaged("UPDATE order_payments SET doc_no = 5", reported).empty());
}
