#include "customers_fixture.h"

#include <cstdlib>

#include "../checkout_ui/checkout_store.h"
#include "core/customer/customer_file.h"
#include "db/customers.h"
#include "service/store.h"
#include "ui/screen.h"

namespace pos::test {
namespace {

std::filesystem::path fresh_dir() {
    char tmpl[] = "/tmp/pos-customers-ui-XXXXXX";
    const char* made = mkdtemp(tmpl);
    REQUIRE(made != nullptr);
    return made;
}

}  // namespace

CustomersFixture::CustomersFixture(Lang lang, ImVec2 display, const char* staff, const char* pin)
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
        if (tab == "terminal") checkout.frame(ctx, sink);
        else if (tab == "follow_ups") follow_ups.frame(ctx, sink);
        else floor.frame(ctx, sink);
    };
    frame();
    frame();
}

CustomersFixture::~CustomersFixture() {
    devices.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

Reply CustomersFixture::shell(const intent::Intent& i) {
    Reply r;
    auto reply = pos.try_apply(i);
    if (auto* out = std::get_if<service::Outcome>(&reply)) {
        r.ok = true;
        r.outcome = std::move(*out);
        devices->after(r.outcome);
        floor.applied(i, r.outcome);
        checkout.applied(i, r.outcome);
        follow_ups.applied(i, r.outcome);
    } else {
        r.refusal = std::get<service::Refusal>(reply);
        bool shown = floor.refused(i, r.refusal, r.refusal.detail);
        shown = checkout.refused(i, r.refusal, r.refusal.detail) || shown;
        shown = follow_ups.refused(i, r.refusal, r.refusal.detail) || shown;
        (void)shown;
    }
    return r;
}

Id CustomersFixture::ok(const intent::Intent& i) {
    const Reply r = shell(i);
    REQUIRE_MESSAGE(r.ok, r.refusal.detail);
    return r.outcome.id;
}

std::vector<Reply> CustomersFixture::tap(const std::string& name) {
    ui.tap(name, draw);
    std::vector<Reply> out;
    for (auto& i : sink.take()) out.push_back(shell(i));
    frame();
    return out;
}

void CustomersFixture::type(const std::string& kb, const std::string& text, bool done) {
    for (char c : text) CHECK(tap(kb + "/" + (c == ' ' ? std::string("space") : std::string(1, c))).empty());
    if (done) CHECK(tap(kb + "/done").empty());
}

Id CustomersFixture::earlier_visit() {
    const Id first = ok(intent::StartVisit{2, "walk_in", "", ""});
    intent::SaveCustomer save;
    save.file.name = "Mai Anh";
    save.file.phone = "0912345678";
    save.visit = intent::VisitRef{first, {}};
    const Id cust = ok(save);
    ok(intent::EnterStage{{first, {}}, "needs"});
    ok(intent::SetNeed{{first, {}}, "use", "living_room"});
    ok(intent::RecordQuote{{first, {}}, 450000});
    ok(intent::RaiseObjection{{first, {}}, "price"});
    ok(intent::EndVisitLost{{first, {}}, "price_too_high"});
    clock.advance(2 * 24 * 3600 * 1000LL);
    return cust;
}

}  // namespace pos::test
