// The checkout page on a real store: adding items, quantities, discounts and the manager
// override, holding and recalling carts. Each test taps the screen, applies what it emitted
// to the PosService, and checks both the intents and the resulting state.
#include <doctest/doctest.h>

#include <variant>

#include "checkout_fixture.h"
#include "db/catalog.h"

using pos::test::Applied;
using pos::test::CheckoutFixture;
using pos::test::as;
using pos::test::last;
using pos::test::type_digits;
namespace intent = pos::intent;

namespace {

// Sofa in the cart by tapping its category and tile, line 1 selected.
void add_sofa(CheckoutFixture& f) {
    f.tap("checkout/cat/1");  // Lighting, Sofas, Tables
    const auto done = f.tap("checkout/product/SOFA-1");
    REQUIRE(done.size() == 1);
    CHECK(as<intent::AddItem>(done[0]).sku == "SOFA-1");
    CHECK(as<intent::AddItem>(done[0]).qty == 1);
    REQUIRE(done[0].ok);
    CHECK(f.page.ui_state().selected_line == static_cast<int>(f.pos.cart().lines().size()));
}

}  // namespace

TEST_CASE("a scan from the scanner and a code typed in search both add the product") {
    CheckoutFixture f;
    const Applied scan = f.shell(intent::Scan{"]E06901234567892"});
    REQUIRE(scan.ok);
    f.frame();
    REQUIRE(f.pos.cart().lines().size() == 1);
    CHECK(f.pos.cart().lines()[0].sku == "SOFA-1");
    CHECK(f.page.ui_state().selected_line == 1);
    CHECK(f.page.view().lines.at(0).name == "Sofa Milano");

    f.tap("checkout/tab/search");
    for (char c : std::string("6901234567892")) f.tap("checkout/kb/" + std::string(1, c));
    const auto added = f.tap("checkout/add_code");
    REQUIRE(added.size() == 1);
    CHECK(as<intent::Scan>(added[0]).code == "6901234567892");
    CHECK(added[0].ok);
    CHECK(f.pos.cart().lines().at(0).qty == 2);  // merged into the same line
}

TEST_CASE("search by name shows tiles; a tap adds one; an unknown code is refused and adds nothing") {
    CheckoutFixture f;
    f.tap("checkout/tab/search");
    for (char c : std::string("lamp")) f.tap("checkout/kb/" + std::string(1, c));
    REQUIRE(f.page.view().search_results.size() == 1);
    const auto added = f.tap("checkout/product/LAMP-1");
    REQUIRE(added.size() == 1);
    CHECK(as<intent::AddItem>(added[0]).sku == "LAMP-1");
    CHECK(f.pos.cart().lines().size() == 1);

    f.tap("checkout/kb/back");
    f.tap("checkout/kb/back");
    f.tap("checkout/kb/back");
    f.tap("checkout/kb/back");
    for (char c : std::string("4006381333931")) f.tap("checkout/kb/" + std::string(1, c));
    const auto refused = f.tap("checkout/add_code");
    REQUIRE(refused.size() == 1);
    CHECK_FALSE(refused[0].ok);
    CHECK(refused[0].error.find("not in catalog") != std::string::npos);
    CHECK(f.pos.cart().lines().size() == 1);
}

TEST_CASE("tapping a category product, then qty plus, minus and remove") {
    CheckoutFixture f;
    add_sofa(f);
    auto plus = f.tap("checkout/sel/plus");
    REQUIRE(plus.size() == 1);
    CHECK(as<intent::SetQty>(plus[0]).line == 1);
    CHECK(as<intent::SetQty>(plus[0]).qty == 2);
    CHECK(f.pos.cart().lines()[0].qty == 2);
    auto minus = f.tap("checkout/sel/minus");
    CHECK(as<intent::SetQty>(last(minus)).qty == 1);
    CHECK(f.pos.cart().lines()[0].qty == 1);
    auto removed = f.tap("checkout/sel/remove");
    CHECK(as<intent::RemoveLine>(last(removed)).line == 1);
    CHECK(last(removed).ok);  // cashiers may void lines
    CHECK(f.pos.cart().empty());
    CHECK(f.page.ui_state().selected_line == 0);
}

TEST_CASE("a discount within the cashier's cap is applied at once") {
    CheckoutFixture f;
    add_sofa(f);
    f.tap("checkout/sel/discount");
    REQUIRE(f.page.ui_state().panel == pos::ui::CheckoutPanel::line_edit);
    type_digits(f, "checkout/edit/keypad", "5");
    const auto applied = f.tap("checkout/edit/keypad/ok");
    REQUIRE(applied.size() == 1);
    const auto& d = as<intent::LineDiscount>(applied[0]);
    CHECK(d.line == 1);
    CHECK(d.discount.percent);
    CHECK(d.discount.value == 500);
    CHECK_FALSE(d.approval.has_value());
    REQUIRE(applied[0].ok);
    REQUIRE(f.pos.cart().lines()[0].discount.has_value());
    CHECK(f.pos.cart().lines()[0].discount->value == 500);
    CHECK(f.pos.cart().overrides().empty());
    CHECK(f.page.view().lines[0].discount.find("5%") != std::string::npos);
}

TEST_CASE("above the cap: refused without approval, a wrong manager PIN keeps the dialog, the right one approves") {
    CheckoutFixture f;
    add_sofa(f);
    f.tap("checkout/sel/discount");
    type_digits(f, "checkout/edit/keypad", "15");
    // The screen knows the cashier's cap: nothing is pushed, the override dialog opens.
    CHECK(f.tap("checkout/edit/keypad/ok").empty());
    REQUIRE(f.page.ui_state().dialog.open);
    // The same intent without an approval is what the service refuses.
    const Applied bare = f.shell(intent::LineDiscount{1, {true, 1500}, std::nullopt});
    CHECK_FALSE(bare.ok);
    CHECK(bare.error.find("manager") != std::string::npos);
    f.frame();
    REQUIRE(f.page.ui_state().dialog.open);
    CHECK_FALSE(f.pos.cart().lines()[0].discount.has_value());

    const std::string olga = f.staff_key("Olga");
    f.tap("checkout/override/manager/" + olga);
    f.tap("checkout/override/reason/0");
    type_digits(f, "checkout/override/pin", "0000");
    const auto wrong = f.tap("checkout/override/pin/ok");
    REQUIRE(wrong.size() == 1);
    const auto& w = as<intent::LineDiscount>(wrong[0]);
    REQUIRE(w.approval.has_value());
    CHECK(w.approval->manager == olga);
    CHECK(w.approval->pin == "0000");
    CHECK(w.approval->reason == "Loyal customer");
    CHECK_FALSE(wrong[0].ok);
    CHECK(f.page.ui_state().dialog.open);
    CHECK(f.page.ui_state().dialog.pin.empty());
    CHECK(f.page.ui_state().dialog.error == "Wrong PIN");
    CHECK_FALSE(f.pos.cart().lines()[0].discount.has_value());
    CHECK(f.pos.cart().overrides().empty());

    type_digits(f, "checkout/override/pin", "9999");
    const auto right = f.tap("checkout/override/pin/ok");
    REQUIRE(right.size() == 1);
    CHECK(right[0].ok);
    CHECK_FALSE(f.page.ui_state().dialog.open);
    REQUIRE(f.pos.cart().lines()[0].discount.has_value());
    CHECK(f.pos.cart().lines()[0].discount->value == 1500);
    REQUIRE(f.pos.cart().overrides().size() == 1);
    CHECK(f.pos.cart().overrides()[0].action == pos::Action::discount_over_cap);
    CHECK(f.pos.cart().overrides()[0].approval.manager_name == "Olga");
    CHECK(f.pos.cart().overrides()[0].approval.reason == "Loyal customer");
}

TEST_CASE("a price override always asks the manager; cancel changes nothing; a typed reason is sent") {
    CheckoutFixture f;
    add_sofa(f);
    f.tap("checkout/sel/price");
    type_digits(f, "checkout/edit/keypad", "600000");
    CHECK(f.tap("checkout/edit/keypad/ok").empty());
    REQUIRE(f.page.ui_state().dialog.open);
    f.tap("checkout/override/cancel");
    CHECK_FALSE(f.page.ui_state().dialog.open);
    CHECK(f.pos.cart().lines()[0].unit_price == 699900);

    f.tap("checkout/sel/price");
    type_digits(f, "checkout/edit/keypad", "600000");
    f.tap("checkout/edit/keypad/ok");
    f.tap("checkout/override/manager/" + f.staff_key("Olga"));
    f.tap("checkout/override/reason/type");
    for (const char* k : {"shift", "d", "e", "n", "t"}) f.tap(std::string("checkout/override/kb/") + k);
    f.tap("checkout/override/kb/done");
    type_digits(f, "checkout/override/pin", "9999");
    const auto done = f.tap("checkout/override/pin/ok");
    REQUIRE(done.size() == 1);
    CHECK(as<intent::PriceOverride>(done[0]).price == 600000);
    CHECK(as<intent::PriceOverride>(done[0]).approval->reason == "Dent");
    CHECK(done[0].ok);
    CHECK(f.pos.cart().lines()[0].unit_price == 600000);
    CHECK(f.page.view().lines[0].list_price == "¥6,999.00");
}

TEST_CASE("hold the cart, then recall it from the held list") {
    CheckoutFixture f;
    add_sofa(f);
    const auto held = f.tap("checkout/hold");
    REQUIRE(held.size() == 1);
    CHECK(std::holds_alternative<intent::HoldCart>(held[0].intent));
    CHECK(held[0].ok);
    CHECK(f.pos.cart().empty());
    REQUIRE(f.pos.held_carts().size() == 1);
    const pos::Id id = f.pos.held_carts().list()[0].id;
    f.tap("checkout/tab/held");
    const auto recalled = f.tap("checkout/held/" + std::to_string(id));
    REQUIRE(recalled.size() == 1);
    CHECK(as<intent::RecallCart>(recalled[0]).held_id == id);
    CHECK(recalled[0].ok);
    CHECK(f.pos.cart().lines().size() == 1);
    CHECK(f.pos.held_carts().size() == 0);
}

TEST_CASE("floor staff on a handed-over visit: the service refuses a line void and the dialog asks for a manager") {
    CheckoutFixture f(pos::Lang::en, {1024.0f, 768.0f}, "Lan", "1111");
    add_sofa(f);
    const auto removed = f.tap("checkout/sel/remove");
    REQUIRE(removed.size() == 1);
    CHECK_FALSE(removed[0].ok);
    CHECK(f.pos.cart().lines().size() == 1);
    REQUIRE(f.page.ui_state().dialog.open);  // opened from the refusal
    f.tap("checkout/override/manager/" + f.staff_key("Olga"));
    f.tap("checkout/override/reason/3");
    type_digits(f, "checkout/override/pin", "9999");
    const auto ok = f.tap("checkout/override/pin/ok");
    REQUIRE(ok.size() == 1);
    CHECK(ok[0].ok);
    CHECK(f.pos.cart().empty());
}

TEST_CASE("search takes text from a hardware keyboard or IME too (Cyrillic, CJK)") {
    CheckoutFixture f(pos::Lang::ru);
    f.tap("checkout/tab/search");
    ImGui::GetIO().AddInputCharactersUTF8("Стол");
    f.frame();
    CHECK(f.page.ui_state().query == "Стол");
    f.frame();
    CHECK(f.page.view().search_query == "Стол");
    CHECK(f.page.view().search_results.empty());  // no such product: "nothing found", no crash
}
