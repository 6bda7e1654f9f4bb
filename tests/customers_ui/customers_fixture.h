#pragma once
// The floor, checkout and My follow-ups pages on a real temporary store (the checkout tests'
// store with one customer, Trần Thị Mai 0903123456), drawn headless one tab at a time below a
// 110 px top bar, and a shell stand-in that applies the emitted intents and lets every page
// hear the outcome or the refusal.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/common/time.h"
#include "core/intents/intents.h"
#include "db/sqlite.h"
#include "gui/checkout/checkout_page.h"
#include "gui/customers/follow_ups_page.h"
#include "gui/device_runtime.h"
#include "gui/floor_page.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "support/shell_reply.h"
#include "ui/headless.h"

namespace pos::test {

class CustomersFixture {
public:
    explicit CustomersFixture(Lang lang = Lang::en, ImVec2 display = {1024.0f, 768.0f}, const char* staff = "Lan", const char* pin = "1111");
    ~CustomersFixture();

    // Taps a probed target of the shown tab, applies what it emitted, draws one more frame.
    std::vector<Reply> tap(const std::string& name);
    // Applies one intent as if the shell got it from elsewhere (every page hears it).
    Reply shell(const intent::Intent& i);
    // shell() that must succeed; returns the outcome's id.
    Id ok(const intent::Intent& i);
    void frame() { ui.frame(draw); }
    bool probe_missing(const std::string& name) const { return ui.probe().find(name) == nullptr; }
    void show(const std::string& t) {
        tab = t;
        frame();
        frame();
    }
    // Taps each character of `text` on the text keyboard probed as `kb`, then Done when asked.
    void type(const std::string& kb, const std::string& text, bool done = true);
    // A first visit of a new customer "Mai Anh" 0912345678 by the logged-in salesperson: needs
    // (use: living room), a quote of 4,500.00, the price objection, lost (price too high); then
    // two days later. Returns the customer's id.
    Id earlier_visit();

    std::filesystem::path dir;
    ManualClock clock;
    service::Store store;
    db::Connection& conn;  // the store's
    service::PosService pos;
    std::unique_ptr<gui::DeviceRuntime> devices;
    Id customer = 0;
    gui::FloorPage floor;
    gui::CheckoutPage checkout;
    gui::FollowUpsPage follow_ups;
    std::string tab = "floor";
    intent::IntentQueue sink;
    HeadlessUi ui;
    HeadlessUi::Draw draw;
};

}  // namespace pos::test
