#include "orders_fixture.h"

#include <cstdlib>

#include "../checkout_ui/checkout_store.h"
#include "core/customer/customer_file.h"
#include "db/customers.h"
#include "service/store.h"
#include "ui/screen.h"

namespace pos::test {
namespace {

std::filesystem::path fresh_dir() {
    char tmpl[] = "/tmp/pos-orders-ui-XXXXXX";
    const char* made = mkdtemp(tmpl);
    REQUIRE(made != nullptr);
    return made;
}

}  // namespace

OrdersFixture::OrdersFixture(Lang lang, ImVec2 display, const char* staff, const char* pin)
    : dir(fresh_dir()),
      clock(*parse_local_datetime("2026-11-20T10:00:00")),
      store(service::open_store(make_checkout_store(dir))),
      conn(store.connection()),
      pos(conn, clock, checkout_service_options()),
      ui(lang, display) {
    devices = std::make_unique<gui::DeviceRuntime>((dir / "store.db").string(), pos.settings(), (dir / "receipts").string(), [] {});
    CustomerFile f;
    f.name = "Trần Thị Mai";
    f.phone = "0903123456";
    customer = db::insert_customer(conn, f, clock.now());
    pos.apply(intent::Login{staff, pin});
    pos.apply(intent::SetLanguage{std::string(lang_code(lang))});
    // Below the shell's top bar, as the app shows it.
    draw = [this] {
        ui::set_screen_area(ui::ScreenArea{{0.0f, 110.0f}, {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y - 110.0f}});
        gui::PageContext ctx{pos, *devices};
        if (tab == "orders") orders.frame(ctx, sink);
        else checkout.frame(ctx, sink);
    };
    frame();
    frame();
}

OrdersFixture::~OrdersFixture() {
    devices.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

Reply OrdersFixture::shell(const intent::Intent& i) {
    Reply r;
    applied.push_back(i);
    auto reply = pos.try_apply(i);
    if (auto* out = std::get_if<service::Outcome>(&reply)) {
        r.ok = true;
        r.outcome = std::move(*out);
        devices->after(r.outcome);
        checkout.applied(i, r.outcome);
        orders.applied(i, r.outcome);
    } else {
        r.refusal = std::get<service::Refusal>(reply);
        const bool a = checkout.refused(i, r.refusal, r.refusal.detail);
        const bool b = orders.refused(i, r.refusal, r.refusal.detail);
        (void)a;
        (void)b;
    }
    return r;
}

std::vector<Reply> OrdersFixture::tap(const std::string& name) {
    ui.tap(name, draw);
    std::vector<Reply> out;
    for (auto& i : sink.take()) out.push_back(shell(i));
    frame();
    return out;
}

void OrdersFixture::type(const std::string& kb, const std::string& text) {
    for (char c : text) CHECK(tap(kb + "/" + (c == ' ' ? std::string("space") : std::string(1, c))).empty());
    CHECK(tap(kb + "/done").empty());
}

std::int64_t OrdersFixture::take_order(intent::DiscountSpec deposit) {
    REQUIRE(shell(intent::AddItem{"SOFA-1", 1}).ok);
    REQUIRE(shell(intent::AddItem{"LAMP-1", 2}).ok);
    REQUIRE(shell(intent::LinkCustomer{customer}).ok);
    intent::TakeOrder t;
    t.fulfilment = "pickup";
    t.day = "2026-11-27";
    t.window = "09:00-12:00";
    t.to_order.push_back({1, "Natuzzi", "week 51"});
    t.deposit = deposit;
    const Reply r = shell(t);
    REQUIRE_MESSAGE(r.ok, r.refusal.detail);
    const auto* taken = r.outcome.find<service::event::OrderTaken>();
    REQUIRE(taken != nullptr);
    return taken->order_no;
}

std::string OrdersFixture::staff_key(const std::string& name) {
    for (const auto& s : pos.staff())
        if (s.name == name) return std::to_string(s.id);
    FAIL("no staff member " << name);
    return {};
}

}  // namespace pos::test
