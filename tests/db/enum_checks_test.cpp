// The SQL CHECK lists against the core's kind tables (core/sale/tender_kind.h, core/staff/role.h,
// core/print/print_job_kind.h): the literals a column's CHECK compares it with are exactly the
// table's names (IN lists and OR chains alike, as the newest migration wrote them), every name is
// accepted and an unknown one is refused.
#include <doctest/doctest.h>

#include <regex>
#include <set>
#include <string>

#include "core/common/error.h"
#include "core/order/order.h"
#include "core/print/print_job_kind.h"
#include "core/sale/tender_kind.h"
#include "core/staff/role.h"
#include "db/print_jobs.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

// The string literals `column` is compared with in the table's CREATE TABLE text as the store
// has it now: `column = 'x'` and `column IN ('x', 'y')`.
std::set<std::string> check_literals(Connection& c, const std::string& table, const std::string& column) {
    auto st = c.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?1");
    st.bind(1, table);
    REQUIRE(st.step());
    const std::string sql = st.get_text(0);
    std::set<std::string> out;
    const std::regex eq("\\b" + column + "\\s*=\\s*'([^']*)'");
    for (std::sregex_iterator it(sql.begin(), sql.end(), eq), end; it != end; ++it) out.insert((*it)[1].str());
    const std::regex in("\\b" + column + "\\s+IN\\s*\\(([^)]*)\\)", std::regex::icase);
    const std::regex literal("'([^']*)'");
    for (std::sregex_iterator it(sql.begin(), sql.end(), in), end; it != end; ++it) {
        const std::string list = (*it)[1].str();
        for (std::sregex_iterator l(list.begin(), list.end(), literal); l != end; ++l) out.insert((*l)[1].str());
    }
    return out;
}

template <class Table>
std::set<std::string> names_of(const Table& table) {
    std::set<std::string> out;
    for (const auto& entry : table) out.insert(std::string(entry.name));
    return out;
}

bool accepted(Connection& c, const std::string& sql, std::string_view value) {
    try {
        auto st = c.prepare(sql);
        st.bind(1, value);
        st.run();
        return true;
    } catch (const pos::Error& e) {
        CHECK_MESSAGE(std::string(e.what()).find("CHECK constraint failed") != std::string::npos, e.what());
        return false;
    }
}

}  // namespace

TEST_CASE("the CHECK lists of payments.kind, print_jobs.kind/status and staff.role are the core's tables") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    CHECK(check_literals(c, "payments", "kind") == names_of(tender_kinds));
    CHECK(check_literals(c, "print_jobs", "kind") == names_of(print_job_kinds));
    CHECK(check_literals(c, "orders", "state") == names_of(order_states));
    CHECK(check_literals(c, "orders", "fulfilment") == names_of(fulfilments));
    CHECK(check_literals(c, "order_lines", "source") == names_of(order_line_sources));
    CHECK(check_literals(c, "print_jobs", "status") == names_of(print_job_states));
    CHECK(check_literals(c, "staff", "role") == names_of(roles));
}

TEST_CASE("the store accepts every name of the kind tables and refuses any other") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    c.exec("INSERT INTO sales(id, receipt_no, kind, staff_id, cashier_id, created_at, day, currency, tax_mode, "
           "subtotal, discount_total, tax_total, total) VALUES (7, 1, 'sale', 2, 2, 9, '2025-11-23', 'CNY', "
           "'inclusive', 300, 0, 27, 300)");
    const std::string payment = "INSERT INTO payments(sale_id, kind, amount) VALUES (7, ?1, 100)";
    for (const TenderKindInfo& k : tender_kinds) CHECK_MESSAGE(accepted(c, payment, k.name), k.name);
    for (const char* bad : {"cheque", "Cash", ""}) CHECK_FALSE_MESSAGE(accepted(c, payment, bad), bad);

    const std::string job = "INSERT INTO print_jobs(kind, status, created_at, updated_at) VALUES (?1, 'pending', 1, 1)";
    for (const PrintJobKindInfo& k : print_job_kinds) CHECK_MESSAGE(accepted(c, job, k.name), k.name);
    CHECK_FALSE(accepted(c, job, "fax"));

    const std::string status = "UPDATE print_jobs SET status = ?1 WHERE id = 1";
    for (const PrintJobStateInfo& s : print_job_states) CHECK_MESSAGE(accepted(c, status, s.name), s.name);
    CHECK_FALSE(accepted(c, status, "lost"));

    const std::string staff = "INSERT INTO staff(name, role, pin_hash, created_at) VALUES ('X', ?1, 'h', 1)";
    for (const RoleInfo& r : roles) CHECK_MESSAGE(accepted(c, staff, r.name), r.name);
    CHECK_FALSE(accepted(c, staff, "owner"));
}

TEST_CASE("print jobs by kind and state: typed calls store the table's names, unknown names store nothing") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    for (const PrintJobKindInfo& k : print_job_kinds) {
        CAPTURE(k.name);
        const Id id = enqueue_print_job(c, 0, k.value, std::nullopt, 10);
        const auto row = get_print_job(c, id);
        REQUIRE(row);
        CHECK(parse_print_job_kind(row->kind) == k.value);
        CHECK(parse_print_job_state(row->status) == PrintJobState::pending);
    }
    CHECK(list_print_jobs(c, PrintJobState::pending).size() == print_job_kinds.size());
    mark_print_failed(c, 1, "paper end", 11);
    CHECK(list_print_jobs(c, PrintJobState::failed).size() == 1);
    CHECK(list_print_jobs(c, "failed").size() == 1);
    CHECK_THROWS_WITH_AS(enqueue_print_job(c, 0, "fax", std::nullopt, 12),
                         "unknown print job kind 'fax' (receipt, copy, gift, z_report, test, order_receipt, dispatch)", pos::Error);
    CHECK_THROWS_WITH_AS(list_print_jobs(c, "lost"),
                         "unknown print job status 'lost' (pending, printing, done, failed, skipped)", pos::Error);
    CHECK(c.query_int64("SELECT count(*) FROM print_jobs") == static_cast<std::int64_t>(print_job_kinds.size()));
}
