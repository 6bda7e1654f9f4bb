#include "checkout_fixture.h"
#include "checkout_store.h"

#include <doctest/doctest.h>

#include <cstdlib>

#include "core/common/error.h"
#include "core/staff/pin.h"
#include "service/store.h"
#include "ui/screen.h"

namespace pos::test {
namespace {

std::filesystem::path fresh_dir() {
    char tmpl[] = "/tmp/pos-checkout-ui-XXXXXX";
    const char* made = mkdtemp(tmpl);
    REQUIRE(made != nullptr);
    return made;
}


}  // namespace

CheckoutFixture::CheckoutFixture(Lang lang, ImVec2 display, const char* staff, const char* pin)
    : dir(fresh_dir()),
      clock(*parse_local_datetime("2026-11-20T10:00:00")),
      store(service::open_store(make_checkout_store(dir))),
      conn(store.connection()),
      pos(conn, clock, checkout_service_options()),
      ui(lang, display) {
    devices = std::make_unique<gui::DeviceRuntime>((dir / "store.db").string(), pos.settings(), (dir / "receipts").string(), [] {});
    pos.apply(intent::Login{staff, pin});
    pos.apply(intent::SetLanguage{std::string(lang_code(lang))});
    // Below the shell's top bar, as the app shows it.
    draw = [this] {
        ui::set_screen_area(ui::ScreenArea{{0.0f, 110.0f}, {ImGui::GetIO().DisplaySize.x, ImGui::GetIO().DisplaySize.y - 110.0f}});
        gui::PageContext ctx{pos, *devices};
        page.frame(ctx, sink);
    };
    frame();
    frame();
}

CheckoutFixture::~CheckoutFixture() {
    devices.reset();
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

Applied CheckoutFixture::shell(const intent::Intent& i) {
    Applied a{i, false, {}, {}};
    auto reply = pos.try_apply(i);
    if (auto* out = std::get_if<service::Outcome>(&reply)) {
        a.result = std::move(*out);
        a.ok = true;
        page.applied(i, a.result);
    } else {
        const auto& refusal = std::get<service::Refusal>(reply);
        a.error = refusal.detail;
        page.refused(i, refusal, a.error);
    }
    return a;
}

std::vector<Applied> CheckoutFixture::apply_pending() {
    std::vector<Applied> out;
    for (auto& i : sink.take()) out.push_back(shell(i));
    return out;
}

std::vector<Applied> CheckoutFixture::tap(const std::string& name) {
    ui.tap(name, draw);
    auto out = apply_pending();
    frame();
    return out;
}

std::string CheckoutFixture::staff_key(const std::string& name) {
    for (const auto& s : pos.staff())
        if (s.name == name) return std::to_string(s.id);
    FAIL("no staff member " << name);
    return {};
}

const Applied& last(const std::vector<Applied>& v) {
    REQUIRE(!v.empty());
    return v.back();
}

}  // namespace pos::test
