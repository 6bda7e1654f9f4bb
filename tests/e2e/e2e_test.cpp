// End-to-end in a real X server: the real binary on the embedded demo store, driven by taps and
// typed scans through xdotool; the database is checked afterwards with the CLI (summary JSON,
// journal verify). Screenshots of every screen go to POS_E2E_SHOTS_DIR (test artifacts).
#include <doctest/doctest.h>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <functional>
#include <sstream>
#include <vector>
#include <string>
#include <thread>

#include <nlohmann/json.hpp>

#include "e2e/x_app.h"
#include "support/pos_binary.h"
#include "support/temp_dir.h"

namespace {

using pos::e2e::App;
using pos::e2e::XServer;
using pos::testsupport::quote;

const char* const kLangs[] = {"en", "zh_CN", "zh_TW", "ru", "vi"};

std::string shot(const std::string& name) {
    std::filesystem::create_directories(POS_E2E_SHOTS_DIR);
    return std::string(POS_E2E_SHOTS_DIR) + "/" + name + ".png";
}

// Demo staff (README): 1 王芳 floor 1111, 4 陳美玲 cashier 4444, 6 Ольга manager 9999.
void login(App& app, int staff_id, const std::string& pin) {
    app.wait_for("login", "login/staff/" + std::to_string(staff_id));
    app.tap("login/staff/" + std::to_string(staff_id));
    for (char d : pin) app.tap(std::string("login/pin/key/") + d);
    app.tap("login/pin/key/ok");
}

void lock(App& app) {
    app.tap("nav/lock");
    app.wait_for("login");
}

// Polls `done` every 100 ms for up to 20 s (a liveness bound, not a speed check).
bool eventually(const std::function<bool()>& done) {
    for (int i = 0; i < 200; ++i) {
        if (done()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return done();
}

std::string today() {
    const std::time_t t = std::time(nullptr);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
    return buf;
}

struct Store {
    pos::testsupport::TempDir dir{"pos-e2e"};
    std::string db() const { return dir.file("showroom-pos/demo.db"); }
    nlohmann::json summary_today() const {
        const auto r = pos::testsupport::run_pos(dir.path(), "summary --db " + quote(db()) + " --date " + today() + " --format json");
        REQUIRE_MESSAGE(r.code == 0, r.err);
        return nlohmann::json::parse(r.out);
    }
};

// The first barcode of the first product in the store's catalog export that has one.
std::string some_barcode(const Store& store) {
    const auto r = pos::testsupport::run_pos(store.dir.path(), "catalog export --db " + quote(store.db()));
    REQUIRE_MESSAGE(r.code == 0, r.err);
    std::istringstream in(r.out);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        // sku,name,price,tax_rate,barcodes,category (demo names have no commas or quotes)
        std::vector<std::string> f;
        std::stringstream fs(line);
        for (std::string x; std::getline(fs, x, ',');) f.push_back(x);
        if (f.size() >= 5 && !f[4].empty()) return f[4].substr(0, f[4].find(';'));
    }
    FAIL("no product with a barcode");
    return {};
}

// Starts a visit from the floor screen and returns its probe id ("floor/visit/<id>").
std::string start_visit(App& app) {
    const auto before = app.wait_for("floor", "floor/new").with_prefix("floor/visit/").size();
    app.tap("floor/new");
    app.tap("floor/new/plus");
    app.tap("floor/new/start");
    std::string id;
    REQUIRE_MESSAGE(eventually([&] {
                        const auto visits = app.probe().with_prefix("floor/visit/");
                        if (visits.size() > before) id = visits.back().name;
                        return !id.empty();
                    }),
                    "the new visit did not appear");
    return id;
}

}  // namespace

TEST_CASE("a showroom day in the real app: a lost visit, a guided visit sold at the terminal, the manager's summary") {
    XServer x(1024, 768);
    Store store;
    App app(x, store.dir.path().string(), {"--size", "1024x768"});
    app.wait_for("login", "login/staff/1", std::chrono::seconds(120));  // first run creates the demo store
    const nlohmann::json before = store.summary_today();
    app.screenshot(shot("login-en"));

    // Floor staff: a visit with a signal, a closing attempt declined, then lost with a reason.
    login(app, 1, "1111");
    app.wait_for("floor", "floor/new");
    app.screenshot(shot("floor-empty-en"));
    start_visit(app);
    app.tap("floor/tab/signals");
    const auto signals = app.wait_for("floor", "floor/tab/signals").with_prefix("floor/signal/");
    REQUIRE(!signals.empty());
    app.tap(signals.front().name);
    app.screenshot(shot("floor-signals-en"));
    app.tap("floor/tab/not_sold");
    const auto reasons = app.wait_for("floor", "floor/mode/lost").with_prefix("floor/lost/");
    REQUIRE(!reasons.empty());
    app.tap("floor/end_lost");  // refused without a reason: nothing ends
    CHECK(!app.probe().with_prefix("floor/visit/").empty());
    app.tap(reasons.front().name);
    app.screenshot(shot("floor-not-sold-en"));
    app.tap("floor/end_lost");
    CHECK(eventually([&] { return app.probe().with_prefix("floor/visit/").empty(); }));
    lock(app);

    // Floor staff: a second visit closes (accepted) and goes to checkout with the visit linked.
    login(app, 1, "1111");
    start_visit(app);
    app.tap("floor/tab/close");
    const auto methods = app.wait_for("floor", "floor/tab/close").with_prefix("floor/method/");
    REQUIRE(!methods.empty());
    app.tap(methods.front().name);
    app.tap("floor/accepted");
    app.screenshot(shot("floor-close-en"));
    app.tap("floor/checkout");
    app.wait_for("terminal", "checkout/pay");
    lock(app);

    // The cashier scans with a keyboard-wedge scanner (keys 5 ms apart), takes cash, finishes.
    login(app, 4, "4444");
    app.wait_for("terminal", "checkout/pay");
    app.screenshot(shot("checkout-linked-en"));
    app.type(some_barcode(store) + "\n", 5);
    app.wait_for("terminal", "checkout/line/1");
    CHECK_MESSAGE(app.probe().message.empty(), app.probe().message);
    app.screenshot(shot("checkout-cart-en"));
    app.tap("checkout/pay");
    app.wait_for("terminal", "checkout/tender/quick/1");
    app.tap("checkout/tender/quick/1");  // a round amount above the total: change is due
    app.wait_for("terminal", "checkout/tender/finish");
    app.screenshot(shot("checkout-tender-en"));
    app.tap("checkout/tender/finish");
    app.wait_for("terminal", "checkout/done/next");
    app.screenshot(shot("checkout-done-en"));
    CHECK(eventually([&] {
        const auto receipts = store.dir.path() / "showroom-pos" / "receipts";
        return std::filesystem::exists(receipts) && !std::filesystem::is_empty(receipts);
    }));
    app.tap("checkout/done/next");
    lock(app);

    // The manager sees the summary.
    login(app, 6, "9999");
    app.wait_for("manager");
    app.screenshot(shot("manager-en"));
    lock(app);

    const nlohmann::json after = store.summary_today();
    CHECK(after["traffic"]["visits"].get<int>() == before["traffic"]["visits"].get<int>() + 2);
    CHECK(after["traffic"]["lost"].get<int>() == before["traffic"]["lost"].get<int>() + 1);
    CHECK(after["traffic"]["sold"].get<int>() == before["traffic"]["sold"].get<int>() + 1);
    CHECK(after["sales"]["count"].get<int>() == before["sales"]["count"].get<int>() + 1);
    CHECK(after["closing_methods"].size() >= 1);
    CHECK(after["signals"].size() >= 1);
    const auto jv = pos::testsupport::run_pos(store.dir.path(), "journal verify --db " + quote(store.db()));
    CHECK_MESSAGE(jv.code == 0, jv.out << jv.err);
}

TEST_CASE("the floor and checkout screens in every staff language, in the real app") {
    XServer x(1024, 768);
    Store store;
    App app(x, store.dir.path().string(), {"--size", "1024x768"});
    app.wait_for("login", "login/staff/1", std::chrono::seconds(120));
    const std::string barcode = some_barcode(store);
    for (const char* lang : kLangs) {
        CAPTURE(lang);
        app.tap(std::string("login/lang/") + lang);
        app.screenshot(shot(std::string("login-") + lang));
        login(app, 1, "1111");
        start_visit(app);
        app.screenshot(shot(std::string("floor-") + lang));
        app.tap("floor/tab/signals");
        app.screenshot(shot(std::string("floor-signals-") + lang));
        app.tap("nav/terminal");
        app.wait_for("terminal", "checkout/pay");
        app.type(barcode + "\n", 5);
        app.wait_for("terminal", "checkout/line/1");
        CHECK_MESSAGE(app.probe().message.empty(), app.probe().message);  // the scan was taken whole
        app.screenshot(shot(std::string("terminal-") + lang));
        app.tap("checkout/pay");
        app.wait_for("terminal", "checkout/tender/quick/1");
        app.screenshot(shot(std::string("terminal-pay-") + lang));
        lock(app);
    }
    CHECK(app.running());
}

namespace {

// YYYY-MM-DD of today + `days` (local time).
std::string day_after(int days) {
    std::time_t t = std::time(nullptr) + static_cast<std::time_t>(days) * 86400;
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", std::localtime(&t));
    return buf;
}

// The sqlite3 shell's answer to `query` on the store (rows as "a|b\n").
std::string sql(const Store& store, const std::string& query) {
    std::string out;
    const std::string cmd = "sqlite3 " + quote(store.db()) + " " + quote(query);
    const std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
    REQUIRE(pipe);
    char buf[512];
    while (std::fgets(buf, sizeof buf, pipe.get()) != nullptr) out += buf;
    return out;
}

}  // namespace

TEST_CASE("a be-back visit becomes an order with a deposit, then a balance payment and delivery, in the real app") {
    XServer x(1024, 768);
    Store store;
    App app(x, store.dir.path().string(), {"--size", "1024x768"});
    app.wait_for("login", "login/staff/1", std::chrono::seconds(120));

    // First visit: a new customer file typed on the floor (at a person's typing speed, not a
    // scanner's), a price objection, lost for now.
    login(app, 1, "1111");
    start_visit(app);
    app.tap("floor/customer/link");
    app.tap("customer/new");
    app.tap("customer/field/name");
    app.type("Mai Tran", 150);
    app.tap("customer/kb/done");
    app.tap("customer/field/phone");
    app.type("0912345678", 150);
    app.tap("customer/kb/done");
    app.screenshot(shot("customer-form-en"));
    app.tap("customer/save");
    app.wait_for("floor", "floor/customer/file");
    app.tap("floor/tab/objections");
    app.tap("floor/objection/price");
    app.tap("floor/tab/not_sold");
    const auto reasons = app.wait_for("floor", "floor/tab/not_sold").with_prefix("floor/lost/");
    REQUIRE(!reasons.empty());
    app.tap(reasons.front().name);
    app.tap("floor/end_lost");
    REQUIRE(eventually([&] { return app.probe().with_prefix("floor/visit/").empty(); }));

    // She comes back: found by part of her number, the floor sees last time's objection.
    start_visit(app);
    app.tap("floor/customer/link");
    app.tap("customer/query");
    app.type("2345678", 150);
    REQUIRE(eventually([&] { return !app.probe().with_prefix("customer/result/").empty(); }));
    const std::string customer = app.probe().with_prefix("customer/result/").front().name;
    app.tap("customer/kb/done");
    app.tap(customer);
    app.wait_for("floor", "floor/customer/file");
    app.screenshot(shot("floor-be-back-en"));
    app.tap("floor/tab/close");
    const auto methods = app.wait_for("floor", "floor/tab/close").with_prefix("floor/method/");
    REQUIRE(!methods.empty());
    app.tap(methods.front().name);
    app.tap("floor/accepted");
    app.tap("floor/checkout");
    app.wait_for("terminal", "checkout/take_order");
    lock(app);

    // The cashier takes the goods as an order for delivery in a week with a 50 % cash deposit.
    login(app, 4, "4444");
    const auto products = app.wait_for("terminal", "checkout/take_order").with_prefix("checkout/product/");
    REQUIRE(!products.empty());
    app.tap(products.front().name);
    app.wait_for("terminal", "checkout/line/1");
    app.tap("checkout/take_order");
    const std::string due = day_after(7);
    app.tap("checkout/order/day/" + due);
    app.tap("checkout/order/window/0");
    app.tap("checkout/order/address");
    app.type("12 Le Loi", 150);
    app.tap("checkout/order/kb/done");
    app.screenshot(shot("order-schedule-en"));
    app.tap("checkout/order/next");
    app.tap("checkout/order/next");
    app.tap("checkout/order/quick/5000");
    app.tap("checkout/order/tender/cash");
    app.screenshot(shot("order-deposit-en"));
    app.tap("checkout/order/keypad/ok");
    app.wait_for("terminal", "checkout/take_order");
    CHECK_MESSAGE(app.probe().message.empty(), app.probe().message);
    const std::string order_no = sql(store, "SELECT order_no FROM orders WHERE address = '12 Le Loi'");
    REQUIRE(!order_no.empty());
    const std::string order = std::to_string(std::stoll(order_no));

    // A week later in the story: the balance paid in cash, the goods in, handed over.
    app.tap("nav/orders");
    app.tap("orders/list/" + order);
    app.screenshot(shot("orders-open-en"));
    app.tap("orders/detail/pay");
    app.tap("orders/action/whole");
    app.tap("orders/action/tender/cash");
    app.tap("orders/action/keypad/ok");
    app.wait_for("orders", "orders/list/" + order);
    app.tap("orders/list/" + order);
    app.tap("orders/detail/ready");
    app.tap("orders/detail/hand_over");
    REQUIRE(eventually([&] { return sql(store, "SELECT state FROM orders WHERE order_no = " + order) == "delivered\n"; }));
    app.screenshot(shot("orders-after-en"));
    lock(app);

    CHECK(sql(store, "SELECT due_day || ' ' || (total = paid) || ' ' || (SELECT COUNT(*) FROM order_payments p WHERE p.order_id = o.id) "
                     "FROM orders o WHERE order_no = " + order) == due + " 1 2\n");
    // The order's visit was the customer's second (a be-back) and counts as sold.
    CHECK(sql(store, "SELECT v.outcome, (SELECT COUNT(*) FROM visits w WHERE w.customer_id = v.customer_id) FROM orders o "
                     "JOIN visits v ON v.id = o.visit_id WHERE o.order_no = " + order) == "sold|2\n");
    // The deposit receipt and the final one went through the (virtual) printer.
    CHECK(eventually([&] {
        return sql(store, "SELECT COUNT(*) FROM print_jobs j JOIN order_payments p ON p.id = j.order_payment_id "
                          "JOIN orders o ON o.id = p.order_id WHERE j.status = 'done' AND o.order_no = " + order) == "2\n";
    }));
    const auto jv = pos::testsupport::run_pos(store.dir.path(), "journal verify --db " + quote(store.db()));
    CHECK_MESSAGE(jv.code == 0, jv.out << jv.err);
}
