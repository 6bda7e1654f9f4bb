// Permission matrix: every sensitive intent, for every role. A role the core does not allow
// (role_allows) is refused without an approval, with a non-manager's approval and with a blank
// reason - and nothing is stored; with a manager's approval the intent is applied and the
// override is recorded twice: in the overrides table (requester, approving manager, reason) and
// as a hash-chained "override" journal entry. A role that is allowed needs no approval and no
// override is recorded.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/staff/permissions.h"
#include "db/journal.h"
#include "db/sqlite.h"
#include "db/staff.h"
#include "security/security_store.h"

using namespace pos;
using namespace pos::intent;
using security_test::refusal;
using security_test::Store;
using Approve = std::optional<ManagerApproval>;

namespace {

struct Case {
    const char* name;
    Action action;
    // Brings the session (logged in with the role under test) to where the intent can be tried.
    std::function<void(service::PosService&)> setup;
    std::function<Intent(const Approve&)> intent;
    // Commits what the intent changed where overrides are only stored with the sale (cart).
    std::function<void(service::PosService&)> finish;
};

void add_sofa(service::PosService& p) { p.apply(AddItem{"SOFA-1", 1}); }
void add_two(service::PosService& p) {
    p.apply(AddItem{"SOFA-1", 1});
    p.apply(AddItem{"LAMP-1", 1});
}
void pay(service::PosService& p) {
    const Minor due = p.totals().totals.total;
    p.apply(AddTender{"cash", due, due, ""});
    p.apply(CompleteSale{});
}
void nothing(service::PosService&) {}
// A completed sale (receipt 1) rung up by the manager, to be refunded by the role under test.
void sold_by_manager(service::PosService& p) {
    const auto who = p.user()->name;
    const std::string pin = who == "Lan" ? "1111" : who == "Wei" ? "1234" : "9999";
    p.apply(Login{"Olga", "9999"});
    add_sofa(p);
    pay(p);
    p.apply(Login{who, pin});
}

std::vector<Case> cases() {
    return {
        {"line discount over the cap", Action::discount_over_cap, add_sofa,
         [](const Approve& a) -> Intent { return LineDiscount{1, {true, 2500}, a}; }, pay},
        {"order discount over the cap", Action::discount_over_cap, add_sofa,
         [](const Approve& a) -> Intent { return OrderDiscount{{false, 200000}, a}; }, pay},
        {"price override", Action::price_override, add_sofa,
         [](const Approve& a) -> Intent { return PriceOverride{1, 500000, a}; }, pay},
        {"void a line", Action::void_line, add_two, [](const Approve& a) -> Intent { return RemoveLine{1, a}; }, pay},
        {"void the cart", Action::void_sale, add_two, [](const Approve& a) -> Intent { return VoidCart{a}; }, nothing},
        {"refund", Action::refund, sold_by_manager,
         [](const Approve& a) -> Intent { return Refund{1, {}, "cash", "", a}; }, nothing},
        {"no-sale drawer opening", Action::no_sale_drawer, nothing,
         [](const Approve& a) -> Intent { return OpenDrawer{a}; }, nothing},
        {"close the day", Action::day_close, nothing,
         [](const Approve& a) -> Intent { return CloseDay{"2026-11-20", {{10000, 3}}, a}; }, nothing},
    };
}

struct Snapshot {
    std::int64_t overrides = 0, journal = 0, sales = 0, closings = 0;
    bool operator==(const Snapshot&) const = default;
};

Snapshot snapshot(db::Connection& c) {
    return {*c.query_int64("SELECT count(*) FROM overrides"), *c.query_int64("SELECT count(*) FROM journal"),
            *c.query_int64("SELECT count(*) FROM sales"), *c.query_int64("SELECT count(*) FROM day_closings")};
}

Id staff_id(db::Connection& c, const std::string& name) {
    for (const auto& r : db::list_staff(c, true))
        if (r.name == name) return r.id;
    FAIL("no staff " << name);
    return 0;
}

const char* kPins[] = {"1111", "1234", "9999"};
const char* kNames[] = {"Lan", "Wei", "Olga"};

}  // namespace

TEST_CASE("permission matrix: refused without a manager, applied and recorded with one") {
    int refused_roles = 0;
    for (const Case& c : cases()) {
        for (Role role : {Role::floor, Role::cashier, Role::manager}) {
            const int r = static_cast<int>(role);
            INFO(std::string(c.name) << " as " << role_name(role));
            Store store;
            auto s = store.open();
            auto& pos = s->pos;
            pos.apply(Login{kNames[r], kPins[r]});
            c.setup(pos);
            const Id me = staff_id(s->conn, kNames[r]);
            const Id olga = staff_id(s->conn, "Olga");
            const std::string reason = std::string("approved: ") + c.name + " 'quoted'; --";
            const auto action = std::string(action_name(c.action));

            if (role_allows(role, c.action)) {
                pos.apply(c.intent(std::nullopt));
                c.finish(pos);
                CHECK(*s->conn.query_int64("SELECT count(*) FROM overrides") == 0);
                continue;
            }
            ++refused_roles;
            const Snapshot before = snapshot(s->conn);
            CHECK(refusal(pos, c.intent(std::nullopt)) == Errc::permission_denied);
            CHECK(refusal(pos, c.intent(ManagerApproval{"Wei", "1234", "a cashier is no manager"})) == Errc::permission_denied);
            CHECK(refusal(pos, c.intent(ManagerApproval{"Olga", "9999", "   "})) == Errc::invalid_input);
            CHECK(refusal(pos, c.intent(ManagerApproval{"Olga", "9998", "wrong pin"})) == Errc::permission_denied);
            CHECK(snapshot(s->conn) == before);  // nothing of a refused action was stored

            pos.apply(c.intent(ManagerApproval{"Olga", "9999", reason}));
            c.finish(pos);
            // The overrides table: who asked, which manager approved, why.
            auto st = s->conn.prepare("SELECT requested_by, approved_by, reason FROM overrides WHERE action = ?1");
            st.bind(1, action);
            REQUIRE(st.step());
            CHECK(st.get_int64(0) == me);
            CHECK(st.get_int64(1) == olga);
            CHECK(st.get_text(2) == reason);
            CHECK_FALSE(st.step());  // exactly one
            // The journal: a hash-chained override entry with the same facts, and the chain holds.
            int journaled = 0;
            for (const auto& row : db::journal::read(s->conn, 0, 1000)) {
                if (row.kind != db::journal::k_override) continue;
                const auto j = nlohmann::json::parse(row.payload);
                if (j.value("action", "") != action) continue;
                CHECK(j.value("approved_by", Id{0}) == olga);
                CHECK(j.value("requested_by", Id{0}) == me);
                CHECK(j.value("reason", "") == reason);
                ++journaled;
            }
            if (journaled != 1)
                for (const auto& row : db::journal::read(s->conn, 0, 1000)) MESSAGE(row.kind << " " << row.payload);
            CHECK(journaled == 1);
            CHECK(db::journal::verify(s->conn).ok);
        }
    }
    CHECK(refused_roles == 14);  // 8 actions x floor and cashier, less the cashier's two voids
}

TEST_CASE("a manager may do every sensitive action alone, and no override is recorded") {
    for (const Case& c : cases()) {
        INFO(std::string(c.name));
        Store store;
        auto s = store.open();
        s->pos.apply(Login{"Olga", "9999"});
        c.setup(s->pos);
        s->pos.apply(c.intent(std::nullopt));
        c.finish(s->pos);
        CHECK(*s->conn.query_int64("SELECT count(*) FROM overrides") == 0);
    }
}

TEST_CASE("the matrix covers every permission-gated action of the core") {
    std::vector<Action> covered;
    for (const Case& c : cases()) covered.push_back(c.action);
    // Actions a manager performs only with the manager role (no override exists for them) are
    // covered by the admin service tests; every action with an override path is here.
    for (Action a : {Action::discount_over_cap, Action::price_override, Action::void_line, Action::void_sale, Action::refund,
                     Action::no_sale_drawer, Action::day_close}) {
        INFO(action_name(a));
        CHECK(std::find(covered.begin(), covered.end(), a) != covered.end());
    }
    for (Action a : {Action::manage_staff, Action::manage_catalog, Action::manage_settings, Action::reports, Action::set_targets}) {
        INFO(action_name(a));
        CHECK_FALSE(role_allows(Role::floor, a));
        CHECK_FALSE(role_allows(Role::cashier, a));
        CHECK(role_allows(Role::manager, a));
    }
}

TEST_CASE("the manager's administration intents are refused for floor and cashier, even with an approval") {
    // No override exists for these: only the manager role may do them (manage_staff, _catalog,
    // _settings, reports), and nothing is stored when they are refused.
    Store store;
    const std::string csv = store.dir().file("import.csv");
    std::ofstream(csv) << "sku,name,price,tax_rate,barcodes,category\nNEW-1,New thing,10.00,13,,Misc\n";
    const std::string out = store.dir().file("summary.csv");
    const std::vector<std::pair<const char*, Intent>> admin{
        {"add staff", AddStaff{"Mallory", "manager", "4321"}},
        {"deactivate staff", SetStaffActive{"Olga", false}},
        {"change a PIN", ChangePin{"Olga", "0000"}},
        {"import the catalog", ImportCatalog{csv}},
        {"export the summary", ExportSummary{"2026-11-20", out}},
        {"print the summary", PrintSummary{"2026-11-20"}},
        {"print a test page", PrintTest{}},
        {"change settings", UpdateSettings{std::string("Hacked"), {}, {}, {}, {}, {}, {}, {}, {}, {}}},
        {"set a target", SetTarget{"Lan", "2026-11", 100, 1}},
    };
    auto s = store.open();
    for (const char* who : {"Lan", "Wei"}) {
        s->pos.apply(Login{who, std::string(who) == "Lan" ? "1111" : "1234"});
        const Snapshot before = snapshot(s->conn);
        const auto staff_before = db::list_staff(s->conn, false).size();
        for (const auto& [name, intent] : admin) {
            INFO(std::string(name) << " as " << who);
            CHECK(refusal(s->pos, intent) == Errc::permission_denied);
        }
        CHECK(snapshot(s->conn) == before);
        CHECK(db::list_staff(s->conn, false).size() == staff_before);
        CHECK(s->pos.settings().store_name == "Security Test");
        CHECK(*s->conn.query_int64("SELECT count(*) FROM products") == 2);
        CHECK(*s->conn.query_int64("SELECT count(*) FROM print_jobs") == 0);
        CHECK_FALSE(std::filesystem::exists(out));
    }
    s->pos.apply(Login{"Olga", "9999"});
    for (const auto& [name, intent] : admin) {
        if (std::holds_alternative<SetStaffActive>(intent) || std::holds_alternative<ChangePin>(intent)) continue;
        INFO(std::string(name) << " as the manager");
        CHECK_NOTHROW(s->pos.apply(intent));
    }
    CHECK(*s->conn.query_int64("SELECT count(*) FROM products") == 3);
    CHECK(std::filesystem::exists(out));
}
