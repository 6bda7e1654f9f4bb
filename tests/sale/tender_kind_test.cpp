// The tender kind table: names, labels and rules, and Payment / refunds following the rules
// (each rule is checked against behaviour for every kind, so a new kind is covered too).
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "core/sale/refund.h"
#include "core/sale/tender.h"
#include "sale/sale_fixtures.h"

using namespace pos;

TEST_CASE("tender kinds: the stored names, their order and a parse round trip") {
    CHECK(tender_kinds.names() == "cash, card, voucher");  // payments.kind CHECK: tests/db/enum_checks_test.cpp
    std::set<std::string> labels;
    for (const TenderKindInfo& k : tender_kinds) {
        CAPTURE(k.name);
        CHECK(parse_tender_kind(tender_kind_name(k.value)) == k.value);
        CHECK(&tender_info(k.value) == &k);
        CHECK(labels.insert(k.label_msgid).second);  // two kinds never share a label
    }
    CHECK_FALSE(parse_tender_kind("Cash").has_value());
    CHECK_FALSE(parse_tender_kind("cheque").has_value());
    CHECK(std::string(tender_info(TenderKind::card).label_msgid) == "Card");
    CHECK(std::string(tender_info(TenderKind::voucher).reference_msgid) == "Voucher number");
}

TEST_CASE("tender kinds: the rules as they stand") {
    CHECK(tender_info(TenderKind::cash).may_exceed_due);
    CHECK(tender_info(TenderKind::cash).opens_drawer);
    CHECK_FALSE(tender_info(TenderKind::cash).needs_reference);
    CHECK(tender_info(TenderKind::card).needs_reference);
    CHECK(tender_info(TenderKind::card).refundable_to);
    CHECK_FALSE(tender_info(TenderKind::card).may_exceed_due);
    CHECK(tender_info(TenderKind::voucher).needs_reference);
    CHECK_FALSE(tender_info(TenderKind::voucher).refundable_to);
    CHECK(tender_kinds.names_where([](const TenderKindInfo& k) { return k.refundable_to; }) == "cash, card");
}

TEST_CASE("a payment follows each kind's rules: reference needed, more than due, change") {
    for (const TenderKindInfo& k : tender_kinds) {
        CAPTURE(k.name);
        {  // no reference
            Payment p(10000, currency("CNY"));
            if (k.needs_reference) {
                CHECK_THROWS_WITH_AS(p.add(Tender{k.value, 4000, 4000, "  "}), std::string(k.missing_reference).c_str(), Error);
                CHECK(p.tenders().empty());
            } else {
                CHECK(p.add(Tender{k.value, 4000, 4000, "ignored"}).reference.empty());
            }
        }
        {  // more handed over than is due
            Payment p(10000, currency("CNY"));
            if (k.may_exceed_due) {
                const Tender& t = p.add(Tender{k.value, 10000, 15000, "R1"});
                CHECK(t.change() == 5000);
                CHECK(p.change() == 5000);
                CHECK(p.is_complete());
            } else {
                CHECK_THROWS_WITH_AS(p.add(Tender{k.value, 10000, 15000, "R1"}), doctest::Contains("cannot give change"), Error);
                CHECK_THROWS_WITH_AS(p.add(Tender{k.value, 15000, 15000, "R1"}), doctest::Contains("only cash can give change"), Error);
                CHECK(p.paid() == 0);
            }
        }
    }
}

TEST_CASE("a refund is paid back only to the kinds the table allows, with their reference") {
    RefundSource src;
    src.sale_id = 7;
    src.currency_code = "CNY";
    src.lines.push_back(RefundableLine{1, 11, "SOFA-1", "Sofa", 1300, 1, 10000, 1150, 0, 0, 0});
    for (const TenderKindInfo& k : tender_kinds) {
        CAPTURE(k.name);
        if (!k.refundable_to) {
            CHECK_THROWS_WITH_AS(build_full_refund(src, sale_test::manager, std::nullopt, RefundTender{k.value, "R1"}),
                                 "a refund is paid back as cash, card, not as voucher", Error);
            continue;
        }
        if (k.needs_reference)
            CHECK_THROWS_WITH_AS(build_full_refund(src, sale_test::manager, std::nullopt, RefundTender{k.value, ""}),
                                 doctest::Contains(" refund needs its "), Error);
        const Refund r = build_full_refund(src, sale_test::manager, std::nullopt, RefundTender{k.value, "R1"});
        CHECK(r.tender.kind == k.value);
        CHECK(r.tender.reference == (k.needs_reference ? "R1" : ""));
    }
}
