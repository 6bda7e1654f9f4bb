#include <doctest/doctest.h>

#include <limits>
#include <random>

#include "core/sale/totals.h"
#include "sale/sale_fixtures.h"

using namespace pos;
using namespace sale_test;

namespace {

// Sofa 1999.00 x1 @13%, lamp 99.90 x3 @9% with 10% off, book 45.00 x2 @0%, order discount 100.00.
Cart sample_cart() {
    Cart c(currency("CNY"));
    c.add_product(sofa());
    c.add_product(lamp(), 3);
    c.add_product(book(), 2);
    c.set_line_discount(2, percent_off(1000), manager, caps);
    c.set_order_discount(amount_off(10000), manager, caps);
    return c;
}

void check_invariants(const CartTotals& t, TaxMode mode) {
    Minor payable = 0, tax = 0, net = 0, gross = 0, shares = 0;
    for (const LineAmounts& a : t.lines) {
        payable += a.payable;
        tax += a.tax;
        net += a.net;
        gross += a.gross;
        shares += a.order_discount;
        CHECK(a.net == a.gross - a.line_discount - a.order_discount);
        CHECK(a.net >= 0);
        CHECK(a.payable == (mode == TaxMode::exclusive ? a.net + a.tax : a.net));
    }
    CHECK(payable == t.totals.total);
    CHECK(tax == t.totals.tax_total);
    CHECK(net == t.totals.net_total);
    CHECK(gross == t.totals.subtotal);
    CHECK(shares == t.totals.order_discount);
    CHECK(t.totals.discount_total == t.totals.line_discount + t.totals.order_discount);
    CHECK(t.totals.subtotal - t.totals.discount_total == t.totals.net_total);
    if (mode == TaxMode::exclusive) CHECK(t.totals.total == t.totals.net_total + t.totals.tax_total);
    else CHECK(t.totals.total == t.totals.net_total);
    Minor row_tax = 0, row_gross = 0, row_base = 0;
    for (const TaxRow& r : t.breakdown) {
        CHECK(r.base + r.tax == r.gross);
        row_tax += r.tax;
        row_gross += r.gross;
        row_base += r.base;
    }
    CHECK(row_tax == t.totals.tax_total);
    CHECK(row_gross == t.totals.total);
    CHECK(row_base == t.totals.total - t.totals.tax_total);
}

}  // namespace

TEST_CASE("totals with line and order discounts, tax inclusive") {
    const CartTotals t = compute_totals(sample_cart(), TaxMode::inclusive);
    REQUIRE(t.lines.size() == 3);
    CHECK(t.lines[0] == LineAmounts{1, 199900, 0, 8475, 191425, 22022, 191425});
    CHECK(t.lines[1] == LineAmounts{2, 29970, 2997, 1143, 25830, 2133, 25830});
    CHECK(t.lines[2] == LineAmounts{3, 9000, 0, 382, 8618, 0, 8618});
    CHECK(t.totals == Totals{238870, 2997, 10000, 12997, 225873, 24155, 225873, 6, 3});
    REQUIRE(t.breakdown.size() == 3);
    CHECK(t.breakdown[0] == TaxRow{0, 8618, 0, 8618});
    CHECK(t.breakdown[1] == TaxRow{900, 23697, 2133, 25830});
    CHECK(t.breakdown[2] == TaxRow{1300, 169403, 22022, 191425});
    check_invariants(t, TaxMode::inclusive);
}

TEST_CASE("totals with line and order discounts, tax exclusive") {
    const CartTotals t = compute_totals(sample_cart(), TaxMode::exclusive);
    CHECK(t.lines[0] == LineAmounts{1, 199900, 0, 8475, 191425, 24885, 216310});
    CHECK(t.lines[1] == LineAmounts{2, 29970, 2997, 1143, 25830, 2325, 28155});
    CHECK(t.lines[2] == LineAmounts{3, 9000, 0, 382, 8618, 0, 8618});
    CHECK(t.totals.total == 253083);
    CHECK(t.totals.tax_total == 27210);
    CHECK(t.breakdown[2] == TaxRow{1300, 191425, 24885, 216310});
    check_invariants(t, TaxMode::exclusive);
}

TEST_CASE("VND carts have no minor digits") {
    Cart c(currency("VND"));
    c.add_product(ProductInfo{21, "BED-1", "Giường", 1500000, 1000}, 2);
    c.add_product(ProductInfo{22, "PIL-1", "Gối", 250000, 800});
    c.set_order_discount(percent_off(500), cashier, caps);
    const CartTotals t = compute_totals(c, TaxMode::inclusive);
    CHECK(t.lines[0] == LineAmounts{1, 3000000, 0, 150000, 2850000, 259091, 2850000});
    CHECK(t.lines[1] == LineAmounts{2, 250000, 0, 12500, 237500, 17593, 237500});
    CHECK(t.totals.order_discount == 162500);
    CHECK(t.totals.total == 3087500);
    CHECK(t.totals.tax_total == 276684);
    CHECK(format_plain(t.totals.total, c.currency()) == "3087500");
    check_invariants(t, TaxMode::inclusive);
}

TEST_CASE("an empty cart totals to zero") {
    const CartTotals t = compute_totals(Cart(currency("CNY")), TaxMode::exclusive);
    CHECK(t.lines.empty());
    CHECK(t.breakdown.empty());
    CHECK(t.totals == Totals{});
}

TEST_CASE("exclusive tax that overflows the total is detected") {
    Cart c(currency("CNY"));
    ProductInfo p = sofa();
    p.list_price = std::numeric_limits<Minor>::max() / 2 + 1;
    p.tax_rate_bp = 10000;
    c.add_product(p);
    CHECK_NOTHROW(compute_totals(c, TaxMode::inclusive));
    try {
        compute_totals(c, TaxMode::exclusive);
        FAIL("no overflow");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::overflow);
    }
}

TEST_CASE("1000 random carts keep every invariant in both tax modes") {
    std::mt19937_64 rng(424242);
    auto pick = [&](std::int64_t lo, std::int64_t hi) { return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1)); };
    const int rates[] = {0, 500, 800, 900, 1000, 1300, 2000, 825};
    const char* codes[] = {"CNY", "VND", "RUB", "USD"};
    for (int n = 0; n < 1000; ++n) {
        Cart c(currency(codes[n % 4]));
        const int lines = static_cast<int>(pick(1, 12));
        for (int i = 0; i < lines; ++i) {
            ProductInfo p{pick(1, 30), "SKU", "Item", pick(0, 5000000), rates[pick(0, 7)]};
            const int id = c.add_product(p, static_cast<int>(pick(1, 50)));
            if (pick(0, 2) == 0) {
                const Minor gross = c.line_gross(id);
                const Discount d = pick(0, 1) ? percent_off(pick(0, 10000)) : amount_off(pick(0, gross));
                c.set_line_discount(id, d, manager, caps);
            }
        }
        if (pick(0, 1) == 0) {
            const Minor base = c.order_discount_base();
            const Discount d = pick(0, 1) ? percent_off(pick(0, 10000)) : amount_off(pick(0, base));
            c.set_order_discount(d, manager, caps);
        }
        for (TaxMode mode : {TaxMode::inclusive, TaxMode::exclusive}) {
            const CartTotals t = compute_totals(c, mode);
            check_invariants(t, mode);
            REQUIRE(t.lines.size() == c.lines().size());
            for (std::size_t i = 0; i < t.lines.size(); ++i) CHECK(t.lines[i].order_discount <= t.lines[i].gross - t.lines[i].line_discount);
        }
    }
}
