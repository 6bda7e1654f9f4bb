#pragma once
// The checkout and orders pages on a real temporary store (the checkout tests' store with one
// customer), the real DeviceRuntime, drawn headless one tab at a time, and a shell stand-in that
// applies the emitted intents and lets every page hear the outcome or the refusal.
#include <doctest/doctest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "core/common/time.h"
#include "core/intents/intents.h"
#include "db/sqlite.h"
#include "gui/checkout/checkout_page.h"
#include "gui/device_runtime.h"
#include "gui/orders/orders_page.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "support/shell_reply.h"
#include "ui/headless.h"

namespace pos::test {

class OrdersFixture {
public:
    explicit OrdersFixture(Lang lang = Lang::en, ImVec2 display = {1024.0f, 768.0f}, const char* staff = "Wei", const char* pin = "1234");
    ~OrdersFixture();

    // Taps a probed target of the shown tab, applies what it emitted, draws one more frame.
    std::vector<Reply> tap(const std::string& name);
    // Applies one intent as if the shell got it from elsewhere.
    Reply shell(const intent::Intent& i);
    void frame() { ui.frame(draw); }
    void show(const std::string& t) {
        tab = t;
        frame();
        frame();
    }
    // Taps each character of `text` on the text keyboard probed as `kb` ("...kb"), then Done.
    void type(const std::string& kb, const std::string& text);
    // A sofa and two lamps in the cart, the customer linked, taken as a pickup order on
    // 2026-11-27 with `deposit` in cash. Returns the order number.
    std::int64_t take_order(intent::DiscountSpec deposit);
    std::string staff_key(const std::string& name);

    std::filesystem::path dir;
    ManualClock clock;
    service::Store store;
    db::Connection& conn;  // the store's
    service::PosService pos;
    std::unique_ptr<gui::DeviceRuntime> devices;
    Id customer = 0;
    gui::CheckoutPage checkout;
    gui::OrdersPage orders;
    std::string tab = "terminal";
    std::vector<intent::Intent> applied;  // every intent shell() applied (or tried to), in order
    intent::IntentQueue sink;
    HeadlessUi ui;
    HeadlessUi::Draw draw;
};

}  // namespace pos::test
