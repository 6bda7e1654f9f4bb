// The tender panel against the core's tender kind table: one button per kind, in the table's
// order, and each kind's fields follow its rules (quick cash amounts for a kind that gives
// change, the reference field for a kind that needs one).
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "checkout_fixture.h"
#include "core/sale/tender_kind.h"

using pos::test::CheckoutFixture;

TEST_CASE("the tender panel shows the tender kind table: its kinds in order and each kind's fields") {
    CheckoutFixture f;
    f.tap("checkout/cat/1");
    f.tap("checkout/product/SOFA-1");
    f.tap("checkout/pay");
    REQUIRE(f.page.ui_state().panel == pos::ui::CheckoutPanel::pay);

    const std::string prefix = "checkout/tender/kind/";
    std::vector<pos::ui::UiProbe::Item> buttons;
    for (const auto& item : f.ui.probe().items())
        if (item.name.rfind(prefix, 0) == 0 && item.name != prefix + "back") buttons.push_back(item);
    std::sort(buttons.begin(), buttons.end(), [](const auto& a, const auto& b) { return a.min.x < b.min.x; });
    std::vector<std::string> shown, table;
    for (const auto& b : buttons) shown.push_back(b.name.substr(prefix.size()));
    for (const pos::TenderKindInfo& k : pos::tender_kinds) table.emplace_back(k.name);
    CHECK(shown == table);

    for (const pos::TenderKindInfo& k : pos::tender_kinds) {
        CAPTURE(k.name);
        f.tap(prefix + std::string(k.name));
        CHECK(f.page.ui_state().tender_kind == k.name);
        CHECK((f.ui.probe().find("checkout/tender/quick/0") != nullptr) == k.may_exceed_due);
        CHECK((f.ui.probe().find("checkout/tender/field/reference") != nullptr) == k.needs_reference);
    }
}
