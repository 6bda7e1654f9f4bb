#include <doctest/doctest.h>

#include "core/sale/tender.h"

using namespace pos;

TEST_CASE("split tender: cash, card, cash with change") {
    Payment p(73550, currency("CNY"));
    CHECK_FALSE(p.is_complete());
    CHECK(p.add_cash(50000).amount == 50000);
    CHECK(p.remaining_due() == 23550);
    CHECK_THROWS_WITH_AS(p.add_card(30000, "A1"),
                         doctest::Contains("card amount 300.00 is more than the 235.50 still due"), Error);
    CHECK_THROWS_WITH_AS(p.add_card(20000, ""), doctest::Contains("approval code"), Error);
    CHECK_THROWS_AS(p.add_card(20000, "   "), Error);
    const Tender& card = p.add_card(20000, "AUTH42");
    CHECK(card.tendered == 20000);
    CHECK(card.change() == 0);
    const Tender& cash = p.add_cash(5000);
    CHECK(cash.amount == 3550);
    CHECK(cash.tendered == 5000);
    CHECK(p.is_complete());
    CHECK(p.paid() == 73550);
    CHECK(p.remaining_due() == 0);
    CHECK(p.change() == 1450);
    CHECK(p.tenders().size() == 3);
    CHECK_THROWS_WITH_AS(p.add_cash(100), doctest::Contains("already fully paid"), Error);

    p.remove(2);
    CHECK_FALSE(p.is_complete());
    CHECK(p.change() == 0);
    CHECK(p.remaining_due() == 3550);
    CHECK_THROWS_AS(p.remove(5), Error);
    p.add_voucher(3550, "GV-2026-001");
    CHECK(p.is_complete());
    CHECK(p.change() == 0);
}

TEST_CASE("card first, then cash over the rest gives change in minor units") {
    Payment p(1234500, currency("VND"));
    p.add_card(1000000, "778899");
    p.add_cash(500000);
    CHECK(p.is_complete());
    CHECK(p.change() == 265500);
}

TEST_CASE("voucher and generic tender rules") {
    Payment p(10000, currency("CNY"));
    CHECK_THROWS_WITH_AS(p.add_voucher(5000, ""), doctest::Contains("voucher number"), Error);
    CHECK_THROWS_WITH_AS(p.add_voucher(10001, "V1"), doctest::Contains("voucher amount 100.01 is more than the 100.00 still due"),
                         Error);
    CHECK_THROWS_AS(p.add_card(0, "X"), Error);
    CHECK_THROWS_AS(p.add_cash(0), Error);
    CHECK_THROWS_WITH_AS(p.add(Tender{TenderKind::card, 5000, 6000, "X"}), doctest::Contains("cannot give change"), Error);
    CHECK_THROWS_AS(p.add(Tender{TenderKind::cash, 5000, 6000, ""}), Error);  // change without settling
    CHECK_THROWS_AS(p.add(Tender{TenderKind::cash, 5000, 4000, ""}), Error);  // less handed over than applied
    const Tender& t = p.add(Tender{TenderKind::card, 4000, 0, "OK1"});
    CHECK(t.tendered == 4000);
    p.add(Tender{TenderKind::cash, 6000, 10000, "ignored"});
    CHECK(p.tenders()[1].reference.empty());
    CHECK(p.change() == 4000);
    CHECK(p.is_complete());
    CHECK(p.tenders().size() == 2);
}

TEST_CASE("zero due is complete, negative due is refused") {
    Payment p(0, currency("CNY"));
    CHECK(p.is_complete());
    CHECK_THROWS_AS(p.add_cash(100), Error);
    CHECK_THROWS_AS(Payment(-1, currency("CNY")), Error);
    CHECK(parse_tender_kind("card") == TenderKind::card);
    CHECK(tender_kind_name(TenderKind::voucher) == "voucher");
    CHECK_FALSE(parse_tender_kind("cheque"));
}
