#include "bench/bench_data.h"

#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "core/codes/catalog_csv.h"
#include "core/codes/gtin.h"
#include "core/common/time.h"
#include "core/customer/customer_file.h"
#include "core/customer/follow_up.h"
#include "core/order/order.h"
#include "core/report/period.h"
#include "core/sale/cart.h"
#include "core/sale/completed_sale.h"
#include "core/sale/tender.h"
#include "core/sale/totals.h"
#include "core/staff/pin.h"
#include "core/visit/playbook.h"
#include "core/visit/visit.h"
#include "db/catalog.h"
#include "db/customers.h"
#include "db/day_closings.h"
#include "db/journal.h"
#include "db/orders.h"
#include "db/print_jobs.h"
#include "db/sales.h"
#include "db/staff.h"
#include "db/targets.h"
#include "db/visits.h"
#include "service/demo_data.h"
#include "service/sale_draft.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "service/visit_store.h"

namespace fs = std::filesystem;

namespace pos::bench {
namespace {

constexpr const char* kVersion = "v2";  // v2: customers, be-backs, follow-ups, orders, targets  // bump when the generated content changes

// splitmix64, as in service/demo_data.cpp: identical on every platform.
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

struct DemoItem {
    std::string name, category;
    Minor price = 0;
};

std::vector<DemoItem> demo_items() {
    const std::string path = std::string(POS_ASSETS_DIR) + "/demo/furniture-CNY.csv";
    std::ifstream in(path, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const CatalogParse parsed = parse_catalog_csv(text, path, currency("CNY"), {});
    if (!parsed.ok() || parsed.rows.empty()) throw Error(Errc::invalid_input, "cannot read " + path);
    std::vector<DemoItem> out;
    for (const CatalogRow& r : parsed.rows) out.push_back({r.name, r.category, r.price});
    return out;
}

std::vector<CatalogRow> catalog_rows(long long products) {
    static const std::vector<DemoItem> items = demo_items();
    static const std::vector<std::string> finishes{"胡桃木", "橡木", "白色", "灰色", "米色", "黑色", "樱桃木", "亚麻"};
    std::vector<CatalogRow> rows;
    rows.reserve(static_cast<std::size_t>(products));
    for (long long i = 0; i < products; ++i) {
        const DemoItem& d = items[static_cast<std::size_t>(i) % items.size()];
        CatalogRow r;
        r.sku = "SKU-" + std::to_string(i);
        r.name = d.name + " " + finishes[static_cast<std::size_t>(i / 7) % finishes.size()] + " M" + std::to_string(i % 1000);
        r.price = d.price + (i % 10) * 1000;
        r.tax_rate_bp = 1300;
        r.category = d.category;
        r.barcodes = {*normalize_gtin(ean13(i))};
        rows.push_back(std::move(r));
    }
    return rows;
}

service::Store new_store(const std::string& path) {
    fs::remove(path);
    fs::remove(path + "-wal");
    fs::remove(path + "-shm");
    service::Store store = service::create_store(path);
    db::Connection& conn = store.connection();
    service::StoreSettings s;
    s.store_name = "Bench Showroom";
    s.currency_code = "CNY";
    s.profile = "furniture";
    service::save_settings(conn, s);
    std::size_t n = 0;
    const service::DemoStaff* staff = service::demo_staff(&n);
    db::Transaction tx(conn);
    for (std::size_t i = 0; i < n; ++i) {
        const Id id = db::add_staff(conn, staff[i].name, staff[i].role, hash_pin(staff[i].pin, PinCost::minimum()), 0);
        db::journal::append(conn, db::journal::k_staff_add, 0, id,
                            nlohmann::json{{"name", staff[i].name}, {"role", staff[i].role}}.dump(), 0);
    }
    tx.commit();
    return store;
}

void fill_catalog(db::Connection& conn, long long products) {
    const std::vector<CatalogRow> csv = catalog_rows(products);
    constexpr std::size_t kChunk = 100000;
    for (std::size_t at = 0; at < csv.size(); at += kChunk) {
        std::vector<db::ProductRow> rows;
        for (std::size_t i = at; i < std::min(csv.size(), at + kChunk); ++i) {
            db::ProductRow p;
            p.sku = csv[i].sku;
            p.name = csv[i].name;
            p.price = csv[i].price;
            p.tax_rate_bp = csv[i].tax_rate_bp;
            p.category = csv[i].category;
            p.barcodes = csv[i].barcodes;
            rows.push_back(std::move(p));
        }
        db::upsert_products(conn, rows);
    }
}

// Builds in a temporary file and renames, so an interrupted run leaves no half store behind.
template <class Fill>
std::string cached(const fs::path& cache, const std::string& name, Fill fill) {
    fs::create_directories(cache);
    const fs::path path = cache / name;
    if (fs::exists(path)) return path.string();
    const std::string tmp = path.string() + ".building";
    {
        service::Store store = new_store(tmp);
        db::Connection& conn = store.connection();
        fill(conn);
        conn.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    fs::remove(tmp + "-wal");
    fs::remove(tmp + "-shm");
    fs::rename(tmp, path);
    return path.string();
}

// A customer file as a salesperson types it, in one of the staff languages (Chinese, Russian,
// Vietnamese). `day_number` and `k` (the day's n-th new customer) make the phone unique.
CustomerFile bench_customer(Rng& rng, long long day_number, int k) {
    static const std::vector<std::string> zh_family{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "林", "郭"};
    static const std::vector<std::string> zh_given{"伟", "芳", "秀英", "敏", "静", "丽华", "强", "磊", "洋", "艳", "建国", "晓明"};
    static const std::vector<std::string> ru_first{"Алексей", "Иван", "Сергей", "Андрей", "Михаил", "Мария", "Елена", "Наталья", "Ольга", "Татьяна"};
    static const std::vector<std::string> ru_family{"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков"};
    static const std::vector<std::string> vi_family{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng"};
    static const std::vector<std::string> vi_middle{"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức"};
    static const std::vector<std::string> vi_given{"An", "Bình", "Chi", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam", "Phương", "Tuấn"};
    static const std::vector<std::string> jobs{"教师", "工程师", "врач", "бухгалтер", "giáo viên", "kinh doanh"};
    static const std::vector<std::string> likes{"深色", "现代简约", "тёмные тона", "классика", "màu sáng", "da thật"};
    char serial[16];
    std::snprintf(serial, sizeof serial, "%05lld%03d", day_number % 100000, k % 1000);
    CustomerFile c;
    const int lang = rng.range(0, 2);
    if (lang == 0) {
        c.name = rng.pick(zh_family) + rng.pick(zh_given);
        c.phone = "+86 13" + std::to_string(rng.range(0, 9)) + " " + serial;
    } else if (lang == 1) {
        const std::string& first = rng.pick(ru_first);
        const bool female = first.back() == '\xb0' || first.back() == '\x8f';  // ends in а / я
        c.name = first + " " + rng.pick(ru_family) + (female ? "а" : "");
        c.phone = "+7 9" + std::to_string(rng.range(10, 99)) + " " + serial;
    } else {
        c.name = rng.pick(vi_family) + " " + rng.pick(vi_middle) + " " + rng.pick(vi_given);
        c.phone = "+84 9" + std::to_string(rng.range(0, 9)) + " " + serial;
    }
    c.job = rng.pick(jobs);
    c.likes = rng.pick(likes);
    c.contact_consent = rng.chance(70);
    return validated(std::move(c));
}

struct DayWriter {
    db::Connection& conn;
    const Playbook& pb;
    long long products;
    std::vector<Id> floor, cashiers;
    Id manager = 0;
    Id last_customer = 0;  // customers are numbered from 1 in this generator's store
    std::string target_month;

    // `rng` decides the visit and its sale, as before customers were added; `extra` decides the
    // customer, drawn the same number of times on every visit so that what a day holds does not
    // depend on the history before it (the day summary row compares a day across histories).
    void visit(Rng& rng, Rng& extra, Timestamp t, Minor& cash_taken, long long day_number, int& new_customers) {
        const Id staff = rng.pick(floor);
        static const std::vector<VisitSource> sources{VisitSource::walk_in, VisitSource::walk_in, VisitSource::walk_in,
                                                      VisitSource::be_back, VisitSource::phone, VisitSource::internet};
        Visit v = service::create_visit(conn, pb, staff, rng.range(1, 4), rng.pick(sources), t);
        // 20 %: a new customer file (about 100k in five years); 10 %: an earlier customer back.
        const int who = extra.range(1, 100);
        const std::uint64_t earlier = extra.next();
        Rng person(extra.next());
        const bool orders = extra.chance(12);
        Id customer = 0;
        bool new_customer = false;
        if (who <= 20) {
            customer = last_customer = db::insert_customer(conn, bench_customer(person, day_number, new_customers++), t + 60000);
            new_customer = true;
        } else if (who <= 30 && last_customer > 0) {
            customer = 1 + static_cast<Id>(earlier % static_cast<std::uint64_t>(last_customer));
        }
        if (customer) db::set_visit_customer(conn, v.id(), customer);
        const auto later = [&](int lo_s, int hi_s) { return t += static_cast<Timestamp>(rng.range(lo_s, hi_s)) * 1000; };
        const auto save = [&] { service::save_last_event(conn, v); };
        std::vector<const Signal*> cues, closing;
        for (const Signal& s : pb.signals) (s.closing ? closing : cues).push_back(&s);
        if (!cues.empty()) {
            v.record_signal(pb, cues[static_cast<std::size_t>(rng.range(0, static_cast<int>(cues.size()) - 1))]->code, later(30, 120), staff);
            save();
        }
        // Stages in playbook order up to how far this customer goes (checkout is entered on sale).
        const int interest = rng.range(0, 99);
        const std::size_t last_stage = std::min<std::size_t>(pb.stages.size() - 1, 1 + static_cast<std::size_t>(interest / 20));
        for (std::size_t s = 1; s <= last_stage && s + 1 < pb.stages.size(); ++s) {
            if (v.enter_stage(pb, pb.stages[s].code, later(60, 240), staff)) save();
            if (s == 1 && !pb.techniques.empty() && rng.chance(70)) {
                v.use_technique(pb, rng.pick(pb.techniques).code, later(60, 300), staff);
                save();
            }
            if (s == 2 && !closing.empty())
                for (int k = rng.range(0, 2); k > 0; --k) {
                    v.record_signal(pb, closing[static_cast<std::size_t>(rng.range(0, static_cast<int>(closing.size()) - 1))]->code,
                                    later(10, 90), staff);
                    save();
                }
        }
        if (!pb.objections.empty() && rng.chance(55)) {
            const std::string& type = rng.pick(pb.objections).code;
            const std::size_t seq = v.raise_objection(pb, type, later(20, 120), staff);
            save();
            if (rng.chance(65)) {
                v.resolve_objection(seq, later(60, 300), staff);
                save();
            }
        }
        if (rng.chance(35)) {
            v.record_quote(static_cast<Minor>(rng.range(100, 9000)) * 100, later(30, 120), staff);
            save();
        }
        const bool buys = rng.chance(60);
        if (!pb.closing_methods.empty()) {
            v.attempt_close(pb, rng.pick(pb.closing_methods).code, buys ? ClosingResult::accepted : ClosingResult::declined,
                            later(30, 180), staff);
            save();
        }
        if (buys) {
            sell(rng, v, staff, later(120, 300), cash_taken, customer, new_customer && orders);
        } else if (rng.chance(25)) {
            const std::string due = local_day(t + 86400000LL * rng.range(1, 14));
            v.follow_up(due, "+86 138 0000 " + std::to_string(rng.range(1000, 9999)), later(30, 90), staff);
            service::save_visit_outcome(conn, v);
            // As the service's EndVisitFollowUp: on the salesperson's list, for the visit's customer.
            FollowUp f;
            f.customer_id = customer;
            f.owner_id = staff;
            f.visit_id = v.id();
            f.due = due;
            f.reason = "call back";
            db::insert_follow_up(conn, f, t);
        } else {
            v.lose(pb, rng.pick(pb.lost_reasons).code, later(30, 90), staff);
            service::save_visit_outcome(conn, v);
        }
    }

    void sell(Rng& rng, Visit& v, Id staff, Timestamp t, Minor& cash_taken, Id customer, bool as_order) {
        if (const Stage* s = pb.milestone_stage(Milestone::checkout))
            if (v.enter_stage(pb, s->code, t, staff)) service::save_last_event(conn, v);
        const Currency& cur = currency("CNY");
        Cart cart(cur);
        cart.set_visit_id(v.id());
        for (int k = rng.range(1, 3); k > 0; --k) {
            const long long i = static_cast<long long>(rng.next() % static_cast<std::uint64_t>(products));
            static const std::vector<DemoItem> items = demo_items();
            const DemoItem& d = items[static_cast<std::size_t>(i) % items.size()];
            cart.add_product({i + 1, "SKU-" + std::to_string(i), d.name, d.price + (i % 10) * 1000, 1300}, rng.chance(15) ? 2 : 1);
        }
        if (customer) cart.set_customer_id(customer);
        const Minor total = cart_total(cart);
        Payment pay(total, cur);
        const bool cash = rng.chance(40);
        const std::string reference = "A" + std::to_string(rng.range(100000, 999999));
        const Id cashier = rng.pick(cashiers);
        if (as_order) {
            take_order(cart, v, staff, cashier, customer, t + 60000, reference);
            return;
        }
        if (cash) {
            pay.add_cash((total / 10000 + 1) * 10000);
            cash_taken += total;
        } else {
            pay.add_card(total, reference);
        }
        const CompletedSale sale = complete_sale(cart, TaxMode::inclusive, pay, cashier, t + 60000);
        const db::CommittedSale c = db::commit_sale(conn, service::sale_draft(sale, staff, local_day(t)), std::nullopt);
        db::mark_print_done(conn, c.print_job_id, t + 65000);
        v.sell(c.sale_id, t + 60000, cashier);
        service::save_visit_outcome(conn, v);
    }

    // The cart as a special order (as the service's TakeOrder): a 30 % deposit by card now, due
    // in 4 to 21 days; delivered, picked up or cancelled on its due day (due_orders).
    void take_order(const Cart& cart, Visit& v, Id staff, Id cashier, Id customer, Timestamp t, const std::string& reference) {
        const CartTotals totals = compute_totals(cart, TaxMode::inclusive);
        db::OrderRow row = service::order_draft(cart, totals);
        if (!row.lines.empty()) {
            row.lines.front().source = "to_order";
            row.lines.front().supplier = "Natuzzi";
        }
        const std::string day = local_day(t);
        row.customer_id = customer;
        row.visit_id = v.id();
        row.staff_id = staff;
        row.taken_by = cashier;
        row.currency = "CNY";
        row.tax_mode = "inclusive";
        row.fulfilment = v.id() % 3 == 0 ? "pickup" : "delivery";
        row.due_day = report::add_days(day, 4 + static_cast<int>(v.id() % 18));
        row.time_window = "09:00-12:00";
        row.address = row.fulfilment == "delivery" ? "上海市浦东新区世纪大道 88 号" : "";
        row.created_at = t;
        row.day = day;
        db::insert_order(conn, row);
        const Minor deposit = DepositSpec{true, 3000}.amount_of(row.total);
        pay_order(row.id, "deposit", deposit, reference, cashier, t);
        v.sell_order(t, cashier);
        service::save_visit_outcome(conn, v);
    }

    void pay_order(Id order_id, const char* kind, Minor amount, const std::string& reference, Id cashier, Timestamp t) {
        db::OrderPaymentRow p;
        p.order_id = order_id;
        p.kind = kind;
        p.tender = "card";
        p.amount = amount;
        p.tendered = amount;
        p.reference = reference;
        p.cashier_id = cashier;
        p.created_at = t;
        p.day = local_day(t);
        const db::CommittedOrderPayment c = db::add_order_payment(conn, p);
        db::mark_print_done(conn, c.print_job_id, t + 5000);
    }

    // Before opening: orders due in two days are ready; orders due today are paid and handed
    // over, or (one in ten) cancelled and their deposit refunded.
    void due_orders(const std::string& day, Timestamp t) {
        for (const db::OrderRow& o : db::orders_due_on(conn, report::add_days(day, 2)))
            if (o.state == "open") db::set_order_state(conn, o.id, "ready", cashiers.front(), {}, t, day);
        for (const db::OrderRow& o : db::orders_due_on(conn, day)) {
            t += 60000;
            if (o.order_no % 10 == 0) {
                pay_order(o.id, "refund", -o.paid, "R" + std::to_string(o.order_no), cashiers.front(), t);
                db::set_order_state(conn, o.id, "cancelled", cashiers.front(), "customer changed their mind", t, day);
                continue;
            }
            if (o.state == "open") db::set_order_state(conn, o.id, "ready", cashiers.front(), {}, t, day);
            if (o.balance() > 0) pay_order(o.id, "balance", o.balance(), "B" + std::to_string(o.order_no), cashiers.front(), t);
            db::set_order_state(conn, o.id, o.fulfilment == "delivery" ? "delivered" : "picked_up", cashiers.front(), {}, t + 1000, day);
        }
    }

    // Each salesperson's follow-ups due today get a result (core rules); an appointment or a
    // "call again" creates the next one.
    void follow_up_calls(Rng& later, const std::string& day, Timestamp t) {
        for (Id owner : floor)
            for (const FollowUp& f : db::open_follow_ups(conn, owner, day, 100000)) {
                const int roll = later.range(1, 100);
                FollowUpResult result = FollowUpResult::not_interested;
                std::optional<std::string> next;
                if (f.customer_id && roll <= 20) {
                    result = FollowUpResult::new_appointment;
                    next = report::add_days(day, later.range(1, 7));
                } else if (roll <= 40) {
                    result = FollowUpResult::no_answer;
                } else if (roll <= 70) {
                    result = FollowUpResult::reached;
                } else if (roll <= 82) {
                    result = FollowUpResult::bought;
                }
                t += 30000;
                const FollowUpRecorded r = record_follow_up(f, result, "", next, day, t, owner);
                db::record_follow_up_result(conn, r.done);
                if (r.next) db::insert_follow_up(conn, *r.next, t);
            }
    }

    static Minor cart_total(const Cart& cart) { return compute_totals(cart, TaxMode::inclusive).totals.total; }

    void day(const std::string& day_text, int visits_per_day) {
        std::uint64_t seed = 0;
        for (char c : day_text) seed = seed * 131 + static_cast<unsigned char>(c);
        Rng rng(seed);
        const Timestamp open = *local_day_start(day_text) + 10 * 3600000LL;
        const int visits = rng.range(visits_per_day * 85 / 100, visits_per_day * 115 / 100);
        std::vector<Timestamp> starts;
        for (int k = 0; k < visits; ++k) starts.push_back(open + static_cast<Timestamp>(rng.range(0, 9 * 3600)) * 1000);
        std::sort(starts.begin(), starts.end());
        db::Transaction tx(conn);
        for (Id s : floor) db::journal::append(conn, db::journal::k_login, s, s, "{}", open - 600000);
        if (day_text.substr(0, 7) != target_month) {  // the month's targets, set on its first day
            target_month = day_text.substr(0, 7);
            for (std::size_t k = 0; k < floor.size(); ++k)
                db::set_target(conn, {floor[k], target_month, 250'000'000 + static_cast<Minor>(k) * 20'000'000,
                                      900 + static_cast<std::int64_t>(k) * 50, manager, open - 3600000});
        }
        due_orders(day_text, open - 1800000);
        Rng later(seed ^ 0x5A17F011CULL);
        follow_up_calls(later, day_text, open - 1200000);
        Rng extra(seed ^ 0xC0FFEEULL);
        const long long day_number = *local_day_start(day_text) / 86400000LL;
        int new_customers = 0;
        Minor cash = 0;
        for (Timestamp t : starts) visit(rng, extra, t, cash, day_number, new_customers);
        db::DayClosingRow close;
        close.day = day_text;
        close.closed_by = manager;
        close.closed_at = open + 10 * 3600000LL;
        close.cash_expected = cash;
        close.cash_counted = cash;
        close.variance = 0;
        const Id id = db::insert_day_closing(conn, close);
        db::journal::append(conn, db::journal::k_day_close, manager, id,
                            nlohmann::json{{"day", day_text}, {"cash_expected", cash}, {"cash_counted", cash}}.dump(), close.closed_at);
        for (Id s : floor) db::journal::append(conn, db::journal::k_logout, s, s, "{}", close.closed_at + 60000);
        tx.commit();
    }
};

}  // namespace

std::string ean13(long long n) {
    std::string body = "690" + std::to_string(100000000 + n);  // 12 digits for n < 900 million
    return body + std::to_string(gtin_check_digit(body));
}

std::string catalog_store(const fs::path& cache, long long products) {
    return cached(cache, "catalog-" + std::to_string(products) + "-" + kVersion + ".db",
                  [&](db::Connection& conn) { fill_catalog(conn, products); });
}

std::string catalog_csv(long long products) { return write_catalog_csv(catalog_rows(products), currency("CNY")); }

std::string history_store(const fs::path& cache, long long products, int days, const std::string& end_day,
                          const HistoryShape& shape) {
    const std::string name = "history-" + std::to_string(products) + "p-" + std::to_string(days) + "d-" +
                             std::to_string(shape.visits_per_day) + "v-" + end_day + "-" + kVersion + ".db";
    return cached(cache, name, [&](db::Connection& conn) {
        fill_catalog(conn, products);
        const Playbook pb = load_playbook(std::string(POS_ASSETS_DIR) + "/playbooks/furniture.json");
        DayWriter w{conn, pb, products, {}, {}, 0, 0, {}};
        for (const db::StaffRow& s : db::list_staff(conn, false)) {
            if (s.role == "floor") w.floor.push_back(s.id);
            else if (s.role == "cashier") w.cashiers.push_back(s.id);
            else w.manager = s.id;
        }
        const Timestamp end = *local_day_start(end_day) + 12 * 3600000LL;
        for (int d = days - 1; d >= 0; --d) w.day(local_day(end - static_cast<Timestamp>(d) * 86400000LL), shape.visits_per_day);
    });
}

}  // namespace pos::bench
