#pragma once
// The benchmark data sets, built once per cache directory and reused by later runs.
//
// Catalogs: N products derived from the demo furniture catalog (its Chinese names and
// categories with a model number and a finish: 胡桃木/橡木/白色...), one EAN-13 each, written with
// db::upsert_products (the code behind `catalog import`).
//
// History: a bulk generator, because `demo-data` through PosService would need hours for five
// years at showroom scale. It writes the same tables through the same db/ repository
// functions the service uses (db::insert_visit, append_visit_event, update_visit_stage,
// close_visit, db::commit_sale with its journal entry and print job, mark_print_done,
// insert_day_closing, journal::append for logins/logouts/day closes), with sale amounts
// computed by the domain core (pos::Cart, Payment, complete_sale), one transaction per day.
// Every day's content depends only on the day (seeded by the date), so the last week of a
// five-year history holds the same visits and sales as a one-week history ending that day.
// Customers (issue #10): a fifth of the visits create a customer file (db::insert_customer,
// names and phones in Chinese, Russian and Vietnamese: ~100k in five years), a tenth link an
// earlier customer (a be-back), sales carry their visit's customer; visits ended with a
// follow-up write a follow_ups row, and each morning the follow-ups due get a result by the
// core's record_follow_up (appointments chain). About 4 sales a day are special orders instead
// (db::insert_order with a card deposit), made ready two days before and paid and handed over
// (one in ten cancelled and refunded) on their due day; the floor staff get monthly targets.
// These use their own random streams, so the visits and sales of a day stay history-free; which
// earlier customer comes back, and the follow-ups and orders due, depend on the history.
#include <filesystem>
#include <string>

namespace pos::bench {

struct HistoryShape {
    int visits_per_day = 274;  // ~500k visits, ~300k sales, ~5M events over 5 years
};

std::string ean13(long long n);

// A store with `products` products (sku "SKU-<i>", barcode ean13(i)) and the demo staff.
// Returns the path; reuses the file if it exists.
std::string catalog_store(const std::filesystem::path& cache, long long products);

// The catalog file text (catalog CSV format) of `products` products, for the import benchmark.
std::string catalog_csv(long long products);

// `days` business days of history ending at `end_day` over a catalog of `products`.
std::string history_store(const std::filesystem::path& cache, long long products, int days, const std::string& end_day,
                          const HistoryShape& shape = {});

}  // namespace pos::bench
