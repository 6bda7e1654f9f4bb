// The checkout's catalog browser reads a page of the shown category through the service, not
// every product: a category larger than a page shows its first page, in id order, and "More"
// adds the next one.
#include <doctest/doctest.h>

#include "db/catalog.h"
#include "gui/checkout/checkout_data.h"
#include "checkout_ui/checkout_fixture.h"

using pos::test::CheckoutFixture;

TEST_CASE("a category larger than a page shows its first page, More the next ones; another category is read when chosen") {
    CheckoutFixture f;
    std::vector<pos::db::ProductRow> rows;
    const int n = pos::gui::CheckoutData::kPageSize * 2 + 5;
    for (int i = 0; i < n; ++i) {
        pos::db::ProductRow p;
        p.sku = "CH-" + std::to_string(i);
        p.name = "Chair " + std::to_string(i);
        p.price = 10000 + i;
        p.tax_rate_bp = 1300;
        p.category = "Chairs";
        rows.push_back(std::move(p));
    }
    pos::db::upsert_products(f.conn, rows);
    f.page.mark_catalog_dirty();  // as after a catalog import
    f.frame();
    CHECK(f.page.view().categories == std::vector<std::string>{"Chairs", "Lighting", "Sofas", "Tables"});
    CHECK(f.page.view().products_category == "Lighting");  // still the category shown before
    f.tap("checkout/cat/0");
    const auto& v = f.page.view();
    REQUIRE(v.products_category == "Chairs");
    REQUIRE(v.products.size() == static_cast<std::size_t>(pos::gui::CheckoutData::kPageSize));
    CHECK(v.products.front().sku == "CH-0");
    CHECK(v.products.back().sku == "CH-" + std::to_string(pos::gui::CheckoutData::kPageSize - 1));
    CHECK(v.products.front().name == "Chair 0");
    CHECK(v.products_more);

    f.tap("checkout/product/CH-0");
    REQUIRE(f.pos.cart().lines().size() == 1);
    CHECK(f.pos.cart().lines()[0].sku == "CH-0");
    CHECK(f.pos.cart().lines()[0].list_price == 10000);

    // "More" reads the next page after the last one shown, until the category is exhausted.
    const auto page = static_cast<std::size_t>(pos::gui::CheckoutData::kPageSize);
    // The tile follows the page's last product: drag the list up to it, as a finger does.
    const auto scroll_to_more = [&] {
        for (int i = 0; i < 40; ++i) {
            const auto* more = f.ui.probe().find("checkout/catalog/more");
            REQUIRE(more != nullptr);
            if (more->max.y < 760.0f) return;  // on the 1024x768 screen
            f.ui.drag({800.0f, 680.0f}, {800.0f, 420.0f}, 6, f.draw);
            f.frame();
        }
        FAIL("More never scrolled into view");
    };
    scroll_to_more();
    CHECK(f.tap("checkout/catalog/more").empty());
    REQUIRE(f.page.view().products.size() == 2 * page);
    CHECK(f.page.view().products[page].sku == "CH-" + std::to_string(page));
    CHECK(f.page.view().products_more);
    scroll_to_more();
    f.tap("checkout/catalog/more");
    REQUIRE(f.page.view().products.size() == static_cast<std::size_t>(n));
    CHECK(f.page.view().products.back().sku == "CH-" + std::to_string(n - 1));
    CHECK_FALSE(f.page.view().products_more);
    f.frame();
    CHECK_FALSE(f.ui.probe().find("checkout/catalog/more"));

    f.tap("checkout/cat/2");  // Sofas
    CHECK(f.page.view().products_category == "Sofas");
    REQUIRE(f.page.view().products.size() == 1);
    CHECK(f.page.view().products[0].sku == "SOFA-1");
}
