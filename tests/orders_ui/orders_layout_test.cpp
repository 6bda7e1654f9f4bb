// Every touch target of the orders page (list and detail, each action, a balance payment by card
// and in cash with the cash handed over, the manager's approval, the dispatch list): at least
// 48 px, on screen below the top bar, apart from the others (outside the drag-scrolled list), in
// all five languages at 1024x768 and 1920x1080.
#include <doctest/doctest.h>

#include "orders_fixture.h"

using pos::test::OrdersFixture;
namespace intent = pos::intent;

namespace {

bool in_scrolled_list(const std::string& name) { return name.rfind("orders/list/", 0) == 0; }

void check_targets(const OrdersFixture& f, ImVec2 display, const char* state) {
    const std::string state_name = state;
    CAPTURE(state_name);
    const auto& items = f.ui.probe().items();
    REQUIRE(!items.empty());
    for (std::size_t i = 0; i < items.size(); ++i) {
        const auto& a = items[i];
        CAPTURE(a.name);
        CHECK(a.height() >= 48.0f - 0.01f);
        CHECK(a.width() >= 48.0f - 0.01f);
        CHECK(a.min.x >= 0.0f);
        CHECK(a.max.x <= display.x);
        if (in_scrolled_list(a.name)) continue;
        CHECK(a.min.y >= 110.0f);  // below the shell's top bar
        CHECK(a.max.y <= display.y);
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            const auto& b = items[j];
            if (in_scrolled_list(b.name)) continue;
            const bool overlap = a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
            CHECK_MESSAGE(!overlap, a.name << " overlaps " << b.name);
        }
    }
}

void check_all_states(pos::Lang lang, ImVec2 display) {
    CAPTURE(pos::lang_code(lang));
    CAPTURE(display.x);
    OrdersFixture f(lang, display);
    const std::int64_t no = f.take_order({true, 3000});
    f.show("orders");
    auto& ui = f.orders.ui_state();
    const auto show = [&](const char* state) {
        f.frame();
        f.frame();
        check_targets(f, display, state);
    };
    show("list");
    ui.selected = no;
    ui.error = "the payment 5597901 is above the balance due 559790";
    show("detail");
    pos::ui::open_order_action(f.orders.view(), ui, pos::ui::OrderAction::pay);
    ui.tender = "card";
    show("pay");
    // Cash with a refusal shown: exactly the amount, more typed on the keypad, less.
    ui.tender = "cash";
    ui.error = "the payment 5597901 is above the balance due 559790";
    show("pay cash");
    ui.cash = {"600000", true};
    show("pay cash handed over");
    ui.cash = {"100", true};
    show("pay cash short");
    pos::ui::open_order_action(f.orders.view(), ui, pos::ui::OrderAction::reschedule);
    ui.schedule.delivery = true;
    show("reschedule");
    pos::ui::open_order_action(f.orders.view(), ui, pos::ui::OrderAction::cancel);
    ui.tender = "card";
    show("cancel");
    ui.typing = pos::ui::OrdersField::reason;
    show("cancel reason keyboard");
    ui.typing = pos::ui::OrdersField::none;
    pos::ui::open_override(ui.approval, intent::CancelOrder{no, "Ordered by mistake", "cash", {}, std::nullopt}, "Cancel order");
    ui.approval.error = "Wrong PIN";
    show("approval");
    ui.approval = {};
    ui.action = pos::ui::OrderAction::none;
    ui.tab = pos::ui::OrdersTab::dispatch;
    ui.dispatch_day = "2026-11-27";
    show("dispatch");
}

}  // namespace

TEST_CASE("orders targets at 1024x768 in every language") {
    for (pos::Lang lang : pos::all_langs) check_all_states(lang, {1024.0f, 768.0f});
}

TEST_CASE("orders targets at 1920x1080 in every language") {
    for (pos::Lang lang : pos::all_langs) check_all_states(lang, {1920.0f, 1080.0f});
}
