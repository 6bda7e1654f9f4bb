// The service on a real temporary store: sessions, lockout, restart recovery of open visits and
// held carts, and the guards that keep a paid-for cart consistent.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>

#include "core/common/error.h"
#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/journal.h"
#include "db/print_jobs.h"
#include "db/visits.h"
#include "db/sales.h"
#include "db/staff.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace fs = std::filesystem;
using namespace pos;
using namespace pos::intent;

namespace {

class Store {
public:
    Store() : clock(*parse_local_datetime("2026-11-20T10:00:00")) {
        setenv("TZ", "UTC", 1);
        char tmpl[] = "/tmp/pos-service-XXXXXX";
        dir_ = mkdtemp(tmpl);
        {
            service::Store opened = service::create_store(path());
            db::Connection& conn = opened.connection();
            service::StoreSettings s;
            s.store_name = "Test";
            s.currency_code = "CNY";
            s.profile = "furniture";
            service::save_settings(conn, s);
            db::add_staff(conn, "Lan", "floor", hash_pin("1111", PinCost::minimum()), 0);
            db::add_staff(conn, "Wei", "cashier", hash_pin("1234", PinCost::minimum()), 0);
            db::add_staff(conn, "Olga", "manager", hash_pin("9999", PinCost::minimum()), 0);
            db::ProductRow p;
            p.sku = "SOFA-1";
            p.name = "Sofa";
            p.price = 699900;
            p.tax_rate_bp = 1300;
            p.barcodes = {"06901234567892"};
            db::upsert_products(conn, std::span<const db::ProductRow>(&p, 1));
        }
    }
    ~Store() {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    std::string path() const { return (dir_ / "store.db").string(); }

    // A fresh process: a new connection and a new service on the same file.
    struct Session {
        service::Store store;
        db::Connection& conn;
        service::PosService pos;
        Session(const std::string& path, const Clock& clock)
            : store(service::open_store(path)), conn(store.connection()), pos(conn, clock, options()) {}
        static service::ServiceOptions options() {
            service::ServiceOptions o;
            o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
            o.pin_cost = PinCost::minimum();
            return o;
        }
    };
    std::unique_ptr<Session> open() { return std::make_unique<Session>(path(), clock); }

    ManualClock clock;

private:
    fs::path dir_;
};

Errc refusal(service::PosService& pos, const Intent& i) {
    try {
        pos.apply(i);
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("the intent was not refused");
    return Errc::io;
}

}  // namespace

TEST_CASE("nothing happens before login, and a wrong PIN is refused") {
    Store store;
    auto s = store.open();
    CHECK(refusal(s->pos, StartVisit{}) == Errc::permission_denied);
    CHECK(refusal(s->pos, Login{"Lan", "0000"}) == Errc::permission_denied);
    CHECK(refusal(s->pos, Login{"Nobody", "1111"}) == Errc::permission_denied);
    CHECK_FALSE(s->pos.user().has_value());
    s->pos.apply(Login{"Lan", "1111"});
    REQUIRE(s->pos.user().has_value());
    CHECK(s->pos.user()->role == Role::floor);
}

TEST_CASE("five wrong PINs lock the person, also across a restart, until the lock expires") {
    Store store;
    {
        auto s = store.open();
        for (int k = 0; k < 4; ++k) CHECK(refusal(s->pos, Login{"Wei", "0000"}) == Errc::permission_denied);
        CHECK(refusal(s->pos, Login{"Wei", "0000"}) == Errc::locked_out);
    }
    auto s = store.open();
    CHECK(refusal(s->pos, Login{"Wei", "1234"}) == Errc::locked_out);  // even the right PIN
    store.clock.advance(5 * 60 * 1000);
    s->pos.apply(Login{"Wei", "1234"});
    CHECK(s->pos.user()->name == "Wei");
}

TEST_CASE("open visits survive a restart with their timeline, and can be finished afterwards") {
    Store store;
    Id id = 0;
    {
        auto s = store.open();
        s->pos.apply(Login{"Lan", "1111"});
        id = s->pos.apply(StartVisit{2, "walk_in", "", "v"}).id;
        store.clock.advance(60000);
        s->pos.apply(EnterStage{{id, ""}, "needs"});
        s->pos.apply(SetNeed{{id, ""}, "use", "living_room"});
        s->pos.apply(RecordSignal{{id, ""}, "asks_price"});
        s->pos.apply(RaiseObjection{{id, ""}, "price"});
        s->pos.apply(ClosingAttempt{{id, ""}, "narrow_choice", false});
    }
    auto s = store.open();  // power cut, restart
    const Visit* v = s->pos.find_visit(id);
    REQUIRE(v != nullptr);
    CHECK(v->current_stage() == "needs");
    CHECK(v->needs().get(NeedField::use).option == "living_room");
    CHECK(v->objections().size() == 1);
    CHECK(v->timeline().size() == 5);  // greeting, needs, signal, objection, closing
    s->pos.apply(Login{"Lan", "1111"});
    store.clock.advance(60000);
    s->pos.apply(ResolveObjection{{id, ""}, "price"});
    CHECK(refusal(s->pos, EndVisitLost{{id, ""}, ""}) == Errc::invalid_input);  // a reason is required
    s->pos.apply(EndVisitLost{{id, ""}, "price_too_high"});
    CHECK(s->pos.find_visit(id) == nullptr);
    auto again = store.open();
    CHECK(again->pos.open_visits().empty());
}

TEST_CASE("a held cart survives a restart and can be recalled and paid") {
    Store store;
    {
        auto s = store.open();
        s->pos.apply(Login{"Wei", "1234"});
        s->pos.apply(Scan{"6901234567892"});
        s->pos.apply(HoldCart{"Mr Nguyen"});
        CHECK(s->pos.cart().empty());
    }
    auto s = store.open();
    REQUIRE(s->pos.held_carts().size() == 1);
    const Id held = s->pos.held_carts().list().front().id;
    CHECK(s->pos.held_carts().list().front().label == "Mr Nguyen");
    s->pos.apply(Login{"Wei", "1234"});
    s->pos.apply(RecallCart{held});
    CHECK(s->pos.cart().lines().size() == 1);
    s->pos.apply(AddTender{"cash", 699900, 700000, ""});
    const auto paid = s->pos.apply(CompleteSale{});
    CHECK(paid.receipt_no == 1);
    auto after = store.open();
    CHECK(after->pos.held_carts().size() == 0);
}

TEST_CASE("the cart cannot change once tenders are taken, and a card needs its approval code") {
    Store store;
    auto s = store.open();
    s->pos.apply(Login{"Wei", "1234"});
    s->pos.apply(Scan{"6901234567892"});
    CHECK(refusal(s->pos, AddTender{"card", 100000, 100000, ""}) == Errc::invalid_input);
    s->pos.apply(AddTender{"card", 100000, 100000, "A1"});
    CHECK(refusal(s->pos, Scan{"6901234567892"}) == Errc::invalid_state);
    CHECK(refusal(s->pos, VoidCart{}) == Errc::invalid_state);
    CHECK(refusal(s->pos, CompleteSale{}) == Errc::invalid_state);  // 5999.00 still due
    s->pos.apply(RemoveTender{1});
    s->pos.apply(VoidCart{});
    CHECK(s->pos.cart().empty());
    CHECK(db::last_receipt_no(s->conn) == 0);
    CHECK(db::journal::verify(s->conn).ok);
}

TEST_CASE("floor staff cannot void or refund without a manager, and the approval is recorded") {
    Store store;
    auto s = store.open();
    s->pos.apply(Login{"Wei", "1234"});
    s->pos.apply(Scan{"6901234567892"});
    s->pos.apply(AddTender{"cash", 699900, 699900, ""});
    s->pos.apply(CompleteSale{});
    s->pos.apply(Login{"Lan", "1111"});
    s->pos.apply(Scan{"6901234567892"});
    CHECK(refusal(s->pos, RemoveLine{1, std::nullopt}) == Errc::permission_denied);
    CHECK(refusal(s->pos, RemoveLine{1, ManagerApproval{"Wei", "1234", "mistake"}}) == Errc::permission_denied);  // not a manager
    s->pos.apply(RemoveLine{1, ManagerApproval{"Olga", "9999", "scanned twice"}});
    CHECK(refusal(s->pos, Refund{1, {}, "cash", "", std::nullopt}) == Errc::permission_denied);
    const auto r = s->pos.apply(Refund{1, {}, "cash", "", ManagerApproval{"Olga", "9999", "damaged"}});
    CHECK(r.receipt_no == 2);
    const auto refund = db::load_sale(s->conn, r.id);
    REQUIRE(refund.has_value());
    CHECK(refund->total == -699900);
    REQUIRE(refund->overrides.size() == 1);
    CHECK(refund->overrides[0].approved_by == 3);
    CHECK(refund->overrides[0].reason == "damaged");
    CHECK(refusal(s->pos, Refund{1, {}, "cash", "", ManagerApproval{"Olga", "9999", "again"}}) == Errc::invalid_state);
    CHECK(db::journal::verify(s->conn).ok);
}

TEST_CASE("Retry resumes a failed print job from the byte where it stopped; Skip gives up") {
    Store store;
    auto s = store.open();
    s->pos.apply(Login{"Wei", "1234"});
    s->pos.apply(Scan{"6901234567892"});
    s->pos.apply(AddTender{"card", 699900, 699900, "A1"});
    const auto paid = s->pos.apply(CompleteSale{});
    const auto jobs = db::list_print_jobs(s->conn, "pending");
    REQUIRE(jobs.size() == 1);
    const Id job = jobs[0].id;
    CHECK(refusal(s->pos, RetryPrint{job}) == Errc::invalid_state);  // not failed
    db::set_print_payload(s->conn, job, std::vector<std::uint8_t>(10000, 0x20), 0);
    db::mark_print_printing(s->conn, job, 0);
    db::update_print_progress(s->conn, job, 4096, 0);
    db::mark_print_failed(s->conn, job, "paper out", 0);
    s->pos.apply(RetryPrint{job});
    auto row = db::get_print_job(s->conn, job);
    REQUIRE(row.has_value());
    CHECK(row->status == "pending");
    CHECK(row->bytes_sent == 4096);  // resumes, never restarts
    REQUIRE(row->payload.has_value());
    CHECK(row->payload->size() == 10000);
    db::mark_print_printing(s->conn, job, 0);
    db::mark_print_failed(s->conn, job, "cover open", 0);
    s->pos.apply(SkipPrint{job, "customer left"});
    CHECK(db::get_print_job(s->conn, job)->status == "skipped");
    CHECK(refusal(s->pos, RetryPrint{9999}) == Errc::not_found);
    (void)paid;
}

TEST_CASE("a refused visit start leaves no half-written visit behind") {
    Store store;
    auto s = store.open();
    s->pos.apply(Login{"Lan", "1111"});
    CHECK(refusal(s->pos, StartVisit{0, "walk_in", "", ""}) == Errc::invalid_input);
    CHECK(refusal(s->pos, StartVisit{100, "walk_in", "", ""}) == Errc::invalid_input);
    CHECK(db::list_open_visits(s->conn).empty());
    CHECK(s->pos.open_visits().empty());
}
