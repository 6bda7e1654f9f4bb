// Crash-test verifier: see crash_verify.h.
#include "crash/crash_verify.h"

#include <algorithm>
#include <cstdio>
#include <regex>
#include <set>
#include <sstream>

#include "db/journal.h"
#include "db/orders.h"
#include "db/print_jobs.h"
#include "db/sales.h"
#include "db/sqlite.h"

namespace pos::crashtest {

std::vector<ReportedSale> parse_reported(const std::string& out, const std::map<int, std::size_t>& lines_for_script_line) {
    static const std::regex pay(R"(^(\d+) ok pay: sale (\d+) receipt (\d+) )");
    std::vector<ReportedSale> r;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (!std::regex_search(line, m, pay)) continue;
        ReportedSale s;
        s.sale_id = std::stoll(m[2]);
        s.receipt_no = std::stoll(m[3]);
        const auto it = lines_for_script_line.find(std::stoi(m[1]));
        s.lines = it == lines_for_script_line.end() ? 0 : it->second;
        r.push_back(s);
    }
    return r;
}

std::vector<std::int64_t> parse_reported_orders(const std::string& out) {
    static const std::regex taken(R"(^\d+ ok order_take: order (\d+) )");
    std::vector<std::int64_t> r;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (std::regex_search(line, m, taken)) r.push_back(std::stoll(m[1]));
    }
    return r;
}

int last_reported_line(const std::string& out) {
    static const std::regex done(R"(^(\d+) (ok|refused) )");
    int last = 0;
    std::istringstream in(out);
    std::string line;
    while (std::getline(in, line)) {
        std::smatch m;
        if (std::regex_search(line, m, done)) last = std::max(last, std::stoi(m[1]));
    }
    return last;
}

namespace {

// Internal consistency of one stored sale; appends problems.
void check_sale(const db::SaleRecord& s, std::vector<std::string>& problems) {
    const std::string who = "receipt " + std::to_string(s.receipt_no);
    if (s.lines.empty()) problems.push_back(who + ": no lines");
    if (s.payments.empty()) problems.push_back(who + ": no tenders");
    Minor payable = 0, line_tax = 0, paid = 0, tax_rows = 0;
    for (const auto& l : s.lines) {
        payable += l.payable;
        line_tax += l.tax;
    }
    for (const auto& p : s.payments) paid += p.amount;
    for (const auto& t : s.taxes) tax_rows += t.tax;
    if (payable != s.total) problems.push_back(who + ": lines sum " + std::to_string(payable) + " != total " + std::to_string(s.total));
    if (paid != s.total) problems.push_back(who + ": tenders sum " + std::to_string(paid) + " != total " + std::to_string(s.total));
    if (line_tax != s.tax_total || tax_rows != s.tax_total) problems.push_back(who + ": tax rows/lines disagree with tax_total");
}

void check_orders(db::Connection& conn, const std::vector<std::int64_t>& reported, std::vector<std::string>& problems) {
    for (const std::int64_t no : reported)
        if (!db::find_order_by_no(conn, no)) problems.push_back("reported order " + std::to_string(no) + " missing");
    std::vector<std::int64_t> numbers;
    {
        auto st = conn.prepare("SELECT order_no FROM orders ORDER BY order_no");
        while (st.step()) numbers.push_back(st.get_int64(0));
    }
    std::set<Id> printed;
    for (const auto& j : db::list_print_jobs(conn, "pending"))
        if (j.kind == "order_receipt") printed.insert(j.order_payment_id);
    for (const std::int64_t no : numbers) {
        const auto o = db::find_order_by_no(conn, no);
        const std::string who = "order " + std::to_string(no);
        Minor lines = 0, paid = 0;
        for (const auto& l : o->lines) lines += l.payable;
        if (o->lines.empty() || lines != o->total) problems.push_back(who + ": lines sum " + std::to_string(lines) + " != total");
        const auto payments = db::order_payments(conn, o->id);
        if (payments.empty()) problems.push_back(who + ": no deposit");
        for (const auto& p : payments) {
            paid += p.amount;
            if (!printed.count(p.id)) problems.push_back(who + ": payment P" + std::to_string(p.doc_no) + " has no queued receipt");
        }
        if (paid != o->paid) problems.push_back(who + ": payments sum " + std::to_string(paid) + " != paid " + std::to_string(o->paid));
    }
    const auto count = conn.query_int64("SELECT COUNT(*) FROM order_payments").value_or(0);
    const auto max_no = conn.query_int64("SELECT COALESCE(MAX(doc_no), 0) FROM order_payments").value_or(0);
    if (count != max_no) problems.push_back("payment receipt numbers not gapless: " + std::to_string(count) + " payments, last " + std::to_string(max_no));
    if (!numbers.empty() && static_cast<std::int64_t>(numbers.size()) != numbers.back())
        problems.push_back("order numbers not gapless");
}

}  // namespace

std::vector<std::string> verify_store(const std::string& db_path, const std::vector<ReportedSale>& reported,
                                      const std::vector<std::int64_t>& reported_orders) {
    std::vector<std::string> problems;
    db::Connection conn = db::Connection::open(db_path, db::OpenMode::existing);
    const auto ic = conn.query_text("PRAGMA integrity_check");
    if (ic.value_or("") != "ok") problems.push_back("integrity_check: " + ic.value_or("(none)"));
    const auto jv = db::journal::verify(conn);
    if (!jv.ok) problems.push_back("journal verify: seq " + std::to_string(jv.first_bad_seq) + " " + jv.reason);

    // Reported sales present, same id, complete.
    for (const ReportedSale& r : reported) {
        const auto s = db::find_sale_by_receipt(conn, r.receipt_no);
        if (!s) {
            problems.push_back("reported receipt " + std::to_string(r.receipt_no) + " missing");
            continue;
        }
        if (s->id != r.sale_id) problems.push_back("reported receipt " + std::to_string(r.receipt_no) + " has another sale id");
        if (r.lines != 0 && s->lines.size() != r.lines)
            problems.push_back("receipt " + std::to_string(r.receipt_no) + ": " + std::to_string(s->lines.size()) + " lines, script had " +
                               std::to_string(r.lines));
    }

    // Every stored sale complete, receipts gapless 1..N, each with its receipt print job.
    std::vector<std::int64_t> ids;
    {
        auto st = conn.prepare("SELECT id FROM sales ORDER BY receipt_no");
        while (st.step()) ids.push_back(st.get_int64(0));
    }
    const auto count = conn.query_int64("SELECT COUNT(*) FROM sales").value_or(0);
    const auto max_no = conn.query_int64("SELECT MAX(receipt_no) FROM sales").value_or(0);
    const auto min_no = conn.query_int64("SELECT MIN(receipt_no) FROM sales").value_or(1);
    if (count != max_no || (count > 0 && min_no != 1))
        problems.push_back("receipt numbers not gapless: " + std::to_string(count) + " sales, receipts " + std::to_string(min_no) + ".." +
                           std::to_string(max_no));
    if (db::last_receipt_no(conn) != max_no) problems.push_back("receipt counter disagrees with stored sales");
    std::set<std::int64_t> queued;
    for (const auto& j : db::list_print_jobs(conn, "pending"))
        if (j.kind == "receipt") queued.insert(j.sale_id);
    for (const std::int64_t id : ids) {
        const auto s = db::load_sale(conn, id);
        if (!s) {
            problems.push_back("sale " + std::to_string(id) + " does not load");
            continue;
        }
        check_sale(*s, problems);
        if (!queued.count(id)) problems.push_back("receipt " + std::to_string(s->receipt_no) + ": print job no longer queued");
    }
    check_orders(conn, reported_orders, problems);
    return problems;
}

}  // namespace pos::crashtest
