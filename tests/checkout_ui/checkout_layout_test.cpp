// Every touch target of every checkout panel: at least 48 px, on screen, apart from the others
// (outside drag-scrolled lists), in all five languages at 1024x768 and 1920x1080.
#include <doctest/doctest.h>

#include <functional>

#include "checkout_fixture.h"
#include "core/customer/customer_file.h"
#include "db/customers.h"

using pos::test::CheckoutFixture;
using pos::ui::CheckoutPanel;
namespace intent = pos::intent;

namespace {

bool in_scrolled_list(const std::string& name) {
    for (const char* list : {"checkout/line/", "checkout/product/", "checkout/cat/", "checkout/held/", "checkout/link/visit/",
                             "checkout/returns/rline/", "checkout/tender/taken/", "checkout/order/lines/"})
        if (name.rfind(list, 0) == 0) return true;
    return false;
}

void check_targets(const CheckoutFixture& f, ImVec2 display, const char* state) {
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

void check_all_panels(pos::Lang lang, ImVec2 display) {
    CAPTURE(pos::lang_code(lang));
    CAPTURE(display.x);
    CheckoutFixture f(lang, display);
    auto& ui = f.page.ui_state();
    const auto show = [&](const char* state) {
        f.frame();
        f.frame();
        check_targets(f, display, state);
    };
    // A finished sale first, so the returns panel has a receipt to show.
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 2}).ok);
    REQUIRE(f.shell(intent::AddTender{"cash", 1400000, 1400000, {}}).ok);
    REQUIRE(f.shell(intent::CompleteSale{}).ok);
    show("done");
    REQUIRE(f.shell(intent::AddItem{"SOFA-1", 1}).ok);
    REQUIRE(f.shell(intent::AddItem{"LAMP-1", 3}).ok);
    REQUIRE(f.shell(intent::AddItem{"TABLE-1", 1}).ok);
    REQUIRE(f.shell(intent::LineDiscount{2, {true, 500}, std::nullopt}).ok);
    ui.panel = CheckoutPanel::catalog;
    ui.selected_line = 1;
    show("catalog");
    ui.panel = CheckoutPanel::search;
    ui.query = "a";
    show("search");
    ui.panel = CheckoutPanel::line_edit;
    ui.edit_kind = pos::ui::LineEditKind::discount;
    show("line discount");
    ui.edit_kind = pos::ui::LineEditKind::price;
    show("price");
    ui.panel = CheckoutPanel::held;
    show("held");
    ui.panel = CheckoutPanel::link;
    show("link");
    ui.panel = CheckoutPanel::receipts;
    ui.lookup_receipt = 0;
    show("returns lookup");
    ui.lookup_receipt = 1;
    show("returns found");
    pos::ui::open_override(ui, intent::LineDiscount{1, {true, 2000}, std::nullopt}, "Discount 20 % · Sofa Milano");
    ui.dialog.error = "wrong manager PIN";
    show("override");
    ui.dialog.typing = true;
    show("override reason keyboard");
    ui.dialog = {};
    // "Take as order" without a customer: Find or add a customer under the notice.
    pos::ui::open_order_dialog(f.page.view(), ui);
    show("order without a customer");
    ui.order = {};
    // "Take as order" with a linked customer: each step, a line ordered from a supplier, the
    // card's approval code, a refusal shown, and the text keyboard.
    pos::CustomerFile customer;
    customer.name = "Trần Thị Mai";
    REQUIRE(f.shell(intent::LinkCustomer{pos::db::insert_customer(f.conn, customer, f.clock.now())}).ok);
    f.frame();
    pos::ui::open_order_dialog(f.page.view(), ui);
    ui.order.schedule.day = "2026-11-27";
    ui.order.error = "the deposit 100 is below the store's minimum of 419940 (minor units)";
    show("order schedule");
    ui.order.schedule.delivery = false;
    show("order schedule pickup");
    ui.order.step = pos::ui::OrderStep::lines;
    ui.order.lines[1].to_order = true;
    ui.order.lines[1].supplier = "Natuzzi";
    show("order lines");
    ui.order.step = pos::ui::OrderStep::deposit;
    ui.order.tender = "card";
    show("order deposit");
    // Cash: exactly the deposit, more typed on the keypad (the change), less (the refusal). The
    // cash chips stay inside the step, above the dialog's bottom row (a child window clips them).
    ui.order.tender = "cash";
    const auto show_cash = [&](const char* state) {
        show(state);
        CHECK(f.ui.item("checkout/order/cash/other").max.y + 12.0f <= f.ui.item("checkout/order/cancel").min.y + 0.01f);
    };
    show_cash("order deposit cash");
    ui.order.cash = {"1000000", true};
    show_cash("order deposit cash handed over");
    ui.order.cash = {"100", true};
    show_cash("order deposit cash short");
    ui.order.cash = {};
    ui.order.typing = pos::ui::OrderField::address;
    show("order address keyboard");
    ui.order = {};
    REQUIRE(f.shell(intent::AddTender{"card", 100000, 0, "A1"}).ok);
    REQUIRE(f.shell(intent::AddTender{"voucher", 50000, 0, "V-77"}).ok);
    ui.panel = CheckoutPanel::pay;
    ui.tender_kind = "cash";
    show("pay cash");
    ui.tender_kind = "card";
    show("pay card");
    ui.typing_reference = true;
    show("card reference keyboard");
    ui.typing_reference = false;
}

}  // namespace

TEST_CASE("checkout targets at 1024x768 in every language") {
    for (pos::Lang lang : pos::all_langs) check_all_panels(lang, {1024.0f, 768.0f});
}

TEST_CASE("checkout targets at 1920x1080 in every language") {
    for (pos::Lang lang : pos::all_langs) check_all_panels(lang, {1920.0f, 1080.0f});
}
