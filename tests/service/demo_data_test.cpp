// The demo store (issue #10): besides visits and sales, it has customer files in the staff
// languages, be-back visits, follow-ups with results, special orders open and delivered (and a
// few cancelled), and the salespeople's monthly targets; what DemoReport counts is what the
// store holds, read back through the service's read models and the period summary.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/journal.h"
#include "service/demo_data.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "support/temp_dir.h"

using namespace pos;

namespace {

bool has_code_point_in(const std::string& s, char32_t lo, char32_t hi) {
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        char32_t cp = c;
        std::size_t n = 1;
        if (c >= 0xF0) cp = c & 0x07u, n = 4;
        else if (c >= 0xE0) cp = c & 0x0Fu, n = 3;
        else if (c >= 0xC0) cp = c & 0x1Fu, n = 2;
        for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
        if (cp >= lo && cp <= hi) return true;
        i += n;
    }
    return false;
}

std::int64_t count(db::Connection& conn, const std::string& sql) {
    auto st = conn.prepare(sql);
    REQUIRE(st.step());
    return st.get_int64(0);
}

// A new store with the settings the demo data is generated for (closed again).
void create_demo_store(const std::string& path) {
    service::StoreSettings s;
    s.store_name = "Demo";
    s.currency_code = "CNY";
    s.profile = "furniture";
    service::save_settings(service::create_store(path), s);
}

service::ServiceOptions options() {
    service::ServiceOptions o;
    o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
    o.pin_cost = PinCost::minimum();
    return o;
}

}  // namespace

TEST_CASE("the demo store has customers, be-backs, follow-ups with results, open and delivered orders, and targets") {
    setenv("TZ", "UTC", 1);
    tzset();
    testsupport::TempDir dir{"pos-demo"};
    const std::string path = (dir.path() / "demo.db").string();
    create_demo_store(path);
    service::Store opened = service::open_store(path);
    db::Connection& conn = opened.connection();
    service::DemoOptions o;
    o.days = 45;
    o.seed = 7;
    o.end_day = "2026-11-20";
    const service::DemoReport r = service::generate_demo_data(conn, o);
    CHECK(r.days_closed == 45);
    CHECK(r.visits > 45 * 10);
    CHECK(r.sales > 0);

    // What the report counts is in the store.
    CHECK(r.customers > 50);
    CHECK(count(conn, "SELECT COUNT(*) FROM customers") == r.customers);
    CHECK(r.be_backs > 0);
    CHECK(count(conn, "SELECT COUNT(*) FROM journal WHERE kind = 'customer_link'") == r.be_backs);
    CHECK(r.follow_ups > 0);
    CHECK(count(conn, "SELECT COUNT(*) FROM follow_ups") == r.follow_ups);
    CHECK(r.follow_up_results > 0);
    CHECK(count(conn, "SELECT COUNT(*) FROM follow_ups WHERE result IS NOT NULL") == r.follow_up_results);
    CHECK(count(conn, "SELECT COUNT(*) FROM follow_ups WHERE result = 'new_appointment'") > 0);  // appointments chain
    CHECK(r.orders_taken > 0);
    CHECK(count(conn, "SELECT COUNT(*) FROM orders") == r.orders_taken);
    CHECK(r.orders_delivered > 0);
    CHECK(count(conn, "SELECT COUNT(*) FROM orders WHERE state IN ('delivered', 'picked_up')") == r.orders_delivered);
    CHECK(r.orders_cancelled > 0);
    CHECK(count(conn, "SELECT COUNT(*) FROM orders WHERE state = 'cancelled'") == r.orders_cancelled);
    CHECK(count(conn, "SELECT COUNT(*) FROM orders WHERE state IN ('open', 'ready')") ==
          r.orders_taken - r.orders_delivered - r.orders_cancelled);
    CHECK(r.targets_set == 3 * 2);  // three floor staff, October and November
    CHECK(db::journal::verify(conn).ok);

    // Names in the staff languages: Chinese, Russian, Vietnamese, each with a phone.
    {
        bool zh = false, ru = false, vi = false;
        auto st = conn.prepare("SELECT name, phone FROM customers");
        while (st.step()) {
            const std::string name = st.get_text(0);
            CHECK(!st.get_text(1).empty());
            zh = zh || has_code_point_in(name, 0x4E00, 0x9FFF);
            ru = ru || has_code_point_in(name, 0x0400, 0x04FF);
            vi = vi || has_code_point_in(name, 0x1EA0, 0x1EF9) || has_code_point_in(name, 0x0110, 0x0111);
        }
        CHECK(zh);
        CHECK(ru);
        CHECK(vi);
    }

    // Through the service, as the pages read them.
    ManualClock clock(*parse_local_datetime("2026-11-20T20:00:00"));
    service::PosService pos(conn, clock, options());
    pos.apply(intent::Login{"Ольга", "9999"});
    const report::PeriodSummary p = pos.period_summary("2026-10-07", "2026-11-20");
    CHECK(p.visits_with_customer > 0);
    CHECK(p.be_back_visits > 0);
    CHECK(p.be_back_bp() > 0);
    CHECK(p.follow_ups_due > 0);
    CHECK(p.follow_ups_done > 0);
    CHECK(p.orders_written == r.orders_taken);
    CHECK(p.orders_delivered == r.orders_delivered);
    CHECK(p.deposit_count == r.orders_taken);
    CHECK(p.open_orders == r.orders_taken - r.orders_delivered - r.orders_cancelled);
    CHECK(p.open_orders > 0);
    CHECK(!pos.open_orders(100).empty());
    {
        const service::FollowUpBoard board = pos.team_follow_ups();
        CHECK(board.overdue.size() + board.today.size() + board.upcoming.size() > 0);
    }

    const auto progress = pos.target_progress("2026-11");
    const auto with_target = std::count_if(progress.begin(), progress.end(), [](const service::TargetProgress& t) {
        return t.has_target && t.role == Role::floor && t.revenue_target > 0 && t.units_target > 0;
    });
    CHECK(with_target == 3);

    // A be-back customer's file, found by its phone.
    auto st = conn.prepare("SELECT customer_id FROM visits WHERE customer_id IS NOT NULL GROUP BY customer_id HAVING COUNT(*) > 1 LIMIT 1");
    REQUIRE(st.step());
    const auto file = pos.customer(st.get_int64(0));
    REQUIRE(file);
    const auto found = pos.find_customers(file->phone.substr(file->phone.size() - 6));
    CHECK(std::any_of(found.begin(), found.end(), [&](const service::CustomerMatch& m) { return m.customer.id == file->id; }));

    // Reproducible: the same seed gives the same counts.
    testsupport::TempDir dir2{"pos-demo2"};
    const std::string path2 = (dir2.path() / "demo.db").string();
    create_demo_store(path2);
    service::Store opened2 = service::open_store(path2);
    db::Connection& conn2 = opened2.connection();
    const service::DemoReport r2 = service::generate_demo_data(conn2, o);
    CHECK(r2.customers == r.customers);
    CHECK(r2.be_backs == r.be_backs);
    CHECK(r2.follow_up_results == r.follow_up_results);
    CHECK(r2.orders_taken == r.orders_taken);
    CHECK(r2.orders_delivered == r.orders_delivered);
}
