#pragma once
// Crash-test verifier: checks a store database after a kill -9 (integrity, reported sales
// present and complete, no partial sale, gapless receipts, print jobs still queued).
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace pos::crashtest {

// A sale the script reported committed ("N ok pay: sale S receipt R total ...").
struct ReportedSale {
    std::int64_t sale_id = 0;
    std::int64_t receipt_no = 0;
    std::size_t lines = 0;  // lines the script put in that cart
};

// Parses script stdout; `lines_for_script_line` maps the pay line's script line number to the
// number of cart lines it paid for.
std::vector<ReportedSale> parse_reported(const std::string& out, const std::map<int, std::size_t>& lines_for_script_line);
// Order numbers the script reported taken ("N ok order_take: order O total ...").
std::vector<std::int64_t> parse_reported_orders(const std::string& out);
// Highest script line number reported done in `out` (0 if none).
int last_reported_line(const std::string& out);

// Returns every problem found (empty = the database is sound).
// Orders: the reported ones present; every stored one with lines summing to its total, paid equal
// to its payments, each payment with its receipt print job, payment numbers gapless.
std::vector<std::string> verify_store(const std::string& db_path, const std::vector<ReportedSale>& reported,
                                      const std::vector<std::int64_t>& reported_orders = {});

}  // namespace pos::crashtest
