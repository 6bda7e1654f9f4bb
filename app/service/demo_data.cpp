#include "service/demo_data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/codes/catalog_csv.h"
#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/day_closings.h"
#include "db/journal.h"
#include "db/print_jobs.h"
#include "db/staff.h"
#include "service/assets.h"
#include "service/catalog_import.h"
#include "service/pos_service.h"
#include "service/summary.h"

namespace pos::service {
namespace {

constexpr DemoStaff kStaff[] = {
    {"王芳", "floor", "1111"},   {"Nguyễn Minh", "floor", "2222"}, {"Дмитрий", "floor", "3333"},
    {"陳美玲", "cashier", "4444"}, {"Anna", "cashier", "5555"},     {"Ольга", "manager", "9999"},
};

// splitmix64: tiny, fast and identical on every platform (std distributions are not).
class Rng {
public:
    explicit Rng(std::uint64_t seed) : s_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (s_ += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
    bool chance(int percent) { return range(1, 100) <= percent; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(range(0, static_cast<int>(v.size()) - 1))]; }

private:
    std::uint64_t s_;
};

std::string demo_catalog_path(const StoreSettings& s) {
    namespace fs = std::filesystem;
    const std::string dir = assets_dir() + "/demo/";
    const std::string exact = dir + s.profile + "-" + s.currency_code + ".csv";
    if (fs::exists(exact)) return exact;
    return dir + s.profile + (s.currency().exponent == 0 ? "-VND.csv" : "-USD.csv");
}

int import_demo_catalog(db::Connection& conn, const StoreSettings& s, Timestamp now) {
    const std::string path = demo_catalog_path(s);
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Errc::not_found, "demo catalog missing: " + path);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const CatalogParse parsed = parse_catalog_csv(text, path, s.currency(), {});
    if (!parsed.ok()) throw Error(Errc::invalid_input, "demo catalog is invalid: " + parsed.errors.front());
    import_catalog_rows(conn, parsed.rows, std::filesystem::path(path).filename().string(), now);
    return static_cast<int>(parsed.rows.size());
}

// Cash denominations in minor units, largest first.
std::vector<Minor> denominations(const std::string& code) {
    if (code == "VND") return {500000, 200000, 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500};
    if (code == "RUB") return {500000, 200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 200, 100, 50, 10, 1};
    if (code == "TWD") return {100000, 50000, 10000, 5000, 1000, 500, 100};
    return {10000, 5000, 2000, 1000, 500, 100, 50, 10, 1};
}

struct Sim {
    db::Connection& conn;
    ManualClock& clock;
    PosService& pos;
    Rng& rng;
    const Playbook& pb;
    std::vector<db::ProductRow> products;
    std::vector<std::pair<std::int64_t, int>> receipts;  // receipt no, line count (refund candidates)
    DemoReport& report;

    Outcome act(intent::Intent i, Timestamp at) {
        clock.set(at);
        return pos.apply(i);
    }
    void login(const DemoStaff& s, Timestamp at) {
        if (pos.user() && pos.user()->name == s.name) return;
        act(intent::Login{s.name, s.pin}, at);
    }
    const DemoStaff& staff_with_role(std::string_view role) {
        std::vector<const DemoStaff*> v;
        for (const auto& s : kStaff)
            if (role == s.role) v.push_back(&s);
        return *v[static_cast<std::size_t>(rng.range(0, static_cast<int>(v.size()) - 1))];
    }
    std::string code_of(const std::vector<Entry>& list) { return rng.pick(list).code; }

    void visit(Timestamp t, bool allow_sale) {
        const DemoStaff& floor = staff_with_role("floor");
        login(floor, t);
        static const std::vector<std::string> sources{"walk_in", "walk_in", "walk_in", "walk_in", "walk_in", "walk_in", "be_back", "be_back", "phone", "internet"};
        const Outcome started = act(intent::StartVisit{rng.range(1, 4), rng.pick(sources), "", ""}, t);
        const intent::VisitRef v{started.id, {}};
        report.visits++;
        const auto min = [&](int lo, int hi) { return static_cast<Timestamp>(rng.range(lo * 60, hi * 60)) * 1000; };
        const auto& stages = pb.stages;
        auto stage_with = [&](Milestone m) -> std::string {
            const Stage* s = pb.milestone_stage(m);
            return s ? s->code : std::string();
        };
        std::vector<Signal> approach_cues, closing_signals;
        for (const Signal& s : pb.signals) (s.closing ? closing_signals : approach_cues).push_back(s);

        t += min(1, 3);
        if (!approach_cues.empty()) act(intent::RecordSignal{v, rng.pick(approach_cues).code}, t);
        if (stages.size() > 1) act(intent::EnterStage{v, stages[1].code}, t += min(0, 2));
        // Interest: how far this customer goes decides the funnel and the chance to buy.
        int interest = rng.range(0, 99);
        if (interest < 20) {  // just browsing
            act(intent::EndVisitLost{v, rng.chance(60) && pb.find_lost_reason("just_browsing") ? "just_browsing" : code_of(pb.lost_reasons)},
                t += min(2, 6));
            return;
        }
        const std::string needs_stage = stage_with(Milestone::engaged);
        if (!needs_stage.empty()) {
            act(intent::EnterStage{v, needs_stage}, t += min(1, 3));
            for (const NeedGroup& g : pb.needs) {
                if (!rng.chance(40)) continue;
                if (g.kind == NeedKind::yes_no) act(intent::SetNeed{v, std::string(need_field_name(g.field)), rng.chance(20) ? "yes" : "no"}, t += 20000);
                else if (!g.options.empty()) act(intent::SetNeed{v, std::string(need_field_name(g.field)), rng.pick(g.options).code}, t += 20000);
            }
        }
        if (!pb.techniques.empty() && rng.chance(70)) act(intent::UseTechnique{v, code_of(pb.techniques)}, t += min(2, 6));
        const std::string demo_stage = stage_with(Milestone::demo);
        if (!demo_stage.empty() && interest > 35) act(intent::EnterStage{v, demo_stage}, t += min(3, 12));
        int signals = 0;
        for (int k = rng.range(0, 3) + (interest > 60 ? 1 : 0); k > 0 && !closing_signals.empty(); --k, ++signals)
            act(intent::RecordSignal{v, rng.pick(closing_signals).code}, t += min(0, 2));
        const std::string quote_stage = stage_with(Milestone::quote);
        if (rng.chance(55)) {
            if (!quote_stage.empty()) act(intent::EnterStage{v, quote_stage}, t += min(1, 4));
            const std::string type = code_of(pb.objections);
            act(intent::RaiseObjection{v, type}, t += min(0, 2));
            if (rng.chance(65)) act(intent::ResolveObjection{v, type}, t += min(1, 5));
            else interest -= 25;
        }
        if (rng.chance(35) && !products.empty()) act(intent::RecordQuote{v, rng.pick(products).price}, t += min(1, 3));
        const std::string close_stage = stage_with(Milestone::close);
        if (!close_stage.empty()) act(intent::EnterStage{v, close_stage}, t += min(1, 3));
        // Each closing method has its own base success rate, so the summary has something to show.
        bool accepted = false;
        for (int attempt = 0; attempt < 2 && !accepted && !pb.closing_methods.empty(); ++attempt) {
            const std::size_t m = static_cast<std::size_t>(rng.range(0, static_cast<int>(pb.closing_methods.size()) - 1));
            // Showroom conversion is typically a third of visits or less.
            const int rate = static_cast<int>((m * 37) % 30) + signals * 7 + (interest - 50) / 3;
            accepted = allow_sale && rng.chance(std::clamp(rate, 5, 90));
            act(intent::ClosingAttempt{v, pb.closing_methods[m].code, accepted}, t += min(1, 4));
        }
        if (accepted) {
            checkout(v, t + min(2, 5));
            return;
        }
        if (rng.chance(25)) {
            const Timestamp later = t + static_cast<Timestamp>(rng.range(1, 14)) * 86400000;
            act(intent::EndVisitFollowUp{v, local_day(later), "+86 138 0000 " + std::to_string(rng.range(1000, 9999)), ""}, t += min(1, 3));
        } else {
            act(intent::EndVisitLost{v, code_of(pb.lost_reasons)}, t += min(1, 3));
        }
    }

    void checkout(const intent::VisitRef& v, Timestamp t) {
        const DemoStaff& cashier = staff_with_role("cashier");
        login(cashier, t);
        if (const Stage* s = pb.milestone_stage(Milestone::checkout)) act(intent::EnterStage{v, s->code}, t);
        act(intent::LinkVisit{v}, t);
        const int items = rng.range(1, 3);
        for (int k = 0; k < items; ++k) {
            const db::ProductRow& p = rng.pick(products);
            if (!p.barcodes.empty() && rng.chance(80)) act(intent::Scan{p.barcodes.front()}, t += 15000);
            else act(intent::AddItem{p.sku, rng.chance(15) ? 2 : 1}, t += 20000);
        }
        const int in_cart = static_cast<int>(pos.cart().lines().size());  // the same product twice merges
        if (in_cart > 1 && rng.chance(8)) act(intent::RemoveLine{in_cart, std::nullopt}, t += 10000);  // customer changed mind
        if (rng.chance(15)) {
            act(intent::OrderDiscount{{true, 500}, std::nullopt}, t += 20000);  // 5% within the cashier cap
        } else if (rng.chance(6)) {
            act(intent::LineDiscount{1, {true, 1500}, intent::ManagerApproval{"Ольга", "9999", "loyal customer"}}, t += 40000);
        }
        const Minor total = pos.totals().totals.total;
        const int way = rng.range(1, 10);
        if (way <= 4) {
            const Minor unit = pos.settings().currency().exponent == 0 ? 100000 : 10000;
            const Minor given = (total / unit + 1) * unit;
            act(intent::AddTender{"cash", total, given, ""}, t += 30000);
        } else if (way <= 9) {
            act(intent::AddTender{"card", total, total, "A" + std::to_string(rng.range(100000, 999999))}, t += 45000);
        } else {
            const Minor part = total / 3;
            act(intent::AddTender{"card", total - part, total - part, "A" + std::to_string(rng.range(100000, 999999))}, t += 45000);
            act(intent::AddTender{"cash", part, part, ""}, t += 20000);
        }
        const int lines = static_cast<int>(pos.cart().lines().size());
        const Outcome paid = act(intent::CompleteSale{}, t += 5000);
        receipts.emplace_back(paid.receipt_no, lines);
        report.sales++;
    }

    void refund(Timestamp t) {
        if (receipts.size() < 5) return;
        const auto& [receipt, lines] = receipts[static_cast<std::size_t>(rng.range(0, static_cast<int>(receipts.size()) - 6))];
        login(staff_with_role("manager"), t);
        intent::Refund r;
        r.receipt_no = receipt;
        if (lines > 1 && rng.chance(50)) r.lines.push_back({1, 1});
        try {
            act(r, t);
            report.refunds++;
        } catch (const Error& e) {
            if (e.code() != Errc::invalid_input && e.code() != Errc::invalid_state && e.code() != Errc::conflict) throw;
            // already fully refunded or the line was voided: pick another day
        }
    }

    void close_day(const std::string& day, Timestamp t) {
        login(staff_with_role("manager"), t);
        const report::DaySummary s = day_summary(conn, day, pb, Lang::en);
        Minor left = s.cash.expected;
        if (rng.chance(20)) left += rng.chance(50) ? denominations(pos.settings().currency_code).back() * rng.range(1, 5) : 0;
        intent::CloseDay c;
        c.date = day;
        for (Minor d : denominations(pos.settings().currency_code)) {
            if (left >= d) {
                c.counts[d] = static_cast<int>(left / d);
                left %= d;
            }
        }
        act(c, t);
        report.days_closed++;
    }
};

}  // namespace

const DemoStaff* demo_staff(std::size_t* count) {
    if (count) *count = std::size(kStaff);
    return kStaff;
}

DemoReport generate_demo_data(db::Connection& conn, const DemoOptions& options) {
    if (options.days < 1 || options.days > 3660) throw Error(Errc::invalid_input, "--days must be between 1 and 3660");
    const StoreSettings settings = load_settings(conn);
    DemoReport report;
    const Timestamp real_now = SystemClock().now();
    const std::string end_day = options.end_day.empty() ? local_day(real_now) : options.end_day;
    const auto end_start = local_day_start(end_day);
    if (!end_start) throw Error(Errc::invalid_input, "not a date: '" + end_day + "' (use YYYY-MM-DD)");

    {  // demo staff, PINs hashed at the minimum cost: this is demonstration data
        const auto existing = db::list_staff(conn, false);
        db::Transaction tx(conn);
        for (const DemoStaff& s : kStaff) {
            if (std::any_of(existing.begin(), existing.end(), [&](const auto& r) { return r.name == s.name; })) continue;
            const Id id = db::add_staff(conn, s.name, s.role, hash_pin(s.pin, PinCost::minimum()), real_now);
            db::journal::append(conn, db::journal::k_staff_add, 0, id, nlohmann::json{{"name", s.name}, {"role", s.role}}.dump(), real_now);
            report.staff_created++;
        }
        tx.commit();
    }
    if (db::count_products(conn) == 0) report.products_imported = import_demo_catalog(conn, settings, real_now);

    ManualClock clock(*end_start);
    ServiceOptions opts;
    opts.playbooks_dir = playbooks_dir();
    opts.pin_cost = PinCost::minimum();
    PosService pos(conn, clock, opts);
    Rng rng(options.seed);
    Sim sim{conn, clock, pos, rng, pos.playbook(), db::list_products(conn), {}, report};
    if (sim.products.empty()) throw Error(Errc::invalid_state, "the catalog is empty");

    for (int d = options.days - 1; d >= 0; --d) {
        const Timestamp noonish = *end_start - static_cast<Timestamp>(d) * 86400000 + 12 * 3600000;
        const std::string day = local_day(noonish);
        if (db::get_day_closing(conn, day)) continue;
        const Timestamp open = *local_day_start(day) + 10 * 3600000;
        const bool is_today = day == local_day(real_now);
        db::Transaction tx(conn);  // one day at a time: the service's writes nest as savepoints
        const int visits = rng.range(14, 26);
        std::vector<Timestamp> starts;
        for (int k = 0; k < visits; ++k) starts.push_back(open + static_cast<Timestamp>(rng.range(0, 9 * 60)) * 60000);
        std::sort(starts.begin(), starts.end());
        for (Timestamp t : starts) {
            if (is_today && t > real_now - 45 * 60000) break;  // today: only what has already happened
            sim.visit(t, true);
        }
        if (rng.chance(30)) sim.refund(open + 8 * 3600000);
        if (rng.chance(10)) {
            sim.login(kStaff[5], open + 3 * 3600000);
            sim.act(intent::OpenDrawer{std::nullopt}, open + 3 * 3600000);
        }
        if (!is_today || options.close_last_day) sim.close_day(day, open + 10 * 3600000);
        if (pos.user()) sim.act(intent::Logout{}, open + 10 * 3600000 + 60000);
        // History: its receipts and Z reports were printed at the time, not queued for today.
        for (const db::PrintJobRow& job : db::list_print_jobs(conn, "pending")) db::mark_print_done(conn, job.id, job.created_at);
        tx.commit();
    }
    return report;
}

}  // namespace pos::service
