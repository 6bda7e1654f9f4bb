// Benchmarks of the paths a customer waits on. Run with `./dev.sh bench` (or build/tests/bench/pos_bench);
// they print figures and never fail on time. Data is built with the same code the app uses.
#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <vector>

#include "core/codes/barcode.h"
#include "core/codes/gtin.h"
#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/staff.h"
#include "service/demo_data.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "service/summary.h"

namespace fs = std::filesystem;
using namespace pos;

namespace {

fs::path bench_dir() {
    static const fs::path dir = [] {
        setenv("TZ", "UTC", 1);
        char tmpl[] = "/tmp/pos-bench-XXXXXX";
        return fs::path(mkdtemp(tmpl));
    }();
    return dir;
}

std::string ean13(std::int64_t n) {
    std::string body = "690" + std::to_string(100000000 + n);  // 12 digits
    return body + std::to_string(gtin_check_digit(body));
}

// A store with `products` products (each with an EAN-13) and the demo staff.
std::string make_store(const std::string& name, int products) {
    const std::string path = (bench_dir() / name).string();
    if (fs::exists(path)) return path;
    db::Connection conn = service::create_store(path);
    service::StoreSettings s;
    s.store_name = "Bench";
    s.currency_code = "CNY";
    service::save_settings(conn, s);
    std::vector<db::ProductRow> rows;
    for (int i = 0; i < products; ++i) {
        db::ProductRow p;
        p.sku = "SKU-" + std::to_string(i);
        p.name = "Product " + std::to_string(i);
        p.price = 1000 + i % 5000;
        p.tax_rate_bp = 1300;
        p.barcodes = {*normalize_gtin(ean13(i))};
        rows.push_back(std::move(p));
    }
    db::upsert_products(conn, rows);
    db::add_staff(conn, "Wei", "cashier", hash_pin("1234", PinCost::minimum()), 0);
    return path;
}

service::ServiceOptions options() {
    service::ServiceOptions o;
    o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
    o.pin_cost = PinCost::minimum();
    return o;
}

void BM_ParseScan(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(parse_scan("]E04006381333931"));
}
BENCHMARK(BM_ParseScan);

// Scan -> cart line through the service: parse, catalog lookup, intent applied, totals.
void BM_ScanToCartLine(benchmark::State& state) {
    const int products = static_cast<int>(state.range(0));
    db::Connection conn = service::open_store(make_store("scan-" + std::to_string(products) + ".db", products));
    ManualClock clock(*parse_local_datetime("2026-11-20T10:00:00"));
    service::PosService pos(conn, clock, options());
    pos.apply(intent::Login{"Wei", "1234"});
    std::uint64_t k = 0;
    std::vector<std::string> codes;
    for (int i = 0; i < 1000; ++i) codes.push_back(ean13((i * 7919) % products));
    for (auto _ : state) {
        pos.apply(intent::Scan{codes[k++ % codes.size()]});
        benchmark::DoNotOptimize(pos.totals());
        if (pos.cart().lines().size() >= 40) {
            state.PauseTiming();
            pos.apply(intent::HoldCart{"bench"});
            state.ResumeTiming();
        }
    }
}
BENCHMARK(BM_ScanToCartLine)->Arg(10'000)->Arg(100'000)->Unit(benchmark::kMicrosecond);

// Checkout commit: 10 lines, 2 tenders, journal entry, print job, synchronous=FULL.
void BM_CheckoutCommit(benchmark::State& state) {
    db::Connection conn = service::open_store(make_store("checkout.db", 1000));
    ManualClock clock(*parse_local_datetime("2026-11-20T10:00:00"));
    service::PosService pos(conn, clock, options());
    pos.apply(intent::Login{"Wei", "1234"});
    int k = 0;
    for (auto _ : state) {
        state.PauseTiming();
        for (int i = 0; i < 10; ++i) pos.apply(intent::Scan{ean13(k++ % 1000)});
        const Minor total = pos.totals().totals.total;
        pos.apply(intent::AddTender{"card", total / 2, total / 2, "A1"});
        pos.apply(intent::AddTender{"cash", total - total / 2, total, ""});
        state.ResumeTiming();
        pos.apply(intent::CompleteSale{});
    }
}
BENCHMARK(BM_CheckoutCommit)->Unit(benchmark::kMillisecond)->UseRealTime();

// The disk's floor: a 4 KiB write and fsync on the same file system, for the ratio.
void BM_BareWriteFsync(benchmark::State& state) {
    const std::string path = (bench_dir() / "fsync.bin").string();
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    std::vector<char> page(4096, 'x');
    for (auto _ : state) {
        if (::pwrite(fd, page.data(), page.size(), 0) != 4096 || ::fsync(fd) != 0) state.SkipWithError("write/fsync failed");
    }
    ::close(fd);
}
BENCHMARK(BM_BareWriteFsync)->Unit(benchmark::kMillisecond)->UseRealTime();

// The manager's day summary inside a history of `days` days.
void BM_DaySummary(benchmark::State& state) {
    const int days = static_cast<int>(state.range(0));
    const std::string path = (bench_dir() / ("history-" + std::to_string(days) + ".db")).string();
    if (!fs::exists(path)) {
        db::Connection conn = service::create_store(path);
        service::StoreSettings s;
        s.store_name = "Bench";
        s.currency_code = "CNY";
        service::save_settings(conn, s);
        service::DemoOptions o;
        o.days = days;
        o.seed = 3;
        o.end_day = "2026-11-20";
        service::generate_demo_data(conn, o);
    }
    db::Connection conn = service::open_store(path);
    const Playbook pb = load_playbook(std::string(POS_ASSETS_DIR) + "/playbooks/furniture.json");
    for (auto _ : state) benchmark::DoNotOptimize(service::day_summary(conn, "2026-11-18", pb, Lang::en));
}
BENCHMARK(BM_DaySummary)->Arg(7)->Arg(365)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
