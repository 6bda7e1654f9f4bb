// Special orders through the service's intents on a real store: the cart taken as an order with
// its deposit, balance payments, ready and hand-over, cancel with a refund and a manager, and the
// bad input that must store nothing (a balance payment above what is due, a past delivery day,
// an unknown customer or order, a deposit below the store's minimum).
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "db/customers.h"
#include "db/journal.h"
#include "db/orders.h"
#include "db/print_jobs.h"
#include "db/sales.h"
#include "service/admin_store.h"

using namespace pos;
using namespace pos::intent;
using pos::test::AdminStore;

namespace {

struct OrderStore : AdminStore {
    Id customer = 0;
    OrderStore() {
        CustomerFile f;
        f.name = "Trần Thị Mai";
        f.phone = "0903123456";
        customer = db::insert_customer(*conn, f, clock.now());
    }
    std::int64_t count(const char* table) {
        return conn->query_int64(std::string("SELECT count(*) FROM ") + table).value_or(-1);
    }
    void login(const char* who, const char* pin) { pos->apply(Login{who, pin}); }
    // A sofa in the cart, taken as a delivery on 2026-12-18 with `deposit`.
    TakeOrder order_of_sofa(DiscountSpec deposit) {
        TakeOrder t;
        t.customer_id = customer;
        t.day = "2026-12-18";
        t.window = "09:00-12:00";
        t.address = "12 Lê Lợi, Quận 1";
        t.deposit = deposit;
        return t;
    }
};

service::Refusal refused(service::PosService& pos, const Intent& i) {
    auto r = pos.try_apply(i);
    REQUIRE_MESSAGE(std::holds_alternative<service::Refusal>(r), "the intent was expected to be refused");
    return std::get<service::Refusal>(r);
}

}  // namespace

TEST_CASE("a cart taken as an order: deposit by percentage in cash, its receipt queued, the drawer counts it") {
    OrderStore st;
    st.login("Wei", "1234");
    st.pos->apply(AddItem{"SOFA-1", 2});
    TakeOrder t = st.order_of_sofa({true, 3000});
    t.to_order.push_back({1, "Natuzzi", "week 51"});
    t.tendered = 500000;
    const service::Outcome out = st.pos->apply(t);
    REQUIRE(out.find<service::event::OrderTaken>());
    const auto* paid = out.find<service::event::OrderPaid>();
    REQUIRE(paid);
    CHECK_FALSE(paid->paid_in_full);
    CHECK(out.find<service::event::PrintQueued>());
    CHECK_FALSE(out.find<service::event::DrawerRequested>());  // the receipt's pulse opens it, as for a sale
    CHECK(st.pos->cart().empty());

    const auto view = st.pos->order(out.find<service::event::OrderTaken>()->order_no);
    REQUIRE(view);
    CHECK(view->total == 1399800);
    CHECK(view->paid == 419940);  // 30 %
    CHECK(view->balance() == 979860);
    CHECK(view->state == OrderState::open);
    CHECK(view->customer_name == "Trần Thị Mai");
    REQUIRE(view->lines.size() == 1);
    CHECK(view->lines[0].to_order);
    CHECK(view->lines[0].supplier == "Natuzzi");
    REQUIRE(view->payments.size() == 1);
    CHECK(view->payments[0].kind == "deposit");
    CHECK(view->payments[0].tendered == 500000);
    CHECK(out.message.find("change") != std::string::npos);

    const auto job = db::get_print_job(*st.conn, out.find<service::event::PrintQueued>()->job);
    REQUIRE(job);
    CHECK(job->kind == "order_receipt");
    CHECK(job->order_payment_id != 0);
    CHECK(db::day_totals(*st.conn, "2026-11-20").cash == 419940);
    const report::DaySummary day = st.pos->day_summary("2026-11-20");  // the drawer expects the deposit; it is not revenue
    CHECK(day.cash.order_cash == 419940);
    CHECK(day.cash.expected == 20000 + 419940);
    CHECK(day.revenue == 0);
    CHECK(db::journal::verify(*st.conn).ok);
    CHECK(st.conn->query_int64("SELECT count(*) FROM journal WHERE kind IN ('order', 'order_payment')").value_or(0) == 2);
}

TEST_CASE("taking an order refuses bad input and stores nothing") {
    OrderStore st;
    st.login("Wei", "1234");
    st.pos->apply(AddItem{"SOFA-1", 1});
    SUBCASE("no customer") {
        TakeOrder t = st.order_of_sofa({true, 3000});
        t.customer_id = 0;
        CHECK(refused(*st.pos, t).detail.find("needs a customer") != std::string::npos);
    }
    SUBCASE("an unknown customer") {
        TakeOrder t = st.order_of_sofa({true, 3000});
        t.customer_id = 4242;
        CHECK(refused(*st.pos, t).code == Errc::not_found);
    }
    SUBCASE("a delivery day in the past") {
        TakeOrder t = st.order_of_sofa({true, 3000});
        t.day = "2026-11-19";
        CHECK(refused(*st.pos, t).detail.find("in the past") != std::string::npos);
    }
    SUBCASE("a delivery without an address") {
        TakeOrder t = st.order_of_sofa({true, 3000});
        t.address = "  ";
        CHECK(refused(*st.pos, t).detail.find("address") != std::string::npos);
    }
    SUBCASE("a deposit below the store's minimum (30 % by default)") {
        CHECK(refused(*st.pos, st.order_of_sofa({true, 2000})).detail.find("below the store's minimum") != std::string::npos);
    }
    SUBCASE("a card deposit without its approval code") {
        TakeOrder t = st.order_of_sofa({false, 300000});
        t.tender = "card";
        CHECK(refused(*st.pos, t).detail.find("approval code") != std::string::npos);
    }
    SUBCASE("a line to order without a supplier") {
        TakeOrder t = st.order_of_sofa({true, 3000});
        t.to_order.push_back({1, " ", ""});
        CHECK(refused(*st.pos, t).detail.find("supplier") != std::string::npos);
    }
    CHECK(st.count("orders") == 0);
    CHECK(st.count("order_payments") == 0);
    CHECK(st.count("print_jobs") == 0);
    CHECK_FALSE(st.pos->cart().empty());  // the cart is kept for a second try
}

TEST_CASE("balance payments: never above what is due; paid in full, ready, then handed over") {
    OrderStore st;
    st.login("Wei", "1234");
    st.pos->apply(AddItem{"SOFA-1", 1});
    TakeOrder t = st.order_of_sofa({false, 300000});
    t.fulfilment = "pickup";
    t.address.clear();
    const std::int64_t no = st.pos->apply(t).find<service::event::OrderTaken>()->order_no;

    const auto before = st.count("order_payments");
    const auto r = refused(*st.pos, PayOrder{no, 399901, "cash", 0, ""});
    CHECK(r.detail.find("above the balance due") != std::string::npos);
    CHECK(st.count("order_payments") == before);
    CHECK(refused(*st.pos, PayOrder{no, 0, "cash", 0, ""}).code == Errc::invalid_input);
    CHECK(refused(*st.pos, PayOrder{999, 100, "cash", 0, ""}).code == Errc::not_found);
    CHECK(refused(*st.pos, HandOverOrder{no}).code == Errc::invalid_state);  // not ready yet

    auto restarted = st.reopen();  // the order lives in the store, not in the session
    restarted->apply(Login{"Wei", "1234"});
    const auto part = restarted->apply(PayOrder{no, 100000, "card", 0, "AUTH77"});
    CHECK_FALSE(part.find<service::event::OrderPaid>()->paid_in_full);
    restarted->apply(MarkOrderReady{no});
    CHECK(refused(*restarted, HandOverOrder{no}).detail.find("still due") != std::string::npos);
    const auto rest = restarted->apply(PayOrder{no, 299900, "cash", 300000, ""});
    CHECK(rest.find<service::event::OrderPaid>()->paid_in_full);
    restarted->apply(HandOverOrder{no});
    const auto v = restarted->order(no);
    REQUIRE(v);
    CHECK(v->state == OrderState::picked_up);
    CHECK(v->balance() == 0);
    CHECK(v->payments.size() == 3);
    CHECK(refused(*restarted, PayOrder{no, 1, "cash", 0, ""}).code == Errc::invalid_state);
    CHECK(restarted->open_orders(10).empty());
}

TEST_CASE("cancelling an order with money taken needs a manager and refunds through the refund tender, all journaled") {
    OrderStore st;
    st.login("Wei", "1234");
    st.pos->apply(AddItem{"SOFA-1", 1});
    const std::int64_t no = st.pos->apply(st.order_of_sofa({true, 5000})).find<service::event::OrderTaken>()->order_no;

    const auto r = refused(*st.pos, CancelOrder{no, "changed their mind", "cash", "", std::nullopt});
    CHECK(r.needs_approval());
    CHECK(st.pos->order(no)->state == OrderState::open);
    CHECK(refused(*st.pos, CancelOrder{no, "x", "cash", "", ManagerApproval{"Olga", "0000", "ok"}}).cause == Cause::wrong_pin);
    CHECK(refused(*st.pos, CancelOrder{no, "x", "voucher", "", ManagerApproval{"Olga", "9999", "ok"}}).code == Errc::invalid_input);

    const auto out = st.pos->apply(CancelOrder{no, "changed their mind", "cash", "", ManagerApproval{"Olga", "9999", "customer moved"}});
    const auto* changed = out.find<service::event::OrderChanged>();
    REQUIRE(changed);
    CHECK(changed->what == service::event::OrderChange::cancelled);
    CHECK(out.find<service::event::PrintQueued>());
    const auto v = st.pos->order(no);
    CHECK(v->state == OrderState::cancelled);
    CHECK(v->paid == 0);
    REQUIRE(v->payments.size() == 2);
    CHECK(v->payments[1].kind == "refund");
    CHECK(v->payments[1].amount == -349950);
    CHECK(db::day_totals(*st.conn, "2026-11-20").cash == 0);  // in and out of the drawer
    CHECK(st.conn->query_int64("SELECT count(*) FROM journal WHERE kind = 'override'").value_or(0) == 1);
    CHECK(st.conn->query_int64("SELECT count(*) FROM journal WHERE kind = 'order_state'").value_or(0) == 1);
    CHECK(db::journal::verify(*st.conn).ok);
    CHECK(refused(*st.pos, CancelOrder{no, "", "cash", "", std::nullopt}).code == Errc::invalid_state);
}

TEST_CASE("an order from a linked visit sells the visit and credits its salesperson; the dispatch list shows it") {
    OrderStore st;
    st.login("Lan", "1111");
    const Id visit = st.pos->apply(StartVisit{}).id;
    st.pos->apply(Logout{});
    st.login("Wei", "1234");
    st.pos->apply(LinkVisit{VisitRef{visit, {}}});
    st.pos->apply(AddItem{"SOFA-1", 1});
    const auto out = st.pos->apply(st.order_of_sofa({true, 3000}));
    CHECK(st.pos->find_visit(visit) == nullptr);  // closed
    CHECK(st.conn->query_text("SELECT outcome FROM visits WHERE id = " + std::to_string(visit)).value_or("") == "sold");
    const auto o = db::load_order(*st.conn, out.id);
    REQUIRE(o);
    CHECK(o->visit_id == visit);
    CHECK(o->staff_id == st.conn->query_int64("SELECT id FROM staff WHERE name = 'Lan'").value_or(0));
    const auto list = st.pos->dispatch_list("2026-12-18");
    REQUIRE(list.size() == 1);
    CHECK(list[0].address == "12 Lê Lợi, Quận 1");
    CHECK(list[0].lines.size() == 1);
    CHECK(st.pos->dispatch_list("2026-12-19").empty());
    const auto print = st.pos->apply(PrintDispatch{"2026-12-18"});
    REQUIRE(print.find<service::event::PagePrintRequested>());
    CHECK(print.find<service::event::PagePrintRequested>()->page == service::event::PageKind::dispatch);
    CHECK(refused(*st.pos, PrintDispatch{"18.12.2026"}).code == Errc::invalid_input);
}

TEST_CASE("the store's deposit minimum is a setting: a share and an amount, the larger applies") {
    OrderStore st;
    st.login("Olga", "9999");
    UpdateSettings u;
    u.deposit_min_bp = 1000;
    u.deposit_min_amount = 200000;
    st.pos->apply(u);
    CHECK(st.pos->settings().deposit.minimum_for(699900) == 200000);
    UpdateSettings bad;
    bad.deposit_min_bp = 10001;
    CHECK(refused(*st.pos, bad).code == Errc::invalid_input);
    st.pos->apply(AddItem{"SOFA-1", 1});
    CHECK(refused(*st.pos, st.order_of_sofa({false, 199999})).detail.find("below the store's minimum") != std::string::npos);
    CHECK(st.pos->apply(st.order_of_sofa({false, 200000})).find<service::event::OrderTaken>());
}

TEST_CASE("a customer's page lists their orders; merging customers moves the orders with the rest") {
    OrderStore st;
    CustomerFile dup;
    dup.name = "Mai Tran";
    dup.phone = "0903123456";  // the same customer typed twice
    const Id other = db::insert_customer(*st.conn, dup, st.clock.now());
    st.login("Wei", "1234");
    st.pos->apply(AddItem{"SOFA-1", 1});
    TakeOrder t = st.order_of_sofa({true, 3000});
    t.customer_id = other;
    const std::int64_t no = st.pos->apply(t).find<service::event::OrderTaken>()->order_no;
    const auto before = st.pos->customer_history(other, 50);
    REQUIRE(before);
    REQUIRE(before->orders.size() == 1);
    CHECK(before->orders[0].order_no == no);
    CHECK(st.pos->customer_history(st.customer, 50)->orders.empty());

    st.pos->apply(Logout{});
    st.login("Olga", "9999");
    st.pos->apply(MergeCustomers{st.customer, other});
    const auto after = st.pos->customer_history(st.customer, 50);
    REQUIRE(after);
    REQUIRE(after->orders.size() == 1);
    CHECK(after->orders[0].order_no == no);
    CHECK(st.pos->order(no)->customer_id == st.customer);
}
