// commit_sale: atomic, gapless receipt numbers, journal + print job, refunds and loading back.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "db/journal.h"
#include "db/print_jobs.h"
#include "db/sales.h"
#include "db_test_util.h"

using namespace pos;
using namespace pos::db;
using pos::db::test::TempDir;

namespace {

// Two sofas at 1,500,000 and one lamp at 200,000 VND, 10% tax included; paid cash + card.
SaleDraft sample_sale() {
    SaleDraft d;
    d.staff_id = test::k_floor;
    d.cashier_id = test::k_cashier;
    d.created_at = 1'763'900'000'000;
    d.day = "2025-11-23";
    d.currency = "VND";
    d.tax_mode = "inclusive";
    SaleLineRow sofa{0, 1, 0, "SOFA-1", "Sofa", 2, 1'500'000, 1'500'000, 0, 0, 1000, 272'727, 3'000'000, 0, 0};
    SaleLineRow lamp{0, 2, 0, "LAMP-9", "Lamp", 1, 200'000, 200'000, 0, 0, 1000, 18'182, 200'000, 0, 0};
    d.lines = {sofa, lamp};
    d.subtotal = 3'200'000;
    d.tax_total = 290'909;
    d.total = 3'200'000;
    d.change_given = 50'000;
    d.payments = {{"card", 3'000'000, 0, "AUTH123"}, {"cash", 200'000, 250'000, ""}};
    d.taxes = {{1000, 2'909'091, 290'909}};
    return d;
}

std::int64_t count(Connection& c, const char* table) {
    return c.query_int64(std::string("SELECT COUNT(*) FROM ") + table).value_or(-1);
}

}  // namespace

TEST_CASE("commit_sale stores the sale, journal entry and a pending print job, and loads back") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const Blob receipt{0x1b, 0x40, 'H', 'i'};
    const CommittedSale s = commit_sale(c, sample_sale(), receipt);
    CHECK(s.receipt_no == 1);
    CHECK(s.journal_seq == 1);

    const auto rec = load_sale(c, s.sale_id);
    REQUIRE(rec);
    CHECK(rec->receipt_no == 1);
    CHECK(rec->kind == "sale");
    CHECK(rec->total == 3'200'000);
    CHECK(rec->change_given == 50'000);
    CHECK(rec->visit_id == 0);
    REQUIRE(rec->lines.size() == 2);
    CHECK(rec->lines[0].sku == "SOFA-1");
    CHECK(rec->lines[0].qty == 2);
    CHECK(rec->lines[0].refunded_qty == 0);
    CHECK(rec->lines[1].payable == 200'000);
    REQUIRE(rec->payments.size() == 2);
    CHECK(rec->payments[1].tendered == 250'000);
    CHECK(rec->payments[0].reference == "AUTH123");
    REQUIRE(rec->taxes.size() == 1);
    CHECK(rec->taxes[0].tax == 290'909);

    const auto job = get_print_job(c, s.print_job_id);
    REQUIRE(job);
    CHECK(job->status == "pending");
    CHECK(job->kind == "receipt");
    CHECK(job->sale_id == s.sale_id);
    CHECK(job->payload == receipt);

    const auto j = journal::read(c, 0, 10);
    REQUIRE(j.size() == 1);
    CHECK(j[0].kind == "sale");
    CHECK(j[0].ref_id == s.sale_id);
    CHECK(j[0].staff_id == test::k_cashier);
    CHECK(j[0].payload ==
          R"({"change_given":50000,"currency":"VND","kind":"sale","lines":[{"line_no":1,"payable":3000000,"qty":2,"sku":"SOFA-1"},)"
          R"({"line_no":2,"payable":200000,"qty":1,"sku":"LAMP-9"}],"receipt_no":1,"tax_total":290909,)"
          R"("tenders":[{"amount":3000000,"kind":"card"},{"amount":200000,"kind":"cash"}],"total":3200000})");
    CHECK(journal::verify(c).ok);
    CHECK(find_sale_by_receipt(c, 1)->id == s.sale_id);
    CHECK_FALSE(find_sale_by_receipt(c, 2).has_value());
}

TEST_CASE("a failure mid-way leaves nothing behind and the next sale gets the next gapless number") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    CHECK(commit_sale(c, sample_sale(), std::nullopt).receipt_no == 1);

    SaleDraft bad = sample_sale();
    bad.payments.push_back({"bitcoin", 1, 0, ""});  // violates the payments.kind CHECK
    CHECK_THROWS_WITH_AS(commit_sale(c, bad, std::nullopt), doctest::Contains("CHECK constraint failed"), pos::Error);
    CHECK(count(c, "sales") == 1);
    CHECK(count(c, "sale_lines") == 2);
    CHECK(count(c, "payments") == 2);
    CHECK(count(c, "journal") == 1);
    CHECK(count(c, "print_jobs") == 1);
    CHECK_FALSE(c.in_transaction());

    SaleDraft bad_line = sample_sale();
    bad_line.lines[1].tax_rate_bp = 20000;  // fails on the second line, after the sale row
    CHECK_THROWS_AS(commit_sale(c, bad_line, std::nullopt), pos::Error);
    CHECK(count(c, "sales") == 1);

    CHECK(commit_sale(c, sample_sale(), std::nullopt).receipt_no == 2);
    CHECK(commit_sale(c, sample_sale(), std::nullopt).receipt_no == 3);
    CHECK(last_receipt_no(c) == 3);
    CHECK(journal::verify(c).entries_checked == 3);
}

TEST_CASE("refunds share the receipt sequence, track refunded quantity and cannot over-refund") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    const CommittedSale sale = commit_sale(c, sample_sale(), std::nullopt);
    const auto original = load_sale(c, sale.sale_id);
    REQUIRE(original);

    SaleDraft r = sample_sale();
    r.kind = "refund";
    r.refund_of = sale.sale_id;
    SaleLineRow line = original->lines[0];
    line.line_no = 1;
    line.qty = -1;
    line.tax = -136'364;
    line.payable = -1'500'000;
    line.refund_of_line = original->lines[0].id;
    r.lines = {line};
    r.subtotal = r.total = -1'500'000;
    r.tax_total = -136'364;
    r.change_given = 0;
    r.payments = {{"cash", -1'500'000, 0, ""}};
    r.taxes = {{1000, -1'363'636, -136'364}};
    const CommittedSale refund = commit_sale(c, r, std::nullopt);
    CHECK(refund.receipt_no == 2);

    const auto after = load_sale(c, sale.sale_id);
    CHECK(after->lines[0].refunded_qty == 1);
    CHECK(after->lines[1].refunded_qty == 0);
    CHECK(after->refund_ids == std::vector<Id>{refund.sale_id});
    const auto j = journal::read(c, 1, 10);
    REQUIRE(j.size() == 1);
    CHECK(j[0].kind == "refund");
    CHECK(nlohmann::json::parse(j[0].payload)["refund_of_receipt"] == 1);

    r.lines[0].qty = -2;  // only one left
    CHECK_THROWS_WITH(commit_sale(c, r, std::nullopt), "cannot refund 2 x SOFA-1: only 1 left to refund on receipt 1");
    CHECK(last_receipt_no(c) == 2);

    r.lines[0].qty = -1;
    r.lines[0].refund_of_line = 9999;
    CHECK_THROWS_WITH(commit_sale(c, r, std::nullopt), "refund line 1 (SOFA-1) does not belong to receipt 1");

    const DaySummaryRow t = day_totals(c, "2025-11-23");
    CHECK(t.sale_count == 1);
    CHECK(t.refund_count == 1);
    CHECK(t.gross_total == 3'200'000);
    CHECK(t.refund_total == -1'500'000);
    CHECK(t.net_total == 1'700'000);
    CHECK(t.cash == 200'000 - 1'500'000);
    CHECK(t.card == 3'000'000);
    CHECK(sale_ids_for_day(c, "2025-11-23") == std::vector<Id>{sale.sale_id, refund.sale_id});
}

TEST_CASE("commit_sale composes inside a caller's transaction") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    {
        Transaction outer(c);
        CHECK(commit_sale(c, sample_sale(), std::nullopt).receipt_no == 1);
        // outer rolls back: the sale disappears with it
    }
    CHECK(count(c, "sales") == 0);
    CHECK(commit_sale(c, sample_sale(), std::nullopt).receipt_no == 1);
}

namespace {

// The journal payload as commit_sale built it with nlohmann::json before db::JsonWriter: the
// stored text (and so the hash chain of old and new rows) must stay byte for byte the same.
std::string dumped_payload(const SaleDraft& d, std::int64_t receipt_no, std::int64_t refund_of_receipt) {
    nlohmann::json lines = nlohmann::json::array();
    for (const SaleLineRow& l : d.lines)
        lines.push_back({{"line_no", l.line_no}, {"sku", l.sku}, {"qty", l.qty}, {"payable", l.payable}});
    nlohmann::json tenders = nlohmann::json::array();
    for (const PaymentRow& p : d.payments) tenders.push_back({{"kind", p.kind}, {"amount", p.amount}});
    nlohmann::json j = {{"receipt_no", receipt_no}, {"kind", d.kind},        {"currency", d.currency},
                        {"total", d.total},         {"tax_total", d.tax_total}, {"lines", lines},
                        {"tenders", tenders},       {"change_given", d.change_given}};
    if (refund_of_receipt) j["refund_of_receipt"] = refund_of_receipt;
    if (!d.overrides.empty()) j["overrides"] = d.overrides.size();
    return j.dump();
}

}  // namespace

TEST_CASE("the sale's journal payload is the text nlohmann::json::dump() gave, escapes included") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    SaleDraft d = sample_sale();
    // Quotes, backslash, every escaped control character, DEL, CJK, Cyrillic and a 4-byte emoji.
    d.lines[0].sku = std::string("A\"B\\C/\b\f\n\r\t") + '\x01' + '\x1f' + '\x7f' + "沙发-Стол-😀";
    d.overrides.push_back({"price_override", 1, test::k_cashier, test::k_manager, "damaged", "", 5});
    const CommittedSale s = commit_sale(c, d, std::nullopt);
    auto j = journal::read(c, 0, 10);
    REQUIRE(j.size() == 1);
    CHECK(j[0].payload == dumped_payload(d, s.receipt_no, 0));
    CHECK(j[0].payload.find(R"("sku":"A\"B\\C/\b\f\n\r\t\u0001\u001f)") != std::string::npos);

    SaleDraft r = sample_sale();
    r.kind = "refund";
    r.refund_of = s.sale_id;
    const auto original = load_sale(c, s.sale_id);
    REQUIRE(original);
    r.lines = {original->lines[1]};
    r.lines[0].line_no = 1;
    r.lines[0].qty = -1;
    r.lines[0].tax = -18'182;
    r.lines[0].payable = -200'000;
    r.lines[0].refund_of_line = original->lines[1].id;
    r.subtotal = r.total = -200'000;
    r.tax_total = -18'182;
    r.change_given = 0;
    r.payments = {{"cash", -200'000, 0, ""}};
    r.taxes = {{1000, -181'818, -18'182}};
    const CommittedSale refund = commit_sale(c, r, std::nullopt);
    j = journal::read(c, 1, 10);
    REQUIRE(j.size() == 1);
    CHECK(j[0].payload == dumped_payload(r, refund.receipt_no, s.receipt_no));
    CHECK(journal::verify(c).ok);
}

TEST_CASE("a sale whose text is not valid UTF-8 is refused and stores nothing") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    for (const std::string& bad : {std::string("SOFA-\xff"), std::string("\xc0\xaf"), std::string("\xed\xa0\x80"),
                                  std::string("\xe6\xb2"), std::string("\xf4\x90\x80\x80")}) {
        SaleDraft d = sample_sale();
        d.lines[1].sku = bad;
        CHECK_THROWS_WITH_AS(commit_sale(c, d, std::nullopt), "journal payload text is not valid UTF-8", pos::Error);
    }
    CHECK(count(c, "sales") == 0);
    CHECK(count(c, "sale_lines") == 0);
    CHECK(count(c, "journal") == 0);
    CHECK(count(c, "print_jobs") == 0);
    CHECK(commit_sale(c, sample_sale(), std::nullopt).receipt_no == 1);
}

TEST_CASE("a sale with more lines than one INSERT takes stores every line in order") {
    TempDir dir;
    Connection c = test::seeded_db(dir);
    for (const int n : {1, 8, 9, 19}) {
        SaleDraft d = sample_sale();
        d.lines.clear();
        for (int i = 1; i <= n; ++i)
            d.lines.push_back({0, i, 0, "SKU-" + std::to_string(i), "Chair " + std::to_string(i), i, 100, 100, 0, 0, 1000, 9 * i,
                               100 * i, 0, 0});
        const CommittedSale s = commit_sale(c, d, std::nullopt);
        const auto rec = load_sale(c, s.sale_id);
        REQUIRE(rec);
        REQUIRE(rec->lines.size() == static_cast<std::size_t>(n));
        for (int i = 1; i <= n; ++i) {
            const SaleLineRow& l = rec->lines[static_cast<std::size_t>(i - 1)];
            CHECK(l.line_no == i);
            CHECK(l.sku == "SKU-" + std::to_string(i));
            CHECK(l.name == "Chair " + std::to_string(i));
            CHECK(l.qty == i);
            CHECK(l.tax == 9 * i);
            CHECK(l.payable == 100 * i);
            CHECK(l.product_id == 0);
            CHECK(l.refund_of_line == 0);
        }
    }
    CHECK(count(c, "sale_lines") == 1 + 8 + 9 + 19);
}
