// Printer fault soak: receipts sold through the real service, queued in the same transaction,
// rendered by the real receipt encoder and printed by the real PrintQueue + UsbEscposPrinter over
// real libusb to the umockdev fake printer, while paper-end, cover-open, stall and unplug/replug
// faults are injected at random points. The test plays the cashier: after every failure it
// clears the fault and presses Retry (or, sometimes, Skip + Reprint, which prints a COPY).
//
// Checked after every attempt: what the printer received in that attempt is status queries
// around exactly payload[bytes_sent before .. bytes_sent after) (no byte lost, none twice), and an
// injected fault stopped the job where it was injected. Checked at the end: every sale reached
// the printer exactly once in full (its receipt, or - if the cashier skipped it - one COPY), each
// printed payload equals the encoder's output for that job (computed independently on another
// connection), a job was rendered once (frozen), and nothing is left in the queue.
//
// POS_SOAK_RECEIPTS (default 500) sets the number of sales, POS_SOAK_SEED the seed (printed).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/print_jobs.h"
#include "db/staff.h"
#include "devices/print_queue.h"
#include "drivers/escpos/profile.h"
#include "drivers/printer/usb_escpos_printer.h"
#include "drivers/usb/context.h"
#include "drivers/usb/enumerate.h"
#include "receipt/job_renderer.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "support/fakeusb/fake_usb_bed.h"
#include "support/temp_dir.h"

using namespace std::chrono_literals;
using namespace pos;
using Bytes = std::vector<std::uint8_t>;

namespace {

constexpr std::size_t kChunk = 4096;  // BulkTransport::kChunkSize: progress is reported per chunk

std::uint64_t env_number(const char* name, std::uint64_t fallback) {
    const char* v = std::getenv(name);
    if (v == nullptr || *v == '\0') return fallback;
    char* end = nullptr;
    const unsigned long long n = std::strtoull(v, &end, 10);
    REQUIRE_MESSAGE((end != nullptr && *end == '\0'), name << " must be a number, got '" << v << "'");
    return n;
}

bool is_query(const Bytes& b, std::size_t i) {
    return i + 2 < b.size() && b[i] == 0x10 && b[i + 1] == 0x04 && b[i + 2] >= 1 && b[i + 2] <= 4;
}

bool only_queries(const Bytes& b, std::size_t from, std::size_t to) {
    if ((to - from) % 3 != 0) return false;
    for (std::size_t i = from; i < to; i += 3)
        if (!is_query(b, i)) return false;
    return true;
}

// True when seg = DLE EOT queries, then exactly `part`, then DLE EOT queries (at most 4 queries
// precede the data: the status check before sending).
bool queries_around(const Bytes& seg, const Bytes& part) {
    for (std::size_t pre = 0; pre <= 12 && pre + part.size() <= seg.size(); pre += 3) {
        if (!only_queries(seg, 0, pre)) break;
        if (!std::equal(part.begin(), part.end(), seg.begin() + static_cast<std::ptrdiff_t>(pre))) continue;
        if (only_queries(seg, pre + part.size(), seg.size())) return true;
    }
    return false;
}

bool contains(const Bytes& hay, std::string_view needle) {
    return std::search(hay.begin(), hay.end(), needle.begin(), needle.end()) != hay.end();
}

enum class Fault { none, paper_end, cover_open_before, cover_open_during, stall, unplug };

const char* fault_name(Fault f) {
    switch (f) {
    case Fault::none: return "none";
    case Fault::paper_end: return "paper end";
    case Fault::cover_open_before: return "cover open before";
    case Fault::cover_open_during: return "cover open during";
    case Fault::stall: return "stall";
    case Fault::unplug: return "unplug";
    }
    return "?";
}

struct Product {
    const char* sku;
    const char* name;  // mixed scripts: ASCII and Cyrillic go as text, CJK and Vietnamese as raster
    Minor price;
    int tax_bp;
};

const Product kProducts[] = {
    {"SOFA-1", "Sofa Milano 3-seat", 699900, 1300},     {"TABLE-1", "Стол обеденный, дуб", 299950, 1300},
    {"LAMP-1", "落地灯 北欧", 45900, 1300},              {"CHAIR-1", "Ghế ăn gỗ sồi", 89900, 1300},
    {"RUG-1", "Wool rug 160x230", 129900, 1300},        {"DELIV", "Delivery", 20000, 600},
    {"BED-1", "床 1.8m 實木", 1599900, 1300},            {"SHELF-1", "Полка настенная", 34900, 1300},
};

struct JobRecord {
    Id sale = 0;
    std::string kind;
    Bytes expected;  // the encoder's output for this job, computed on the service's connection
    int attempts = 0;
};

class Soak {
public:
    Soak()
        : store_(make_store()), printer_(bed_.add_printer()), clock_(*parse_local_datetime("2026-11-20T09:00:00")),
          pos_store_(service::open_store(path())), conn_(pos_store_.connection()), pos_(conn_, clock_, options()),
          queue_store_(service::open_store(path())), queue_conn_(queue_store_.connection()),
          profile_(escpos::find_profile("epson-tm-t20")) {
        queue_.emplace(queue_conn_, [this](const db::PrintJobRow& job) {
            ++renders_[job.id];
            return receipt::render_print_job(queue_->connection(), job, profile_);
        }, events_);
        events_.set_wake([this] { on_event(); });
        attach_port();
        pos_.apply(intent::Login{"Wei", "1234"});
    }

    void run(std::uint64_t receipts, std::uint64_t seed) {
        rng_.seed(seed);
        std::uint64_t sold = 0;
        while (sold < receipts) {
            // A few customers pay before the printer catches up: several jobs queue up.
            const std::uint64_t batch = std::min<std::uint64_t>(pick(1, 4), receipts - sold);
            for (std::uint64_t i = 0; i < batch; ++i) sell();
            sold += batch;
            while (queue_->has_pending()) attempt();
        }
    }

    void check_final(std::uint64_t receipts) {
        CHECK(queue_->jobs("pending").empty());
        CHECK(queue_->jobs("printing").empty());
        CHECK(queue_->jobs("failed").empty());
        CHECK_FALSE(queue_->has_pending());

        std::map<Id, int> printed_per_sale;
        std::size_t copies = 0, skipped = 0;
        for (const db::PrintJobRow& job : queue_->jobs("done")) {
            INFO("job " << job.id << " (" << job.kind << ", sale " << job.sale_id << ")");
            const auto it = jobs_.find(job.id);
            REQUIRE(it != jobs_.end());
            REQUIRE(job.payload);
            CHECK(*job.payload == it->second.expected);  // the bytes are the encoder's output
            CHECK(job.bytes_sent == static_cast<std::int64_t>(job.payload->size()));
            CHECK(renders_[job.id] == 1);  // rendered once, frozen; resumes never re-render
            CHECK(contains(*job.payload, "COPY") == (job.kind == "copy"));
            ++printed_per_sale[job.sale_id];
            if (job.kind == "copy") ++copies;
        }
        for (const db::PrintJobRow& job : queue_->jobs("skipped")) {
            CHECK(job.kind == "receipt");
            CHECK(job.error == "skipped by the cashier");
            ++skipped;
        }
        CHECK(copies == skipped);  // a copy only for a skipped receipt
        CHECK(printed_per_sale.size() == receipts);
        for (const Id sale : sales_) CHECK_MESSAGE(printed_per_sale[sale] == 1, "sale " << sale);
        CHECK(printer_.received_size() == accounted_);  // nothing arrived outside the attempts

        std::printf("soak: %llu receipts, %zu attempts, %zu copies, %zu bytes to the printer; faults:",
                    static_cast<unsigned long long>(receipts), attempts_, copies, accounted_);
        for (const auto& [f, n] : fault_counts_) std::printf(" %s=%d", fault_name(f), n);
        std::printf("\n");
        // The soak must really have exercised every fault kind.
        for (Fault f : {Fault::paper_end, Fault::cover_open_before, Fault::cover_open_during, Fault::stall, Fault::unplug})
            if (receipts >= 100) CHECK_MESSAGE(fault_counts_[f] > 0, fault_name(f) << " never happened");
    }

private:
    static service::ServiceOptions options() {
        service::ServiceOptions o;
        o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
        o.pin_cost = PinCost::minimum();
        return o;
    }
    std::string path() const { return dir_.file("store.db"); }

    bool make_store() {
        setenv("TZ", "UTC", 1);
        service::Store opened = service::create_store(path());
        db::Connection& c = opened.connection();
        service::StoreSettings s;
        s.store_name = "Soak Home";
        s.currency_code = "CNY";
        s.receipt_header = "1 Test Road";
        s.receipt_footer = "Thank you";
        service::save_settings(c, s);
        db::add_staff(c, "Wei", "cashier", hash_pin("1234", PinCost::minimum()), 0);
        std::vector<db::ProductRow> rows;
        for (const Product& p : kProducts) {
            db::ProductRow r;
            r.sku = p.sku;
            r.name = p.name;
            r.price = p.price;
            r.tax_rate_bp = p.tax_bp;
            rows.push_back(r);
        }
        db::upsert_products(c, rows);
        return true;
    }

    std::uint64_t pick(std::uint64_t lo, std::uint64_t hi) { return std::uniform_int_distribution<std::uint64_t>(lo, hi)(rng_); }

    void attach_port() {
        const auto deadline = std::chrono::steady_clock::now() + 10s;
        for (;;) {  // after a replug, libusb learns about the device from its hotplug monitor
            auto found = usb::enumerate(ctx_);
            if (found.size() == 1 && !found[0].manufacturer.empty()) {
                printer::UsbPrinterOptions o;
                o.chunk_timeout = 300ms;  // generous: a loaded CI machine must not time out a healthy write
                o.reply_timeout = 600ms;
                port_ = std::make_unique<printer::UsbEscposPrinter>(ctx_, found[0], o);
                return;
            }
            REQUIRE_MESSAGE(std::chrono::steady_clock::now() < deadline, "the replugged printer did not come back");
            std::this_thread::sleep_for(10ms);
        }
    }

    void sell() {
        clock_.advance(static_cast<Timestamp>(pick(20, 600)) * 1000);
        const std::uint64_t lines = pick(1, 6);
        for (std::uint64_t i = 0; i < lines; ++i) {
            const Product& p = kProducts[pick(0, std::size(kProducts) - 1)];
            pos_.apply(intent::AddItem{p.sku, static_cast<int>(pick(1, 3))});
        }
        const Minor due = pos_.totals().totals.total;
        if (pick(0, 1) == 0) pos_.apply(intent::AddTender{"cash", due, due + static_cast<Minor>(pick(0, 50)) * 100, ""});
        else pos_.apply(intent::AddTender{"card", due, due, "A" + std::to_string(pick(1000, 9999))});
        pos_.apply(intent::CompleteSale{});
        REQUIRE(pos_.last_commit());
        const service::CommittedSale& c = *pos_.last_commit();
        sales_.push_back(c.sale_id);
        record_job(c.print_job_id, c.sale_id, "receipt");
    }

    void record_job(Id job, Id sale, const std::string& kind) {
        JobRecord r;
        r.sale = sale;
        r.kind = kind;
        db::PrintJobRow row;
        row.id = job;
        row.sale_id = sale;
        row.kind = kind;
        r.expected = receipt::render_print_job(conn_, row, profile_);  // the oracle, on another connection
        jobs_[job] = std::move(r);
    }

    // The queue's wake hook: runs on every event push and must not touch the queue. During a
    // step without a status monitor the pushes are one JobProgress per chunk, then JobDone or
    // JobFailed; the k-th push is the k-th chunk's progress, where the mid-job fault fires.
    void on_event() {
        if (armed_at_ == 0 || --armed_at_ != 0) return;
        if (armed_ == Fault::stall) printer_.stall_next_writes(1);
        else if (armed_ == Fault::unplug) bed_.unplug(printer_);
        else if (armed_ == Fault::cover_open_during) printer_.cover_open();
    }

    void attempt() {
        const auto pending = queue_->jobs("pending");
        REQUIRE_FALSE(pending.empty());
        const db::PrintJobRow before = pending.front();
        JobRecord& rec = jobs_.at(before.id);
        ++rec.attempts;
        ++attempts_;
        REQUIRE_MESSAGE(rec.attempts < 50, "job " << before.id << " never finishes");
        const std::size_t total = rec.expected.size();
        const std::size_t from = static_cast<std::size_t>(before.bytes_sent);
        const std::size_t remaining = total - from;
        const std::size_t chunks = (remaining + kChunk - 1) / kChunk;

        // Choose this attempt's fault.
        Fault fault = Fault::none;
        const std::uint64_t r = pick(0, 99);
        if (r < 12) fault = Fault::paper_end;
        else if (r < 18) fault = Fault::cover_open_before;
        else if (r < 22 && chunks > 0) fault = Fault::cover_open_during;
        else if (r < 30) fault = Fault::stall;
        else if (r < 37) fault = Fault::unplug;
        std::size_t paper_at = 0;
        armed_ = fault;
        armed_at_ = 0;
        fired_offset_ = from;
        switch (fault) {
        case Fault::paper_end:
            paper_at = remaining == 0 ? 0 : static_cast<std::size_t>(pick(0, remaining - 1));
            printer_.paper_end_after(6 + paper_at);  // the status check before sending counts too
            break;
        case Fault::cover_open_before: printer_.cover_open(); break;
        case Fault::cover_open_during: armed_at_ = static_cast<int>(pick(1, chunks)); break;
        case Fault::stall:
        case Fault::unplug: {
            // 0: before the job (the status query stalls / no printer); k: after the k-th chunk.
            const int k = static_cast<int>(pick(0, chunks));
            if (k == 0 && fault == Fault::stall) printer_.stall_next_writes(1);
            else if (k == 0) bed_.unplug(printer_);
            armed_at_ = k;
            fired_offset_ = from + std::min(static_cast<std::size_t>(k) * kChunk, remaining);
            break;
        }
        case Fault::none: break;
        }
        const std::size_t received_before = printer_.received_size();
        CHECK(received_before == accounted_);

        const devices::StepOutcome out = queue_->step(*port_);

        const auto after_row = queue_->job(before.id);
        REQUIRE(after_row);
        REQUIRE(after_row->payload);
        INFO("job " << before.id << " attempt " << rec.attempts << ", fault " << fault_name(fault) << ", from " << from
                    << " of " << total);
        CHECK(*after_row->payload == rec.expected);  // frozen bytes are the encoder's output
        const std::size_t to = static_cast<std::size_t>(after_row->bytes_sent);
        REQUIRE(to >= from);
        REQUIRE(to <= total);
        const Bytes got = printer_.received();
        const Bytes seg(got.begin() + static_cast<std::ptrdiff_t>(received_before), got.end());
        const Bytes part(rec.expected.begin() + static_cast<std::ptrdiff_t>(from),
                         rec.expected.begin() + static_cast<std::ptrdiff_t>(to));
        CHECK_MESSAGE(queries_around(seg, part), "the printer did not get exactly bytes " << from << ".." << to);
        accounted_ = got.size();
        ++fault_counts_[fault];
        // The events of this attempt: progress per chunk, then exactly one JobDone / JobFailed.
        int finals = 0;
        for (const auto& e : events_.drain()) {
            if (const auto* d = std::get_if<devices::JobDone>(&e)) {
                CHECK(d->job == before.id);
                ++finals;
            } else if (const auto* f = std::get_if<devices::JobFailed>(&e)) {
                CHECK(f->job == before.id);
                CHECK(f->offset == to);
                CHECK(f->error == after_row->error.value_or(""));
                ++finals;
            }
        }
        CHECK(finals == 1);

        const bool fired = armed_at_ == 0;  // a mid-job fault whose chunk never came did not happen
        switch (fault) {
        case Fault::none: CHECK(out == devices::StepOutcome::done); break;
        case Fault::paper_end:
            CHECK(out == devices::StepOutcome::failed);
            CHECK(after_row->error == "paper out");
            CHECK(to == from + paper_at);
            printer_.refill_paper();
            break;
        case Fault::cover_open_before:
            CHECK(out == devices::StepOutcome::failed);
            CHECK(after_row->error == "cover open");
            CHECK(to == from);
            printer_.cover_close();
            break;
        case Fault::cover_open_during:
            // The fake keeps taking data with the cover open; the check after the job fails it.
            CHECK(fired);
            CHECK(out == devices::StepOutcome::failed);
            CHECK(after_row->error == "cover open");
            CHECK(to == total);
            printer_.cover_close();
            break;
        case Fault::stall:
            CHECK(fired);
            CHECK(out == devices::StepOutcome::failed);
            CHECK(after_row->error == "printer did not answer");
            CHECK(to == fired_offset_);
            break;
        case Fault::unplug:
            CHECK(fired);
            CHECK(out == devices::StepOutcome::failed);
            CHECK(after_row->error == "printer unplugged");
            CHECK(to == fired_offset_);
            port_.reset();  // as the DeviceHub does: drop the dead handle, wait for the replug
            bed_.replug(printer_);
            attach_port();
            break;
        }
        armed_ = Fault::none;
        armed_at_ = 0;
        if (out == devices::StepOutcome::done) {
            CHECK(to == total);
            CHECK(after_row->status == "done");
            return;
        }
        REQUIRE(after_row->status == "failed");
        // The cashier: Retry mostly; sometimes Skip and Reprint (a COPY) for an original receipt.
        if (rec.kind == "receipt" && pick(0, 99) < 12) {
            queue_->skip(before.id);
            const Id copy = queue_->reprint(before.id);
            record_job(copy, rec.sale, "copy");
        } else {
            queue_->retry(before.id);
        }
    }

    testsupport::TempDir dir_{"pos-soak"};
    bool store_;
    fakeusb::FakeUsbBed bed_;  // before the libusb context: libusb must see the fake tree
    fakeusb::FakePrinter& printer_;
    usb::Context ctx_;
    std::unique_ptr<printer::UsbEscposPrinter> port_;
    ManualClock clock_;
    service::Store pos_store_;
    db::Connection& conn_;
    service::PosService pos_;
    service::Store queue_store_;  // the print worker's own connection, as in the app
    db::Connection& queue_conn_;
    const escpos::Profile& profile_;
    devices::DeviceEvents events_;
    std::optional<devices::PrintQueue> queue_;

    std::mt19937_64 rng_;
    std::vector<Id> sales_;
    std::map<Id, JobRecord> jobs_;
    std::map<Id, int> renders_;
    std::map<Fault, int> fault_counts_;
    std::size_t attempts_ = 0, accounted_ = 0;
    Fault armed_ = Fault::none;
    int armed_at_ = 0;
    std::size_t fired_offset_ = 0;
};

}  // namespace

TEST_CASE("printer fault soak: every receipt reaches the printer exactly once, byte-exact, nothing left queued") {
    const std::uint64_t receipts = env_number("POS_SOAK_RECEIPTS", 500);
    const std::uint64_t seed = env_number("POS_SOAK_SEED", std::random_device{}());
    std::printf("soak: POS_SOAK_SEED=%llu POS_SOAK_RECEIPTS=%llu\n", static_cast<unsigned long long>(seed),
                static_cast<unsigned long long>(receipts));
    std::fflush(stdout);
    INFO("POS_SOAK_SEED=" << seed);
    Soak soak;
    soak.run(receipts, seed);
    soak.check_final(receipts);
}

TEST_CASE("the soak's byte check can fail: a duplicated or missing byte is noticed") {
    const Bytes q{0x10, 0x04, 0x01, 0x10, 0x04, 0x04};
    const Bytes part{0x1B, 0x40, 'A', 'B', 0x10, 0x04, 0x01};  // payload may itself contain 10 04 01
    Bytes seg = q;
    seg.insert(seg.end(), part.begin(), part.end());
    seg.insert(seg.end(), q.begin(), q.end());
    CHECK(queries_around(seg, part));
    Bytes dup = seg;
    dup.insert(dup.begin() + 8, 'A');
    CHECK_FALSE(queries_around(dup, part));
    Bytes lost = seg;
    lost.erase(lost.begin() + 8);
    CHECK_FALSE(queries_around(lost, part));
    CHECK_FALSE(queries_around(q, part));
}
