// The Z report print: the day's figures as the manager reads them off the paper.
#include <doctest/doctest.h>

#include "receipt/receipt_test_data.h"
#include "receipt/z_report_layout.h"

using namespace pos;
using namespace receipt_test;

namespace {

report::DaySummary sample_day() {
    report::DaySummary s;
    s.day = "2026-11-20";
    s.store_name = "Lotus Home";
    s.currency = "CNY";
    s.traffic.visits = 3;
    s.traffic.sold = 1;
    s.traffic.lost = 1;
    s.traffic.follow_up = 1;
    s.sales_count = 2;
    s.gross_sales = 954665;
    s.refunds_total = 29900;
    s.revenue = 924765;
    s.tax_total = 106100;
    s.items_sold = 4;
    s.tenders = {{"card", 1, 500000}, {"cash", 2, 424765}};
    s.voids = 1;
    s.refund_count = 1;
    s.overrides = {report::OverrideRow{}, report::OverrideRow{}};
    s.no_sale_opens = 1;
    s.cash.opening_float = 50000;
    s.cash.cash_sales = 454665;
    s.cash.cash_refunds = 29900;
    s.cash.expected = 474765;
    s.cash.counted = 474760;
    s.cash.variance = -5;
    s.cash.closed_by = "Olga";
    return s;
}

std::string printed(const escpos::Document& doc, const std::string& profile_name = "epson-tm-t20") {
    const escpos::Profile& profile = escpos::find_profile(profile_name);
    escpos::VirtualPrinter vp(profile, rasterizer());
    vp.feed(escpos::encode(doc, profile, &rasterizer()));
    REQUIRE(vp.unknown_commands().empty());
    return vp.text();
}

}  // namespace

TEST_CASE("the Z report prints the day's figures") {
    const std::string t = printed(receipt::z_report(sample_day(), {Lang::en, 48}));
    CHECK(t == R"(Lotus Home
================================================
*** Z REPORT ***
Business day                          2026-11-20
------------------------------------------------
Traffic
Visits                                         3
Sold                                           1
Lost                                           1
Follow-up                                      1
Conversion                                33.33%
------------------------------------------------
Sales
Sales                                          2
Gross sales                             9,546.65
Refunds (1)                              -299.00
Tax                                     1,061.00
Average ticket                          4,773.33
Items sold                                     4
Revenue CNY     9,247.65
------------------------------------------------
Tenders
Card (1)                                5,000.00
Cash (2)                                4,247.65
------------------------------------------------
Voids                                          1
Manager overrides                              2
No-sale drawer opens                           1
------------------------------------------------
Cash drawer
Opening float                             500.00
Cash sales                              4,546.65
Cash refunds                             -299.00
Cash expected                           4,747.65
Cash counted                            4,747.60
Variance                                   -0.05
Closed by                                   Olga
================================================
)");
}

TEST_CASE("an unclosed day says so instead of a count") {
    report::DaySummary s = sample_day();
    s.cash.counted.reset();
    s.cash.variance.reset();
    const std::string t = printed(receipt::z_report(s, {Lang::zh_CN, 48}), "xprinter-80");
    CHECK(t.find("尚未日结\n") != std::string::npos);
    CHECK(t.find("实点现金") == std::string::npos);
    CHECK(t.find("应有现金                                4,747.65\n") != std::string::npos);
}
