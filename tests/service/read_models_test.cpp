// The service's read models: what the pages read from the store without a database connection
// (catalog pages, categories, search, receipts, print jobs, staff, customers, the day).
#include <doctest/doctest.h>

#include "db/catalog.h"
#include "db/day_closings.h"
#include "db/print_jobs.h"
#include "db/staff.h"
#include "db/customers.h"
#include "db/visits.h"
#include "service/admin_store.h"

using namespace pos;
using pos::test::AdminStore;

namespace {

db::ProductRow product(const std::string& sku, const std::string& category, bool active = true) {
    db::ProductRow p;
    p.sku = sku;
    p.name = "Chair " + sku;
    p.price = 19900;
    p.tax_rate_bp = 600;
    p.category = category;
    p.active = active;
    return p;
}

std::vector<std::string> skus(const std::vector<ProductInfo>& v) {
    std::vector<std::string> out;
    for (const auto& p : v) out.push_back(p.sku);
    return out;
}

}  // namespace

TEST_CASE("the catalog is read by category a page at a time; products without one come last") {
    AdminStore st;  // SOFA-1 has no category
    std::vector<db::ProductRow> rows{product("C1", "Chairs"), product("C2", "Chairs"), product("C3", "Chairs", false),
                                     product("C4", "Chairs"), product("C5", "Chairs"), product("L1", "Lamps", false)};
    db::upsert_products(*st.conn, rows);
    const service::PosService& pos = *st.pos;
    CHECK(pos.categories() == std::vector<std::string>{"Chairs", ""});  // Lamps: nothing active

    const service::ProductPage first = pos.products_page("Chairs", 0, 2);
    CHECK(skus(first.products) == std::vector<std::string>{"C1", "C2"});
    CHECK(first.more);
    CHECK(first.products[0].list_price == 19900);
    CHECK(first.products[0].tax_rate_bp == 600);
    CHECK(first.products[0].name == "Chair C1");
    const service::ProductPage second = pos.products_page("Chairs", first.products.back().product_id, 2);
    CHECK(skus(second.products) == std::vector<std::string>{"C4", "C5"});  // C3 is inactive
    CHECK_FALSE(second.more);                                              // exactly two were left
    CHECK(skus(pos.products_page("", 0, 10).products) == std::vector<std::string>{"SOFA-1"});
    CHECK(pos.products_page("Chairs", 0, 0).products.empty());

    CHECK(skus(pos.search_products("chair", 10)) == std::vector<std::string>{"C1", "C2", "C4", "C5"});
    CHECK(skus(pos.search_products("chair", 3)) == std::vector<std::string>{"C1", "C2", "C4"});
    CHECK(skus(pos.search_products("06901234567892", 10)) == std::vector<std::string>{"SOFA-1"});
    CHECK(pos.search_products("", 10).empty());
    CHECK(pos.product_count() == 7);  // inactive ones too: the catalog page counts what is stored
    CHECK(pos.catalog_characters().empty());  // every name is ASCII
}

TEST_CASE("staff are read as service values with their role") {
    AdminStore st;
    const auto lan = st.pos->staff();
    REQUIRE(lan.size() == 3);
    CHECK(lan[0].name == "Lan");
    CHECK(lan[0].role == Role::floor);
    CHECK(lan[1].name == "Olga");
    CHECK(lan[1].role == Role::manager);
    CHECK(lan[2].role == Role::cashier);
    db::set_staff_active(*st.conn, lan[0].id, false);
    CHECK(st.pos->staff().size() == 2);
    const auto all = st.pos->staff(true);
    REQUIRE(all.size() == 3);
    CHECK_FALSE(all[0].active);
}

TEST_CASE("a receipt, its print job, a customer and the day read back through the service") {
    AdminStore st;
    service::PosService& pos = *st.pos;
    pos.apply(intent::Login{"Wei", "1234"});
    pos.apply(intent::Scan{"06901234567892"});
    pos.apply(intent::AddTender{"cash", 699900, 700000, ""});
    const std::int64_t receipt = pos.apply(intent::CompleteSale{}).receipt_no;
    REQUIRE(receipt > 0);

    const auto r = pos.find_receipt(receipt);
    REQUIRE(r);
    CHECK(r->receipt_no == receipt);
    CHECK_FALSE(r->refund);
    CHECK(r->currency == "CNY");
    CHECK(r->total == 699900);
    CHECK(r->change_given == 100);
    CHECK(r->paid_in_cash);
    REQUIRE(r->lines.size() == 1);
    CHECK(r->lines[0].line_no == 1);
    CHECK(r->lines[0].name == "Sofa");
    CHECK(r->lines[0].qty == 1);
    CHECK(r->lines[0].refunded_qty == 0);
    CHECK(r->lines[0].unit_price == 699900);
    CHECK_FALSE(pos.find_receipt(receipt + 1));

    REQUIRE(pos.last_commit());
    const Id job = pos.last_commit()->print_job_id;
    auto state = pos.print_job_state(job);
    REQUIRE(state);
    CHECK(state->status == service::PrintJobStatus::pending);
    CHECK(state->waiting());
    db::mark_print_printing(*st.conn, job, 1);
    db::mark_print_failed(*st.conn, job, "paper out", 2);
    state = pos.print_job_state(job);
    REQUIRE(state);
    CHECK(state->status == service::PrintJobStatus::failed);
    CHECK(state->error == "paper out");
    CHECK_FALSE(state->waiting());
    CHECK_FALSE(pos.print_job_state(job + 100));

    CustomerFile c;
    c.name = "Li Wei";
    const Id customer = db::insert_customer(*st.conn, c, 5);
    CHECK(pos.customer_name(customer) == "Li Wei");
    CHECK_FALSE(pos.customer_name(customer + 1));

    CHECK(pos.day_summary("2026-11-20").sales_count == 1);
    CHECK(pos.day_summary("2026-11-19").sales_count == 0);
    CHECK_FALSE(pos.day_closing("2026-11-20"));
    db::DayClosingRow close;
    close.day = "2026-11-20";
    close.closed_by = 3;
    close.closed_at = 5;
    close.cash_expected = 719900;
    close.cash_counted = 719800;
    close.variance = -100;
    db::insert_day_closing(*st.conn, close);
    const auto closing = pos.day_closing("2026-11-20");
    REQUIRE(closing);
    CHECK(closing->cash_expected == 719900);
    CHECK(closing->cash_counted == 719800);
    CHECK(closing->variance == -100);
    CHECK(pos.store_path() == st.path());
}
