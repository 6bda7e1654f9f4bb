#include "service/demo_data.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "core/codes/catalog_csv.h"
#include "core/common/time.h"
#include "core/report/period.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/day_closings.h"
#include "db/journal.h"
#include "db/print_jobs.h"
#include "db/staff.h"
#include "service/assets.h"
#include "service/catalog_import.h"
#include "service/pos_service.h"
#include "service/store.h"
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

// Customers in the staff languages: names, phones and the customer file as a salesperson types it.
struct Person {
    std::string name, phone, job, likes, focus, companions, notes;
};

Person demo_person(Rng& rng, int serial) {
    static const std::vector<std::string> zh_family{"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "林", "郭"};
    static const std::vector<std::string> zh_given{"伟", "芳", "秀英", "敏", "静", "丽华", "强", "磊", "洋", "艳", "建国", "晓明"};
    static const std::vector<std::string> ru_male{"Алексей", "Иван", "Сергей", "Андрей", "Михаил", "Николай"};
    static const std::vector<std::string> ru_female{"Мария", "Елена", "Наталья", "Ольга", "Татьяна", "Светлана"};
    static const std::vector<std::string> ru_family{"Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков"};
    static const std::vector<std::string> vi_family{"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng"};
    static const std::vector<std::string> vi_middle{"Văn", "Thị", "Minh", "Ngọc", "Thanh", "Hữu", "Đức"};
    static const std::vector<std::string> vi_given{"An", "Bình", "Chi", "Dũng", "Hà", "Hương", "Lan", "Long", "Mai", "Nam", "Phương", "Tuấn"};
    const auto digits = [](int v, int width) {
        std::string d = std::to_string(v);
        return std::string(static_cast<std::size_t>(std::max(0, width - static_cast<int>(d.size()))), '0') + d;
    };
    // The serial is in the last digits, so two customers of one run never share a phone.
    const int tail = serial % 10000, head = rng.range(100, 999);
    Person p;
    switch (rng.range(0, 2)) {
        case 0:
            p.name = rng.pick(zh_family) + rng.pick(zh_given);
            p.phone = "+86 13" + std::to_string(rng.range(0, 9)) + " " + digits(head, 4) + " " + digits(tail, 4);
            p.job = rng.pick(std::vector<std::string>{"教师", "医生", "工程师", "公司职员", "个体经营", "退休"});
            p.likes = rng.pick(std::vector<std::string>{"深色", "浅色", "现代简约", "中式", "皮质"});
            p.focus = rng.pick(std::vector<std::string>{"价格", "质量", "舒适", "交货时间"});
            p.companions = rng.pick(std::vector<std::string>{"", "妻子", "丈夫和孩子", "父母", "朋友"});
            p.notes = rng.pick(std::vector<std::string>{"", "新房装修", "周末再来看", "想要分期"});
            break;
        case 1: {
            const bool female = rng.chance(50);
            p.name = (female ? rng.pick(ru_female) : rng.pick(ru_male)) + " " + rng.pick(ru_family) + (female ? "а" : "");
            p.phone = "+7 9" + digits(rng.range(0, 99), 2) + " " + digits(head, 3) + "-" + digits(tail / 100, 2) + "-" + digits(tail % 100, 2);
            p.job = rng.pick(std::vector<std::string>{"учитель", "врач", "инженер", "бухгалтер", "предприниматель", "пенсионер"});
            p.likes = rng.pick(std::vector<std::string>{"тёмные тона", "светлые тона", "минимализм", "классика", "кожа"});
            p.focus = rng.pick(std::vector<std::string>{"цена", "качество", "комфорт", "сроки доставки"});
            p.companions = rng.pick(std::vector<std::string>{"", "жена", "муж и дети", "родители", "друг"});
            p.notes = rng.pick(std::vector<std::string>{"", "ремонт в новой квартире", "зайдёт в выходные", "интересует рассрочка"});
            break;
        }
        default:
            p.name = rng.pick(vi_family) + " " + rng.pick(vi_middle) + " " + rng.pick(vi_given);
            p.phone = "+84 9" + std::to_string(rng.range(0, 9)) + " " + digits(head, 3) + " " + digits(tail, 4);
            p.job = rng.pick(std::vector<std::string>{"giáo viên", "bác sĩ", "kỹ sư", "nhân viên văn phòng", "kinh doanh", "nghỉ hưu"});
            p.likes = rng.pick(std::vector<std::string>{"màu tối", "màu sáng", "hiện đại", "cổ điển", "da thật"});
            p.focus = rng.pick(std::vector<std::string>{"giá", "chất lượng", "thoải mái", "thời gian giao hàng"});
            p.companions = rng.pick(std::vector<std::string>{"", "vợ", "chồng và con", "bố mẹ", "bạn"});
            p.notes = rng.pick(std::vector<std::string>{"", "nhà mới", "cuối tuần quay lại", "muốn trả góp"});
            break;
    }
    return p;
}

const std::vector<std::string>& demo_addresses() {
    static const std::vector<std::string> a{"上海市浦东新区世纪大道 88 号 12 楼", "北京市朝阳区建国路 21 号 3 单元 502",
                                            "Москва, ул. Тверская, д. 12, кв. 45", "Санкт-Петербург, Невский пр., д. 100, кв. 7",
                                            "12 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh", "45 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội"};
    return a;
}

// A special order's way through the store after it was taken (the days it moves on).
struct PendingOrder {
    std::int64_t order_no = 0;
    std::string ready_day, due_day, cancel_day;  // cancel_day empty: it is handed over
    bool ready = false;
};

// A follow-up on its owner's list, recorded on its due day.
struct PendingFollowUp {
    Id id = 0;
    const DemoStaff* owner = nullptr;
    std::string due;
    Id customer = 0;
};

struct Sim {
    db::Connection& conn;
    ManualClock& clock;
    PosService& pos;
    Rng& rng;
    const Playbook& pb;
    std::vector<db::ProductRow> products;
    std::vector<std::pair<std::int64_t, int>> receipts;  // receipt no, line count (refund candidates)
    DemoReport& report;
    std::vector<Id> customers;                            // files created so far (be-back candidates)
    std::vector<PendingOrder> orders;                     // taken, not yet handed over or cancelled
    std::vector<PendingFollowUp> follow_ups;              // open, recorded on their due day
    std::map<std::string, std::vector<Id>> appointments;  // day -> customers who said they would come
    int customer_serial = 0;

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

    // A new customer file typed during the visit, linked to it.
    Id new_customer(const intent::VisitRef& v, Timestamp t) {
        const Person p = demo_person(rng, ++customer_serial);
        intent::SaveCustomer c;
        c.file.name = p.name;
        c.file.phone = p.phone;
        c.file.job = p.job;
        c.file.likes = p.likes;
        c.file.buying_focus = p.focus;
        c.file.companions = p.companions;
        c.file.notes = p.notes;
        c.file.contact_consent = rng.chance(70);
        if (rng.chance(30)) c.file.email = "customer" + std::to_string(customer_serial) + "@example.com";
        if (pos.settings().profile == "car") {
            static const std::vector<std::string> cars{"Toyota Corolla 2015", "Lada Vesta 2019", "Kia Morning 2017", "大众朗逸 2016", "Honda City 2018"};
            c.file.current_product = rng.pick(cars);
            c.file.plate = std::to_string(rng.range(10, 99)) + "A-" + std::to_string(rng.range(100, 999)) + "." + std::to_string(rng.range(10, 99));
        } else if (rng.chance(60)) {
            static const std::vector<std::string> have{"旧款三人沙发", "IKEA Klippan", "диван-книжка", "bộ sofa gỗ cũ", "餐桌四椅"};
            c.file.current_product = rng.pick(have);
        }
        c.visit = v;
        // A later run over the same store may type a phone again: the file is reused, never doubled.
        c.on_duplicate = intent::OnDuplicatePhone::use_existing;
        const Outcome saved = act(c, t);
        if (const auto* e = saved.find<event::CustomerSaved>(); e && e->created) {
            report.customers++;
            customers.push_back(e->customer);
        }
        return saved.id;
    }

    // returning: a customer who made an appointment for today (0: anyone walking in).
    void visit(Timestamp t, bool allow_sale, Id returning) {
        const DemoStaff& floor = staff_with_role("floor");
        login(floor, t);
        static const std::vector<std::string> sources{"walk_in", "walk_in", "walk_in", "walk_in", "walk_in", "walk_in", "walk_in", "be_back", "phone", "internet"};
        const std::string source = returning ? std::string("be_back") : rng.pick(sources);
        const Outcome started = act(intent::StartVisit{rng.range(1, 4), source, "", ""}, t);
        const intent::VisitRef v{started.id, {}};
        report.visits++;
        // A be-back: the salesperson finds the earlier customer and links the visit ("last time").
        Id customer = 0;
        if (source == "be_back" && (returning || !customers.empty())) {
            customer = returning ? returning : customers[static_cast<std::size_t>(rng.range(0, static_cast<int>(customers.size()) - 1))];
            act(intent::LinkVisitCustomer{v, customer}, t + 30000);
            report.be_backs++;
        }
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
        if (customer == 0 && rng.chance(45)) customer = new_customer(v, t += min(1, 3));
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
            checkout(v, t + min(2, 5), customer);
            return;
        }
        if (rng.chance(customer ? 45 : 25)) {
            const Timestamp later = t + static_cast<Timestamp>(rng.range(1, 14)) * 86400000;
            static const std::vector<std::string> why{"send photos of the fabrics", "price after the holiday", "发新款图片", "перезвонить после зарплаты", "gọi lại khi có hàng"};
            const Outcome ended = act(intent::EndVisitFollowUp{v, local_day(later), "+86 138 0000 " + std::to_string(rng.range(1000, 9999)), rng.pick(why)},
                                      t += min(1, 3));
            if (const auto* f = ended.find<event::FollowUpAdded>()) {
                follow_ups.push_back({f->follow_up, &floor, local_day(later), f->customer});
                report.follow_ups++;
            }
        } else {
            act(intent::EndVisitLost{v, code_of(pb.lost_reasons)}, t += min(1, 3));
        }
    }

    void checkout(const intent::VisitRef& v, Timestamp t, Id customer) {
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
        // A customer with a file may order instead: what is on the floor or from the supplier, a deposit now.
        if (customer != 0 && rng.chance(30)) {
            take_order(customer, t);
            return;
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

    std::string card_reference() { return "A" + std::to_string(rng.range(100000, 999999)); }

    void take_order(Id customer, Timestamp t) {
        act(intent::LinkCustomer{customer}, t += 10000);
        static const std::vector<std::string> windows{"09:00-12:00", "13:00-17:00", "18:00-20:00"};
        static const std::vector<std::string> suppliers{"Natuzzi", "顾家家居", "Фабрика «Лазурит»", "Nội thất Hòa Phát"};
        intent::TakeOrder o;
        const bool delivery = rng.chance(70);
        o.fulfilment = delivery ? "delivery" : "pickup";
        const int lead = rng.range(4, 21);
        const std::string today = local_day(t);
        o.day = report::add_days(today, lead);
        o.window = rng.pick(windows);
        if (delivery) o.address = rng.pick(demo_addresses());
        if (rng.chance(60)) o.to_order.push_back({1, rng.pick(suppliers), "in " + std::to_string(lead - 2) + " days"});
        o.deposit = {true, rng.chance(60) ? 3000 : 5000};  // basis points of the total
        if (rng.chance(70)) {
            o.tender = "card";
            o.reference = card_reference();
        }
        const Outcome taken = act(o, t += 60000);
        report.orders_taken++;
        PendingOrder p;
        p.order_no = taken.find<event::OrderTaken>()->order_no;
        p.due_day = o.day;
        p.ready_day = report::add_days(o.day, -rng.range(1, std::min(3, lead - 1)));
        if (rng.chance(10)) p.cancel_day = report::add_days(today, rng.range(1, lead - 1));
        orders.push_back(std::move(p));
    }

    // Before opening: goods that came in, orders due today paid and handed over.
    void order_morning(const std::string& day, Timestamp t) {
        for (auto it = orders.begin(); it != orders.end();) {
            PendingOrder& o = *it;
            bool done = false;
            if (o.cancel_day.empty() && day >= o.ready_day && !o.ready) {
                login(staff_with_role("cashier"), t += 60000);
                act(intent::MarkOrderReady{o.order_no}, t);
                o.ready = true;
            }
            if (o.cancel_day.empty() && o.ready && day >= o.due_day) {
                login(staff_with_role("cashier"), t += 60000);
                const auto view = pos.order(o.order_no);
                if (view && view->balance() > 0) {
                    if (rng.chance(70)) act(intent::PayOrder{o.order_no, view->balance(), "card", 0, card_reference()}, t += 120000);
                    else act(intent::PayOrder{o.order_no, view->balance(), "cash", 0, ""}, t += 120000);
                }
                act(intent::HandOverOrder{o.order_no}, t += 60000);
                report.orders_delivered++;
                done = true;
            }
            it = done ? orders.erase(it) : it + 1;
        }
    }

    // Late in the day (the drawer has the day's cash): orders the customer called off, the
    // deposit refunded the way it was paid, with the manager's approval.
    void order_cancellations(const std::string& day, Timestamp t) {
        static const std::vector<std::string> reasons{"customer changed their mind", "客户改主意了", "нашли дешевле", "chuyển nhà chậm"};
        for (auto it = orders.begin(); it != orders.end();) {
            if (it->cancel_day.empty() || day < it->cancel_day) {
                ++it;
                continue;
            }
            login(staff_with_role("cashier"), t += 60000);
            const auto view = pos.order(it->order_no);
            intent::CancelOrder c;
            c.order_no = it->order_no;
            c.reason = rng.pick(reasons);
            if (view && !view->payments.empty() && view->payments.front().tender == "card") {
                c.tender = "card";
                c.reference = card_reference();
            }
            c.approval = intent::ManagerApproval{"Ольга", "9999", "order cancelled"};
            act(c, t += 60000);
            report.orders_cancelled++;
            it = orders.erase(it);
        }
    }

    // Each salesperson goes through the follow-ups due today and records what came of them;
    // an appointment (or a "call again") creates the next one.
    void follow_up_calls(const std::string& day, Timestamp t) {
        std::vector<PendingFollowUp> due;
        for (auto it = follow_ups.begin(); it != follow_ups.end();) {
            if (it->due <= day) {
                due.push_back(*it);
                it = follow_ups.erase(it);
            } else {
                ++it;
            }
        }
        for (const PendingFollowUp& f : due) {
            login(*f.owner, t += 120000);
            intent::RecordFollowUp r;
            r.follow_up_id = f.id;
            const int roll = rng.range(1, 100);
            if (f.customer && roll <= 25) {
                r.result = "new_appointment";
                r.next_due = report::add_days(day, rng.range(1, 7));
                r.note = "comes to the showroom on " + r.next_due;
            } else if (roll <= 45) {
                r.result = "no_answer";
                if (f.customer && rng.chance(50)) r.next_due = report::add_days(day, rng.range(1, 3));
            } else if (roll <= 70) {
                r.result = "reached";
                r.note = "sent the catalogue";
            } else if (roll <= 82) {
                r.result = "bought";
            } else {
                r.result = "not_interested";
            }
            const Outcome o = act(r, t);
            report.follow_up_results++;
            if (const auto* e = o.find<event::FollowUpRecorded>(); e && e->next) {
                follow_ups.push_back({e->next, f.owner, r.next_due, f.customer});
                report.follow_ups++;
                if (r.result == "new_appointment") appointments[r.next_due].push_back(f.customer);
            }
        }
    }

    // The manager sets each salesperson's target at the start of the month: about what a floor
    // person sells in a month at the catalog's mean price.
    void set_targets(const std::string& month, Timestamp t) {
        login(staff_with_role("manager"), t);
        Minor mean = 0;
        for (const db::ProductRow& p : products) mean += p.price / static_cast<Minor>(products.size());
        Minor round = 1;
        for (int e = pos.settings().currency().exponent; e > 0; --e) round *= 10;
        round *= 100;  // whole hundreds of the major unit
        int k = 0;
        for (const DemoStaff& s : kStaff) {
            if (std::string_view(s.role) != "floor") continue;
            const std::int64_t units = 100 + 15 * k++;
            const Minor revenue = (mean * units / round) * round;
            act(intent::SetTarget{s.name, month, revenue, units}, t += 60000);
            report.targets_set++;
        }
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

DemoReport generate_demo_data(const Store& store, const DemoOptions& options) {
    return generate_demo_data(store.connection(), options);
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
    Sim sim{conn, clock, pos, rng, pos.playbook(), db::list_products(conn), {}, report, {}, {}, {}, {}, 0};
    if (sim.products.empty()) throw Error(Errc::invalid_state, "the catalog is empty");

    std::string target_month;
    for (int d = options.days - 1; d >= 0; --d) {
        const Timestamp noonish = *end_start - static_cast<Timestamp>(d) * 86400000 + 12 * 3600000;
        const std::string day = local_day(noonish);
        if (db::get_day_closing(conn, day)) continue;
        const Timestamp open = *local_day_start(day) + 10 * 3600000;
        const bool is_today = day == local_day(real_now);
        db::Transaction tx(conn);  // one day at a time: the service's writes nest as savepoints
        const auto happened = [&](Timestamp t) { return !is_today || t <= real_now - 45 * 60000; };  // today: only the past
        // Before opening: the month's targets, orders moving on, the follow-up calls.
        if (happened(open - 3600000)) {
            if (day.substr(0, 7) != target_month) {
                target_month = day.substr(0, 7);
                sim.set_targets(target_month, open - 3600000);
            }
            sim.order_morning(day, open - 50 * 60000);
            sim.follow_up_calls(day, open - 30 * 60000);
        }
        const int visits = rng.range(14, 26);
        std::vector<Timestamp> starts;
        for (int k = 0; k < visits; ++k) starts.push_back(open + static_cast<Timestamp>(rng.range(0, 9 * 60)) * 60000);
        std::sort(starts.begin(), starts.end());
        std::vector<Id> returning = std::move(sim.appointments[day]);  // who said they would come today
        sim.appointments.erase(day);
        for (std::size_t k = 0; k < starts.size(); ++k) {
            if (!happened(starts[k])) break;
            sim.visit(starts[k], true, k < returning.size() ? returning[k] : 0);
        }
        if (happened(open + 7 * 3600000 + 1800000)) sim.order_cancellations(day, open + 7 * 3600000 + 1800000);
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
