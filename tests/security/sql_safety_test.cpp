// "No user text is ever concatenated into SQL", checked two ways:
//  1. a source scan of db/*.cpp and app/**/*.cpp: the SQL argument of every exec / prepare /
//     cached / query_int64 / query_text call must be built only from string literals and
//     constants of literal text defined in the same file; the few other operands are listed
//     below with their justification, and the justification itself is checked;
//  2. behaviour: staff names, SKUs, product names, override reasons, hold labels, notes and
//     references containing SQL metacharacters are stored and read back unchanged, and no
//     table is dropped.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "db/catalog.h"
#include "db/journal.h"
#include "db/staff.h"
#include "security/security_store.h"

namespace fs = std::filesystem;
using namespace pos;
using namespace pos::intent;
using security_test::Store;

namespace {

// ---- a small C++ lexer: enough to find calls and their arguments ----------------------------

struct Token {
    enum Kind { ident, literal, punct } kind;
    std::string text;
    int line;
};

std::vector<Token> lex(const std::string& src) {
    std::vector<Token> out;
    int line = 1;
    std::size_t i = 0;
    auto is_ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_'; };
    while (i < src.size()) {
        const char c = src[i];
        if (c == '\n') {
            ++line;
            ++i;
        } else if (std::isspace(static_cast<unsigned char>(c)) != 0) {
            ++i;
        } else if (src.compare(i, 2, "//") == 0) {
            while (i < src.size() && src[i] != '\n') ++i;
        } else if (src.compare(i, 2, "/*") == 0) {
            const std::size_t e = src.find("*/", i + 2);
            for (std::size_t k = i; k < std::min(e, src.size()); ++k) line += src[k] == '\n' ? 1 : 0;
            i = e == std::string::npos ? src.size() : e + 2;
        } else if (c == '#' && (out.empty() || out.back().line != line)) {  // preprocessor line
            while (i < src.size() && src[i] != '\n') i += src[i] == '\\' ? 2u : 1u;
        } else if (c == 'R' && i + 1 < src.size() && src[i + 1] == '"') {  // raw string R"d(...)d"
            const std::size_t open = src.find('(', i);
            const std::string delim = ")" + src.substr(i + 2, open - i - 2) + "\"";
            const std::size_t e = src.find(delim, open);
            const std::size_t end = e == std::string::npos ? src.size() : e + delim.size();
            out.push_back({Token::literal, src.substr(i, end - i), line});
            for (std::size_t k = i; k < end; ++k) line += src[k] == '\n' ? 1 : 0;
            i = end;
        } else if (c == '"' || c == '\'') {
            std::size_t k = i + 1;
            while (k < src.size() && src[k] != c) k += src[k] == '\\' ? 2u : 1u;
            out.push_back({c == '"' ? Token::literal : Token::punct, src.substr(i, k + 1 - i), line});
            i = k + 1;
        } else if (is_ident(c)) {
            std::size_t k = i;
            while (k < src.size() && (is_ident(src[k]) || (src[k] == ':' && k + 1 < src.size() && src[k + 1] == ':'))) {
                k += src[k] == ':' ? 2u : 1u;
            }
            out.push_back({Token::ident, src.substr(i, k - i), line});
            i = k;
        } else {
            out.push_back({Token::punct, std::string(1, c), line});
            ++i;
        }
    }
    return out;
}

// Names defined in the file as constants of literal text: constexpr const char* k = "..." "...";
std::set<std::string> literal_constants(const std::vector<Token>& t) {
    std::set<std::string> out;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i].kind != Token::ident || t[i + 1].text != "=" || t[i + 2].kind != Token::literal) continue;
        bool is_const = false;  // constexpr / const somewhere earlier in the same declaration
        for (std::size_t k = i; k-- > 0 && t[k].text != ";" && t[k].text != "{" && t[k].text != "}";)
            if (t[k].text == "constexpr" || t[k].text == "const") is_const = true;
        std::size_t k = i + 2;
        while (k < t.size() && t[k].kind == Token::literal) ++k;
        if (is_const && k < t.size() && (t[k].text == ";" || t[k].text == ",")) out.insert(t[i].text);
    }
    return out;
}

struct Finding {
    std::string where;  // file:line
    std::string operand;
};

const std::set<std::string> kSqlCalls{"exec", "prepare", "cached", "query_int64", "query_text"};
// Wrappers that do not change what the text is.
const std::set<std::string> kNeutral{"std::string", "std::string_view", "(", ")", "+", "?", ":"};

// Operands other than literals that are allowed, per file, and why.
struct Allowed {
    const char* file;
    const char* operand;
    const char* why;
};
const Allowed kAllowed[] = {
    {"db/migrations.cpp", "m.sql", "the migration scripts embedded at build time from db/migrations/*.sql"},
    {"db/migrations.cpp", "std::to_string", "PRAGMA user_version = <the migration's integer version>"},
    {"db/migrations.cpp", "m.version", "(the integer argument of std::to_string above)"},
    {"db/catalog.cpp", "where", "one_product's WHERE clause: every caller passes a string literal (checked below)"},
    {"db/sales_load.cpp", "where", "load_where's WHERE clause: every caller passes a string literal (checked below)"},
    {"db/catalog.cpp", "indexed", "a bool choosing between two literal queries (trigram index or LIKE scan)"},
    {"db/sqlite.cpp", "savepoint_", "Transaction's savepoint name, 'pos_sp_' + the object's own address"},
    {"db/sqlite.cpp", "nested_", "a bool choosing RELEASE <savepoint> or COMMIT"},
};

bool allowed(const std::string& file, const std::string& operand) {
    for (const Allowed& a : kAllowed)
        if (file == a.file && operand == a.operand) return true;
    return false;
}

// Every SQL call whose argument has an operand that is not literal text.
std::vector<Finding> scan(const std::string& file, const std::string& src) {
    const auto t = lex(src);
    const auto consts = literal_constants(t);
    std::vector<Finding> out;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i].kind != Token::ident || kSqlCalls.count(t[i].text) == 0 || t[i + 1].text != "(") continue;
        if (i == 0 || (t[i - 1].text != "." && t[i - 1].text != ">")) continue;  // member calls only
        int depth = 0;
        std::size_t k = i + 1;
        for (; k < t.size(); ++k) {
            if (t[k].text == "(") ++depth;
            if (t[k].text == ")" && --depth == 0) break;
            if (depth == 1 && t[k].text == ",") break;  // first argument only
            if (k == i + 1) continue;
            const Token& tok = t[k];
            if (tok.kind == Token::literal || kNeutral.count(tok.text) != 0) continue;
            if (tok.kind == Token::ident && consts.count(tok.text) != 0) continue;
            std::string operand = tok.text;
            // a.b / a->b member chains are one operand
            while (k + 2 < t.size() && (t[k + 1].text == "." || (t[k + 1].text == "-" && t[k + 2].text == ">"))) {
                const std::size_t skip = t[k + 1].text == "." ? 2 : 3;
                operand += "." + t[k + skip].text;
                k += skip;
            }
            if (!allowed(file, operand)) out.push_back({file + ":" + std::to_string(tok.line), operand});
        }
    }
    return out;
}

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const fs::path kRoot = fs::path(POS_TESTS_DIR).parent_path();

std::vector<fs::path> sources() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(kRoot / "db"))
        if (e.path().extension() == ".cpp") out.push_back(e.path());
    for (const auto& e : fs::recursive_directory_iterator(kRoot / "app"))
        if (e.path().extension() == ".cpp") out.push_back(e.path());
    return out;
}

}  // namespace

TEST_CASE("the scanner finds concatenated user text in SQL (it can fail)") {
    const std::string bad = R"(
        void f(Connection& conn, const std::string& name, const Row& r) {
            conn.exec("DELETE FROM staff WHERE name = '" + name + "'");
            auto st = conn.cached(std::string("SELECT * FROM products WHERE sku = '") + r.sku + "'");
            conn.prepare(sql);
            auto q = conn.query_int64("SELECT count(*) FROM t WHERE id = " + std::to_string(id));
        })";
    const auto f = scan("x.cpp", bad);
    REQUIRE(f.size() == 5);
    CHECK(f[0].operand == "name");
    CHECK(f[0].where == "x.cpp:3");
    CHECK(f[1].operand == "r.sku");
    CHECK(f[2].operand == "sql");
    CHECK(f[3].operand == "std::to_string");
    CHECK(f[4].operand == "id");

    const std::string good = R"(
        constexpr const char* k_columns = "SELECT a, b "
                                          "FROM t ";
        void g(Connection& conn) {
            auto st = conn.cached(std::string(k_columns) + "WHERE id = ?1");  // comment: + name
            conn.exec(R"x(CREATE TABLE t(a TEXT); -- ")x");
            st.bind(1, name);
        })";
    CHECK(scan("y.cpp", good).empty());
}

TEST_CASE("no SQL in db/ or app/ is built from anything but literal text (allow-list justified)") {
    std::size_t files = 0, findings = 0;
    for (const auto& p : sources()) {
        const std::string rel = fs::relative(p, kRoot).generic_string();
        for (const Finding& f : scan(rel, read(p))) {
            FAIL_CHECK("SQL built from a non-literal operand '" << f.operand << "' at " << f.where
                                                                  << ": bind it as a parameter (?N) instead");
            ++findings;
        }
        ++files;
    }
    CHECK(files > 50);
    CHECK(findings == 0);
}

TEST_CASE("the allow-listed WHERE helpers are only called with string literals") {
    const std::pair<const char*, const char*> helpers[] = {{"db/catalog.cpp", "one_product"},
                                                           {"db/sales_load.cpp", "load_where"}};
    for (const auto& [file, fn] : helpers) {
        INFO(file << " " << fn);
        const auto t = lex(read(kRoot / file));
        int calls = 0;
        for (std::size_t i = 0; i + 4 < t.size(); ++i) {
            if (t[i].text != fn || t[i + 1].text != "(" || t[i + 2].text != "conn" || t[i + 3].text != ",") continue;
            if (i > 0 && (t[i - 1].text == "std::optional" || t[i - 1].text == ">")) continue;  // its definition
            CHECK_MESSAGE(t[i + 4].kind == Token::literal, file << ":" << t[i].line);
            ++calls;
        }
        CHECK(calls >= 2);
    }
}

TEST_CASE("text with SQL metacharacters round-trips unchanged and drops nothing") {
    const std::string evil = "Robert'); DROP TABLE sales; --";
    const std::string quotes = "O'Brien \"the\" `x` 100% _a_ \\ ; -- /* */";
    Store store;
    {
        service::Store opened = service::open_store(store.path());
        db::Connection& c = opened.connection();
        db::add_staff(c, evil, "manager", hash_pin("4242", PinCost::minimum()), 0);
        db::ProductRow p;
        p.sku = "SKU'; DROP TABLE sales; --";
        p.name = quotes;
        p.price = 12345;
        p.tax_rate_bp = 1300;
        p.category = evil;
        p.barcodes = {"X'); DELETE FROM products; --"};
        db::upsert_products(c, std::span<const db::ProductRow>(&p, 1));
    }
    auto s = store.open();
    auto& pos = s->pos;
    pos.apply(Login{evil, "4242"});  // the name is looked up, not spliced
    CHECK(pos.user()->name == evil);
    pos.apply(AddItem{"SKU'; DROP TABLE sales; --", 1});
    pos.apply(AddItem{"LAMP-1", 1});
    pos.apply(PriceOverride{1, 10000, std::nullopt});  // a manager: no approval needed
    pos.apply(LineDiscount{2, {true, 5000}, std::nullopt});
    pos.apply(HoldCart{quotes});
    REQUIRE(pos.held_carts().size() == 1);
    CHECK(pos.held_carts().list().front().label == quotes);
    pos.apply(RecallCart{pos.held_carts().list().front().id});
    const Minor due = pos.totals().totals.total;
    pos.apply(AddTender{"card", due, due, evil});
    pos.apply(CompleteSale{});
    pos.apply(Login{"Wei", "1234"});
    pos.apply(OpenDrawer{ManagerApproval{evil, "4242", evil}});
    CHECK_THROWS_AS(pos.apply(Login{"x' OR '1'='1", "0000"}), Error);  // no such person, nothing matched

    // Everything is still there, byte for byte.
    auto& c = s->conn;
    for (const char* table : {"sales", "products", "staff", "journal", "overrides", "barcodes"})
        CHECK_MESSAGE(c.query_int64(std::string("SELECT count(*) FROM sqlite_schema WHERE name = '") + table + "'") == 1,
                      table);
    auto product = db::find_by_sku(c, "SKU'; DROP TABLE sales; --");
    REQUIRE(product);
    CHECK(product->name == quotes);
    CHECK(product->category == evil);
    CHECK(db::find_by_barcode(c, "X'); DELETE FROM products; --").has_value());
    CHECK(*c.query_int64("SELECT count(*) FROM products") == 3);
    auto st = c.prepare("SELECT sku, name FROM sale_lines ORDER BY line_no");
    REQUIRE(st.step());
    CHECK(st.get_text(0) == "SKU'; DROP TABLE sales; --");
    CHECK(st.get_text(1) == quotes);
    auto pay = c.prepare("SELECT reference FROM payments");
    REQUIRE(pay.step());
    CHECK(pay.get_text(0) == evil);
    auto ov = c.prepare("SELECT reason FROM overrides WHERE action = 'no_sale_drawer'");
    REQUIRE(ov.step());
    CHECK(ov.get_text(0) == evil);
    CHECK(*c.query_int64("SELECT count(*) FROM sales") == 1);
    bool named = false;
    for (const db::StaffRow& r : db::list_staff(c, true)) named = named || r.name == evil;
    CHECK(named);
    CHECK(db::journal::verify(c).ok);
}
