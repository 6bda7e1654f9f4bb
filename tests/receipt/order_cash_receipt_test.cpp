// Order payments in cash with more handed over than the payment, through the service on a real
// store: the receipt each one queues, rendered as the print queue renders it, shows the cash
// handed over and the change.
#include <doctest/doctest.h>

#include <string>

#include "core/customer/customer_file.h"
#include "db/customers.h"
#include "db/print_jobs.h"
#include "receipt/job_renderer.h"
#include "receipt/receipt_test_data.h"
#include "service/admin_store.h"

using namespace pos;
using namespace receipt_test;

namespace {

// The text of the receipt a service outcome queued, printed on an 80 mm printer (48 columns).
std::string queued_receipt(test::AdminStore& st, const service::Outcome& out) {
    const auto* queued = out.find<service::event::PrintQueued>();
    REQUIRE(queued != nullptr);
    const auto job = db::get_print_job(*st.conn, queued->job);
    REQUIRE(job);
    CHECK(job->kind == "order_receipt");
    const escpos::Profile& profile = escpos::find_profile("epson-tm-t20");
    escpos::VirtualPrinter vp(profile, rasterizer());
    vp.feed(receipt::render_print_job(*st.conn, *job, profile));
    return vp.text();
}

// One 48-column row: `left`, then `right` at the right edge.
std::string row(const std::string& left, const std::string& right) {
    return left + std::string(48 - left.size() - right.size(), ' ') + right + "\n";
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("an order's deposit and balance paid with more cash: each receipt shows the cash handed over and the change") {
    use_utc();
    test::AdminStore st;
    CustomerFile file;
    file.name = "Trần Thị Mai";
    file.phone = "0903123456";
    const Id customer = db::insert_customer(*st.conn, file, st.clock.now());
    st.pos->apply(intent::Login{"Wei", "1234"});
    st.pos->apply(intent::AddItem{"SOFA-1", 1});  // ¥6,999.00

    // A ¥3,000.00 deposit paid with four ¥1,000 notes.
    intent::TakeOrder t;
    t.customer_id = customer;
    t.fulfilment = "pickup";
    t.day = "2026-12-18";
    t.window = "09:00-12:00";
    t.deposit = {false, 300000};
    t.tender = "cash";
    t.tendered = 400000;
    const service::Outcome taken = st.pos->apply(t);
    const std::string deposit = queued_receipt(st, taken);
    INFO(deposit);
    CHECK(has(deposit, "DEPOSIT RECEIPT"));
    CHECK(has(deposit, row("  Cash", "4,000.00")));
    CHECK(has(deposit, row("  Change", "1,000.00")));
    CHECK(has(deposit, "This payment\n3,000.00\n"));

    // The ¥3,999.00 balance with four ¥1,000 notes: ¥1.00 back.
    const std::int64_t no = taken.find<service::event::OrderTaken>()->order_no;
    const service::Outcome paid = st.pos->apply(intent::PayOrder{no, 399900, "cash", 400000, ""});
    const std::string final_receipt = queued_receipt(st, paid);
    INFO(final_receipt);
    CHECK(has(final_receipt, "FINAL RECEIPT - PAID IN FULL"));
    CHECK(has(final_receipt, row("  Cash", "4,000.00")));
    CHECK(has(final_receipt, row("  Change", "1.00")));
}
