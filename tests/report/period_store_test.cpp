// The period summary from hand-made rows: written vs delivered, cancelled orders, deposits and
// balance payments, the open order balance, be-back visits, follow-ups, the per-day trend and
// the per-salesperson results; and the query plans (no query reads a whole history table).
#include <doctest/doctest.h>

#include <string>

#include "core/common/time.h"
#include "db/day_summary.h"
#include "db/period_summary.h"
#include "db/targets.h"
#include "../db/db_test_util.h"

using namespace pos;
using namespace pos::db;

namespace {

Timestamp at(const std::string& day, int hour) { return *local_day_start(day) + hour * 3'600'000LL; }

// Staff of seeded_db(): 1 Lan (floor), 2 Minh (cashier), 3 Hoa (manager).
struct Shop {
    test::TempDir dir;
    Connection c = test::seeded_db(dir);
    int receipt = 0;
    int order_no = 0;
    int doc_no = 0;

    Shop() {
        c.exec("INSERT INTO settings(key, value) VALUES ('currency', 'CNY') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        for (int i = 0; i < 3; ++i) c.exec("INSERT INTO customers(name, created_at) VALUES ('C', 1)");
    }
    Id visit(Id staff, std::optional<Id> customer, const std::string& day, int hour, const char* outcome) {
        auto st = c.prepare(
            "INSERT INTO visits(playbook, staff_id, customer_id, started_at, ended_at, day, stage, outcome, lost_reason) "
            "VALUES ('furniture', ?1, ?2, ?3, ?4, ?5, 'greeting', ?6, CASE WHEN ?6 = 'lost' THEN 'price' END)");
        st.bind(1, staff).bind(2, customer).bind(3, at(day, hour)).bind(4, at(day, hour) + 600'000).bind(5, day);
        st.bind(6, std::optional<std::string>(outcome ? std::optional<std::string>(outcome) : std::nullopt));
        st.run();
        return c.last_insert_id();
    }
    // A sale (or a refund of `refund_of`) with one line per qty entry.
    Id sale(const std::string& day, std::optional<Id> visit_id, Minor total, Minor tax, std::vector<int> qtys,
            std::optional<Id> refund_of = std::nullopt) {
        auto st = c.prepare(
            "INSERT INTO sales(receipt_no, kind, refund_of, visit_id, staff_id, cashier_id, created_at, day, currency, tax_mode, "
            "subtotal, discount_total, tax_total, total) VALUES (?1, ?2, ?3, ?4, 1, 2, ?5, ?6, 'CNY', 'inclusive', ?7, 0, ?8, ?7)");
        st.bind(1, ++receipt).bind(2, refund_of ? "refund" : "sale").bind(3, refund_of).bind(4, visit_id).bind(5, at(day, 12));
        st.bind(6, day).bind(7, total).bind(8, tax);
        st.run();
        const Id id = c.last_insert_id();
        int line = 0;
        for (int q : qtys) {
            auto l = c.prepare(
                "INSERT INTO sale_lines(sale_id, line_no, sku, name, qty, list_price, unit_price, line_discount, order_discount, "
                "tax_rate_bp, tax, payable) VALUES (?1, ?2, 'SKU', 'Thing', ?3, 100, 100, 0, 0, 1000, 0, 100)");
            l.bind(1, id).bind(2, ++line).bind(3, q);
            l.run();
        }
        if (visit_id && !refund_of) {
            auto v = c.prepare("UPDATE visits SET sale_id = ?1 WHERE id = ?2");
            v.bind(1, id).bind(2, *visit_id);
            v.run();
        }
        return id;
    }
    Id order(Id staff, const std::string& written, const char* state, std::optional<std::string> closed, Minor total, Minor tax,
             Minor paid, int qty) {
        auto st = c.prepare(
            "INSERT INTO orders(order_no, customer_id, staff_id, taken_by, state, currency, tax_mode, subtotal, discount_total, "
            "tax_total, total, paid, fulfilment, due_day, created_at, day, closed_at, closed_day, updated_at) "
            "VALUES (?1, 1, ?2, 2, ?3, 'CNY', 'inclusive', ?4, 0, ?5, ?4, ?6, 'delivery', '2026-12-01', ?7, ?8, ?9, ?10, ?7)");
        st.bind(1, ++order_no).bind(2, staff).bind(3, state).bind(4, total).bind(5, tax).bind(6, paid).bind(7, at(written, 11));
        st.bind(8, written).bind(9, closed ? std::optional<Timestamp>(at(*closed, 15)) : std::nullopt).bind(10, closed);
        st.run();
        const Id id = c.last_insert_id();
        auto l = c.prepare(
            "INSERT INTO order_lines(order_id, line_no, sku, name, qty, list_price, unit_price, tax_rate_bp, tax, payable, source) "
            "VALUES (?1, 1, 'SOFA', 'Sofa', ?2, 1, 1, 1000, 0, ?3, 'floor')");
        l.bind(1, id).bind(2, qty).bind(3, total);
        l.run();
        return id;
    }
    void payment(Id order_id, const char* kind, Minor amount, const std::string& day) {
        auto st = c.prepare(
            "INSERT INTO order_payments(order_id, doc_no, kind, tender, amount, cashier_id, created_at, day) "
            "VALUES (?1, ?2, ?3, 'cash', ?4, 2, ?5, ?6)");
        st.bind(1, order_id).bind(2, ++doc_no).bind(3, kind).bind(4, amount).bind(5, at(day, 16)).bind(6, day);
        st.run();
    }
    void follow_up(Id owner, const std::string& due, std::optional<std::string> done_day, const char* result) {
        auto st = c.prepare(
            "INSERT INTO follow_ups(customer_id, owner_id, due, result, done_at, done_by, created_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, 1)");
        st.bind(1, owner).bind(2, due);
        st.bind(3, done_day ? std::optional<std::string>(result) : std::nullopt);
        st.bind(4, done_day ? std::optional<Timestamp>(at(*done_day, 10)) : std::nullopt);
        st.bind(5, done_day ? std::optional<Id>(owner) : std::nullopt);
        st.run();
    }
};

const report::SalespersonRow* person(const report::PeriodSummary& s, Id id) {
    for (const auto& r : s.salespeople)
        if (r.staff_id == id) return &r;
    return nullptr;
}

// The week of 2026-11-10 .. 2026-11-16 with rows before, inside and after it.
void fill(Shop& s) {
    s.visit(1, 1, "2026-11-01", 10, "lost");                  // customer 1's first visit (before the range)
    const Id v2 = s.visit(1, 1, "2026-11-10", 10, "sold");    // be-back
    s.visit(3, 2, "2026-11-11", 10, "follow_up");             // customer 2's first visit
    s.visit(3, 2, "2026-11-12", 10, nullptr);                 // be-back, still open
    s.visit(1, std::nullopt, "2026-11-12", 11, "lost");       // no customer
    s.sale("2026-11-09", std::nullopt, 99'999, 9'999, {5});   // the day before: not counted
    const Id s1 = s.sale("2026-11-10", v2, 10'000, 1'000, {1, 1});
    s.sale("2026-11-13", std::nullopt, -3'000, -300, {-1}, s1);  // part of s1 returned

    const Id o1 = s.order(1, "2026-11-05", "delivered", "2026-11-14", 50'000, 5'000, 50'000, 3);
    s.payment(o1, "deposit", 10'000, "2026-11-05");
    s.payment(o1, "balance", 40'000, "2026-11-14");
    const Id o2 = s.order(3, "2026-11-11", "open", std::nullopt, 20'000, 2'000, 5'000, 1);
    s.payment(o2, "deposit", 5'000, "2026-11-11");
    const Id o3 = s.order(1, "2026-11-12", "cancelled", "2026-11-15", 8'000, 800, 0, 1);
    s.payment(o3, "deposit", 2'000, "2026-11-12");
    s.payment(o3, "refund", -2'000, "2026-11-15");
    const Id o4 = s.order(3, "2026-11-16", "picked_up", "2026-11-20", 7'000, 700, 7'000, 2);
    s.payment(o4, "deposit", 7'000, "2026-11-16");
    s.order(3, "2026-11-17", "open", std::nullopt, 1'000, 100, 0, 1);  // written after the range

    s.follow_up(1, "2026-11-12", "2026-11-12", "bought");
    s.follow_up(1, "2026-11-14", std::nullopt, nullptr);
    s.follow_up(1, "2026-11-01", "2026-11-11", "no_answer");
    s.follow_up(3, "2026-11-20", "2026-11-09", "reached");     // done before the range
}

}  // namespace

TEST_CASE("written vs delivered: floor sales on their day, orders written, cancelled and delivered") {
    Shop s;
    fill(s);
    const auto p = load_period_summary(s.c, {"2026-11-10", "2026-11-16"}, {});
    CHECK(p.floor_sales == 7'000);         // 10000 sold - 3000 returned
    CHECK(p.orders_written == 3);          // o2, o3, o4 (o1 before, o5 after)
    CHECK(p.orders_written_total == 35'000);
    CHECK(p.orders_cancelled == 1);
    CHECK(p.orders_cancelled_total == 8'000);
    CHECK(p.written == 7'000 + 35'000 - 8'000);
    CHECK(p.orders_delivered == 1);        // o1; o4 was picked up after the range
    CHECK(p.orders_delivered_total == 50'000);
    CHECK(p.revenue == 57'000);
    CHECK(p.tax == 1'000 - 300 + 5'000);
}

TEST_CASE("money received on orders is shown apart from revenue; the open balance is what is owed now") {
    Shop s;
    fill(s);
    const auto p = load_period_summary(s.c, {"2026-11-10", "2026-11-16"}, {});
    CHECK(p.deposit_count == 3);
    CHECK(p.deposits == 5'000 + 2'000 + 7'000);
    CHECK(p.balance_count == 1);
    CHECK(p.balance_payments == 40'000);
    CHECK(p.order_refunds == 2'000);
    CHECK(p.open_orders == 1);             // o2; o5 was written after the range
    CHECK(p.open_balance == 15'000);
    const auto later = load_period_summary(s.c, {"2026-11-17", "2026-11-17"}, {});
    CHECK(later.open_orders == 2);
    CHECK(later.open_balance == 16'000);
}

TEST_CASE("be-back visits: the customer had visited before, in the range or earlier") {
    Shop s;
    fill(s);
    const auto p = load_period_summary(s.c, {"2026-11-10", "2026-11-16"}, {});
    CHECK(p.visits_with_customer == 3);
    CHECK(p.be_back_visits == 2);
    CHECK(p.be_back_bp() == 6667);
    const auto first = load_period_summary(s.c, {"2026-11-11", "2026-11-11"}, {});
    CHECK(first.visits_with_customer == 1);
    CHECK(first.be_back_visits == 0);
}

TEST_CASE("follow-ups due and done in the range, and the share that led to a sale") {
    Shop s;
    fill(s);
    const auto p = load_period_summary(s.c, {"2026-11-10", "2026-11-16"}, {});
    CHECK(p.follow_ups_due == 2);
    CHECK(p.follow_ups_done == 2);
    CHECK(p.follow_ups_bought == 1);
    CHECK(p.follow_up_sale_bp() == 5000);
}

TEST_CASE("per-salesperson results and the day-by-day trend") {
    Shop s;
    fill(s);
    const auto p = load_period_summary(s.c, {"2026-11-10", "2026-11-16"}, {});
    const auto* lan = person(p, 1);
    REQUIRE(lan != nullptr);
    CHECK(lan->name == "Lan");
    CHECK(lan->visits == 2);
    CHECK(lan->sold == 1);
    CHECK(lan->floor_revenue == 7'000);
    CHECK(lan->orders_delivered == 1);
    CHECK(lan->delivered_total == 50'000);
    CHECK(lan->revenue == 57'000);
    CHECK(lan->units == 2 - 1 + 3);
    CHECK(lan->orders_written == 1);
    CHECK(lan->written_total == 0);        // o3 written and cancelled in the range
    CHECK(lan->follow_ups_done == 2);
    CHECK(lan->follow_ups_bought == 1);
    const auto* hoa = person(p, 3);
    REQUIRE(hoa != nullptr);
    CHECK(hoa->orders_written == 2);
    CHECK(hoa->written_total == 27'000);
    CHECK(hoa->revenue == 0);
    CHECK(person(p, 2) == nullptr);        // the cashier only rang sales up

    REQUIRE(p.days.size() == 7);
    CHECK(p.days[0].day == "2026-11-10");
    CHECK(p.days[0].revenue == 10'000);
    CHECK(p.days[0].visits == 1);
    CHECK(p.days[0].sold == 1);
    CHECK(p.days[3].revenue == -3'000);
    CHECK(p.days[4].revenue == 50'000);
    CHECK(p.days[6].day == "2026-11-16");

    const auto totals = salesperson_totals(s.c, {"2026-11-10", "2026-11-16"});
    CHECK(totals.at(1).revenue == 57'000);
    CHECK(totals.at(1).units == 4);
}

TEST_CASE("the day summary's sections over a range, the cash count for one day only") {
    Shop s;
    fill(s);
    const auto r = load_range_summary(s.c, {"2026-11-10", "2026-11-16"}, {});
    CHECK(r.day == "2026-11-10..2026-11-16");
    CHECK(r.traffic.visits == 4);
    CHECK(r.sales_count == 1);
    CHECK(r.refund_count == 1);
    CHECK(r.revenue == 7'000);
    CHECK(r.items_sold == 2);
    CHECK_FALSE(r.cash.counted.has_value());
    CHECK(load_day_summary(s.c, "2026-11-10", {}).day == "2026-11-10");
    CHECK_THROWS_AS(load_range_summary(s.c, {"2026-11-16", "2026-11-10"}, {}), pos::Error);
    CHECK_THROWS_AS(load_period_summary(s.c, {"2026-11-10", "2026-11-32"}, {}), pos::Error);
}

TEST_CASE("targets are stored per month and salesperson, replaced when set again") {
    Shop s;
    set_target(s.c, {1, "2026-11", 500'000, 20, 3, 1});
    set_target(s.c, {1, "2026-11", 600'000, 25, 3, 2});
    set_target(s.c, {3, "2026-12", 1, 1, 3, 3});
    const auto rows = targets_for_month(s.c, "2026-11");
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].revenue == 600'000);
    CHECK(rows[0].units == 25);
    CHECK_THROWS_AS(set_target(s.c, {1, "2026-11", -1, 0, 3, 1}), pos::db::Error);
}

TEST_CASE("no period query reads a whole history table (EXPLAIN QUERY PLAN)") {
    Shop s;
    std::vector<std::string> queries = summary_queries();
    for (const std::string& q : period_queries()) queries.push_back(q);
    CHECK(queries.size() >= 20);
    for (const std::string& sql : queries) {
        auto st = s.c.prepare("EXPLAIN QUERY PLAN " + sql);
        std::string plan;
        while (st.step()) plan += st.get_text(3) + "\n";
        INFO(sql);
        INFO(plan);
        std::size_t pos = 0;
        while ((pos = plan.find("SCAN ", pos)) != std::string::npos) {
            const std::string line = plan.substr(pos, plan.find('\n', pos) - pos);
            const bool small_table = line == "SCAN staff" || line.rfind("SCAN settings", 0) == 0;
            const bool open_orders = line.find("USING INDEX orders_open_by_due") != std::string::npos;
            CHECK_MESSAGE((small_table || open_orders), line);
            pos += 5;
        }
    }
}
