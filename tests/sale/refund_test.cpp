#include <doctest/doctest.h>

#include <random>

#include "core/sale/refund.h"
#include "sale/sale_fixtures.h"

using namespace pos;
using namespace sale_test;

namespace {

RefundSource three_sofas() {
    RefundSource src;
    src.sale_id = 42;
    src.currency_code = "CNY";
    src.lines.push_back(RefundableLine{1, 11, "SOFA-1", "Sofa", 1300, 3, 10000, 1150, 0, 0, 0});
    src.lines.push_back(RefundableLine{2, 13, "BOOK-3", "Book", 0, 1, 4500, 0, 0, 0, 0});
    return src;
}

}  // namespace

TEST_CASE("full refund returns exactly what was paid") {
    const RefundSource src = three_sofas();
    const Refund r = build_full_refund(src, manager, std::nullopt);
    CHECK(r.sale_id == 42);
    REQUIRE(r.lines.size() == 2);
    CHECK(r.lines[0] == RefundLine{1, 11, "SOFA-1", "Sofa", 1300, 3, 10000, 1150});
    CHECK(r.lines[1] == RefundLine{2, 13, "BOOK-3", "Book", 0, 1, 4500, 0});
    CHECK(r.total == 14500);
    CHECK(r.tax_total == 1150);
    CHECK(r.item_count == 4);
    CHECK(r.completes_sale);
    CHECK(r.tender.kind == TenderKind::cash);
    CHECK(r.refunded_by == 3);
    CHECK_FALSE(r.override_record);
    REQUIRE(r.breakdown.size() == 2);
    CHECK(r.breakdown[1] == TaxRow{1300, 8850, 1150, 10000});
}

TEST_CASE("partial refunds are pro rata and the last units take the remainder") {
    RefundSource src = three_sofas();
    Refund r1 = build_refund(src, {{1, 1}}, manager, std::nullopt);
    CHECK(r1.lines[0].payable == 3333);
    CHECK(r1.lines[0].tax == 383);
    CHECK_FALSE(r1.completes_sale);
    apply_refund(src, r1);
    Refund r2 = build_refund(src, {{1, 1}}, manager, std::nullopt);
    CHECK(r2.lines[0].payable == 3333);
    CHECK(r2.lines[0].tax == 383);
    apply_refund(src, r2);
    CHECK_THROWS_WITH_AS(build_refund(src, {{1, 2}}, manager, std::nullopt),
                         doctest::Contains("cannot refund 2 x Sofa: 3 sold, 1 left to refund"), Error);
    Refund r3 = build_refund(src, {{1, 1}, {2, 1}}, manager, std::nullopt);
    CHECK(r3.lines[0].payable == 3334);
    CHECK(r3.lines[0].tax == 384);
    CHECK(r3.completes_sale);
    apply_refund(src, r3);
    CHECK(r1.lines[0].payable + r2.lines[0].payable + r3.lines[0].payable == 10000);
    CHECK(r1.tax_total + r2.tax_total + r3.tax_total == 1150);
    CHECK_THROWS_WITH_AS(build_full_refund(src, manager, std::nullopt), doctest::Contains("already refunded"), Error);
    CHECK_THROWS_AS(build_refund(src, {{2, 1}}, manager, std::nullopt), Error);
    CHECK_THROWS_AS(apply_refund(src, r3), Error);  // applying twice would exceed what was sold
}

TEST_CASE("two of three, then the last one") {
    RefundSource src = three_sofas();
    src.lines[0].payable = 20000;
    src.lines[0].tax = 2301;
    Refund a = build_refund(src, {{1, 2}}, manager, std::nullopt);
    CHECK(a.lines[0].payable == 13333);
    CHECK(a.lines[0].tax == 1534);
    apply_refund(src, a);
    Refund b = build_full_refund(src, manager, std::nullopt);
    CHECK(b.lines.size() == 2);
    CHECK(b.lines[0].payable == 6667);
    CHECK(b.lines[0].tax == 767);
    CHECK(b.total == 6667 + 4500);
}

TEST_CASE("bad refund requests are refused") {
    const RefundSource src = three_sofas();
    CHECK_THROWS_AS(build_refund(src, {}, manager, std::nullopt), Error);
    CHECK_THROWS_AS(build_refund(src, {{1, 0}}, manager, std::nullopt), Error);
    CHECK_THROWS_AS(build_refund(src, {{1, 4}}, manager, std::nullopt), Error);
    CHECK_THROWS_WITH_AS(build_refund(src, {{1, 1}, {1, 1}}, manager, std::nullopt), doctest::Contains("listed twice"), Error);
    try {
        build_refund(src, {{9, 1}}, manager, std::nullopt);
        FAIL("no throw");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::not_found);
    }
    CHECK_THROWS_WITH_AS(build_full_refund(src, manager, std::nullopt, RefundTender{TenderKind::card, ""}),
                         doctest::Contains("approval code"), Error);
    CHECK_THROWS_AS(build_full_refund(src, manager, std::nullopt, RefundTender{TenderKind::voucher, "V1"}), Error);
    const Refund card = build_full_refund(src, manager, std::nullopt, RefundTender{TenderKind::card, "RF-991"});
    CHECK(card.tender.kind == TenderKind::card);
    CHECK(card.tender.reference == "RF-991");
}

TEST_CASE("refunds need the refund permission or a manager approval") {
    const RefundSource src = three_sofas();
    for (const Actor* a : {&cashier, &floor_staff}) {
        try {
            build_full_refund(src, *a, std::nullopt);
            FAIL("no throw");
        } catch (const Error& e) {
            CHECK(e.code() == Errc::permission_denied);
        }
    }
    const Refund r = build_refund(src, {{1, 1}}, cashier, approval);
    REQUIRE(r.override_record);
    CHECK(r.override_record->action == Action::refund);
    CHECK(r.override_record->line_id == 0);
    CHECK(r.override_record->requested_by == 2);
    CHECK(r.override_record->approval.manager_name == "Olga");
    CHECK(r.override_record->detail == "refund 33.33 on sale 42");
    CHECK(r.refunded_by == 2);
}

TEST_CASE("refund of a completed sale, in random steps, returns exactly the total") {
    std::mt19937_64 rng(777);
    for (int round = 0; round < 200; ++round) {
        Cart c(currency(round % 2 ? "VND" : "CNY"));
        const int lines = 1 + static_cast<int>(rng() % 5);
        for (int i = 0; i < lines; ++i)
            c.add_product(ProductInfo{i + 1, "S", "Item", static_cast<Minor>(1 + rng() % 900000), (round % 3) * 500},
                          1 + static_cast<int>(rng() % 9));
        c.set_order_discount(percent_off(static_cast<std::int64_t>(rng() % 3000)), manager, caps);
        const TaxMode mode = round % 4 < 2 ? TaxMode::inclusive : TaxMode::exclusive;
        Payment p(compute_totals(c, mode).totals.total, c.currency());
        if (p.total_due() > 0) p.add_cash(p.total_due());
        const CompletedSale sale = complete_sale(c, mode, p, 2, 0);
        RefundSource src = refund_source(sale, round + 1);
        Minor back = 0, tax_back = 0;
        bool done = false;
        while (!done) {
            std::vector<RefundItem> items;
            for (const RefundableLine& l : src.lines) {
                const int left = l.qty_sold - l.qty_refunded;
                if (left > 0 && rng() % 2) items.push_back({l.line_id, 1 + static_cast<int>(rng() % static_cast<unsigned>(left))});
            }
            if (items.empty()) continue;
            const Refund r = build_refund(src, items, manager, std::nullopt);
            for (const RefundLine& x : r.lines) {
                CHECK(x.payable >= 0);
                CHECK(x.tax >= 0);
            }
            back += r.total;
            tax_back += r.tax_total;
            apply_refund(src, r);
            done = r.completes_sale;
        }
        CHECK(back == sale.totals().total);
        CHECK(tax_back == sale.totals().tax_total);
    }
}
