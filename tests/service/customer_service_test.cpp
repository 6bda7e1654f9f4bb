// The customer file and return visits through the service, on a real temporary store: create and
// edit from a visit or at checkout, duplicate phones refused (or used / merged when asked),
// merges and who may do them, be-back "last time", follow-ups from a visit, results that chain,
// reassignment, the follow-up boards and the one customer search.
#include <doctest/doctest.h>

#include <algorithm>

#include "db/customers.h"
#include "db/journal.h"
#include "db/visits.h"
#include "service/admin_store.h"
#include "service/outcome.h"

using namespace pos;
using namespace pos::intent;
namespace ev = pos::service::event;

namespace {

service::Refusal refused(service::PosService& pos, const Intent& i) {
    auto reply = pos.try_apply(i);
    REQUIRE(std::holds_alternative<service::Refusal>(reply));
    return std::get<service::Refusal>(reply);
}

service::Outcome applied(service::PosService& pos, const Intent& i) {
    auto reply = pos.try_apply(i);
    if (const auto* r = std::get_if<service::Refusal>(&reply)) FAIL("refused: " << r->detail);
    return std::get<service::Outcome>(reply);
}

std::size_t journaled(db::Connection& conn, std::string_view kind) {
    const auto rows = db::journal::read(conn, 0, 10000);
    return static_cast<std::size_t>(std::count_if(rows.begin(), rows.end(), [&](const db::JournalRow& r) { return r.kind == kind; }));
}

CustomerFields person(std::string name, std::string phone) {
    CustomerFields f;
    f.name = std::move(name);
    f.phone = std::move(phone);
    return f;
}

SaveCustomer new_customer(CustomerFields f, std::optional<VisitRef> visit = std::nullopt) {
    SaveCustomer c;
    c.file = std::move(f);
    c.visit = std::move(visit);
    return c;
}

Id staff_id(service::PosService& pos, const std::string& name) {
    for (const auto& m : pos.staff())
        if (m.name == name) return m.id;
    FAIL("no staff " << name);
    return 0;
}

Id sell_sofa(service::PosService& pos) {
    applied(pos, Scan{"6901234567892"});
    applied(pos, AddTender{"cash", 699900, 700000, {}});
    return applied(pos, CompleteSale{}).receipt_no;
}

}  // namespace

TEST_CASE("a customer file is created from a visit with every field, then edited; bad input stores nothing") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id visit = applied(pos, StartVisit{3, "walk_in", "", "v"}).id;

    CustomerFields f = person("王小明", "138 0013-8000");
    f.email = "wang@example.cn";
    f.companions = "wife and daughter";
    f.job = "teacher";
    f.current_product = "old leather sofa";
    f.plate = "沪A 12345";
    f.likes = "oak, calm colours";
    f.buying_focus = "comfort";
    f.notes = "moving in March";
    f.contact_consent = true;
    const auto created = applied(pos, new_customer(f, VisitRef{0, "v"}));
    const auto* saved = created.find<ev::CustomerSaved>();
    REQUIRE(saved);
    CHECK(saved->created);
    const Id id = saved->customer;
    CHECK(created.id == id);
    REQUIRE(created.find<ev::VisitCustomerLinked>());
    CHECK(created.find<ev::VisitCustomerLinked>()->visit == visit);
    CHECK(db::visit_customer(*s.conn, visit) == id);

    auto stored = pos.customer(id);
    REQUIRE(stored);
    CHECK(stored->name == "王小明");
    CHECK(stored->phone == "13800138000");  // normalised
    CHECK(stored->email == "wang@example.cn");
    CHECK(stored->companions == "wife and daughter");
    CHECK(stored->job == "teacher");
    CHECK(stored->current_product == "old leather sofa");
    CHECK(stored->plate == "沪A 12345");
    CHECK(stored->likes == "oak, calm colours");
    CHECK(stored->buying_focus == "comfort");
    CHECK(stored->notes == "moving in March");
    CHECK(stored->contact_consent);

    SaveCustomer edit = new_customer(f);
    edit.customer_id = id;
    edit.file.job = "head teacher";
    edit.file.contact_consent = false;
    const auto edited = applied(pos, edit);
    REQUIRE(edited.find<ev::CustomerSaved>());
    CHECK_FALSE(edited.find<ev::CustomerSaved>()->created);
    CHECK(pos.customer(id)->job == "head teacher");
    CHECK_FALSE(pos.customer(id)->contact_consent);
    CHECK(journaled(*s.conn, db::journal::k_customer_save) == 2);

    // Bad input: a clear refusal, nothing stored, nothing journaled.
    CustomerFields bad = person("Li", "12345678");
    bad.email = "not-an-address";
    const auto r = refused(pos, new_customer(bad));
    CHECK(r.code == Errc::invalid_input);
    CHECK(r.detail.find("e-mail") != std::string::npos);
    CHECK(refused(pos, new_customer(person("", ""))).code == Errc::invalid_input);
    CHECK(refused(pos, new_customer(person("Li", "12ab"))).code == Errc::invalid_input);
    CHECK(db::customer_count(*s.conn) == 1);
    CHECK(journaled(*s.conn, db::journal::k_customer_save) == 2);
}

TEST_CASE("a phone that already belongs to a customer is refused with its id, unless the intent uses or merges into it") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    CustomerFields first = person("Nguyen Van A", "0909 123 456");
    first.notes = "likes grey";
    const Id a = applied(pos, new_customer(first)).id;
    const Id visit = applied(pos, StartVisit{1, "walk_in", "", "v"}).id;

    CustomerFields again = person("Mr Nguyen", "0909-123-456");
    again.job = "engineer";
    again.notes = "second visit";
    const auto r = refused(pos, new_customer(again, VisitRef{visit, ""}));
    CHECK(r.code == Errc::conflict);
    CHECK(r.cause == Cause::duplicate_phone);
    CHECK(r.subject == std::to_string(a));
    CHECK(db::customer_count(*s.conn) == 1);
    CHECK(db::visit_customer(*s.conn, visit) == 0);  // nothing linked either
    CHECK(journaled(*s.conn, db::journal::k_customer_save) == 1);

    SaveCustomer use = new_customer(again, VisitRef{visit, ""});
    use.on_duplicate = OnDuplicatePhone::use_existing;
    const auto used = applied(pos, use);
    CHECK(used.id == a);
    CHECK_FALSE(used.find<ev::CustomerSaved>()->created);
    CHECK(db::visit_customer(*s.conn, visit) == a);
    CHECK(pos.customer(a)->name == "Nguyen Van A");  // used as stored
    CHECK(db::customer_count(*s.conn) == 1);

    SaveCustomer merge = new_customer(again);
    merge.on_duplicate = OnDuplicatePhone::merge;
    CHECK(applied(pos, merge).id == a);
    const auto m = pos.customer(a);
    CHECK(m->name == "Mr Nguyen");  // typed now wins
    CHECK(m->job == "engineer");
    CHECK(m->notes == "likes grey\nsecond visit");
    CHECK(db::customer_count(*s.conn) == 1);

    // An edit of another customer to that phone: refused, offered for merging.
    const Id b = applied(pos, new_customer(person("Other", "0911222333"))).id;
    SaveCustomer edit = new_customer(person("Other", "0909123456"));
    edit.customer_id = b;
    edit.on_duplicate = OnDuplicatePhone::merge;
    const auto e = refused(pos, edit);
    CHECK(e.cause == Cause::duplicate_phone);
    CHECK(e.subject == std::to_string(a));
    CHECK(pos.customer(b)->phone == "0911222333");
}

TEST_CASE("merging: the customers' salesperson or a manager; visits move, the merged id leads to the kept file") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id v1 = applied(pos, StartVisit{1, "walk_in", "", "v1"}).id;
    const Id keep = applied(pos, new_customer(person("Chen", "13900001111"), VisitRef{v1, ""})).id;
    const Id v2 = applied(pos, StartVisit{1, "walk_in", "", "v2"}).id;
    CustomerFields dup = person("陈先生", "");
    dup.plate = "粤B 99999";
    const Id other = applied(pos, new_customer(dup, VisitRef{v2, ""})).id;
    const Id stranger = applied(pos, new_customer(person("Zhou", "13700002222"))).id;

    // Wei served neither: refused, nothing changes.
    applied(pos, Login{"Wei", "1234"});
    CHECK(refused(pos, MergeCustomers{keep, other}).code == Errc::permission_denied);
    CHECK(pos.customer(other)->id == other);
    CHECK(journaled(*s.conn, db::journal::k_customer_merge) == 0);

    applied(pos, Login{"Lan", "1111"});
    CHECK(refused(pos, MergeCustomers{keep, keep}).code == Errc::invalid_input);
    CHECK(refused(pos, MergeCustomers{keep, stranger}).code == Errc::conflict);  // two different phones
    const auto merged = applied(pos, MergeCustomers{keep, other});
    REQUIRE(merged.find<ev::CustomersMerged>());
    CHECK(merged.find<ev::CustomersMerged>()->kept == keep);
    CHECK(merged.find<ev::CustomersMerged>()->merged == other);
    CHECK(pos.customer(other)->id == keep);
    CHECK(pos.customer(keep)->plate == "粤B 99999");
    CHECK(db::visit_customer(*s.conn, v2) == keep);
    CHECK(pos.customer_history(keep)->visits.size() == 2);
    CHECK(journaled(*s.conn, db::journal::k_customer_merge) == 1);
    // The merged-away file cannot be edited or merged again.
    SaveCustomer edit = new_customer(person("x", ""));
    edit.customer_id = other;
    CHECK(refused(pos, edit).code == Errc::conflict);

    // A manager merges anyone's.
    const Id z2 = applied(pos, new_customer(person("Zhou Jr", ""))).id;
    applied(pos, Login{"Wei", "1234"});
    CHECK(refused(pos, MergeCustomers{stranger, z2}).code == Errc::permission_denied);  // nobody's salesperson: not Wei
    applied(pos, Login{"Olga", "9999"});
    applied(pos, MergeCustomers{stranger, z2});
    CHECK(pos.customer(z2)->id == stranger);
}

TEST_CASE("an unknown customer is refused everywhere and nothing is stored") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Olga", "9999"});
    const Id visit = applied(pos, StartVisit{1, "walk_in", "", ""}).id;
    const Id known = applied(pos, new_customer(person("Known", ""))).id;
    const Id unknown = known + 100;
    CHECK(refused(pos, LinkCustomer{unknown}).code == Errc::not_found);
    CHECK(pos.cart().customer_id() == 0);
    CHECK(refused(pos, LinkVisitCustomer{{visit, ""}, unknown}).code == Errc::not_found);
    CHECK(db::visit_customer(*s.conn, visit) == 0);
    CHECK(refused(pos, AddFollowUp{unknown, "", "2026-11-30", "call"}).code == Errc::not_found);
    CHECK(refused(pos, MergeCustomers{known, unknown}).code == Errc::not_found);
    SaveCustomer edit = new_customer(person("Ghost", ""));
    edit.customer_id = unknown;
    CHECK(refused(pos, edit).code == Errc::not_found);
    CHECK(refused(pos, RecordFollowUp{999, "reached", "", ""}).code == Errc::not_found);
    CHECK(db::customer_count(*s.conn) == 1);
    CHECK(db::open_follow_ups(*s.conn, 0, "9999-12-31", 10).empty());
    CHECK_FALSE(pos.customer(unknown));
    CHECK_FALSE(pos.customer_history(unknown));
    applied(pos, LinkCustomer{known});
    CHECK(pos.cart().customer_id() == known);
}

TEST_CASE("a be-back visit linked to its customer shows last time: needs, the last objection and quote") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id first = applied(pos, StartVisit{2, "walk_in", "", "v1"}).id;
    const Id cust = applied(pos, new_customer(person("Mai", "0912345678"), VisitRef{first, ""})).id;
    applied(pos, EnterStage{{first, ""}, "needs"});
    applied(pos, SetNeed{{first, ""}, "use", "living_room"});
    applied(pos, RecordQuote{{first, ""}, 450000});
    applied(pos, RaiseObjection{{first, ""}, "price"});
    applied(pos, EndVisitLost{{first, ""}, "price_too_high"});

    s.clock.advance(2 * 24 * 3600 * 1000LL);
    const Id back = applied(pos, StartVisit{2, "be_back", "", "v2"}).id;
    CHECK_FALSE(pos.last_time(back));  // no customer yet
    const auto linked = applied(pos, LinkVisitCustomer{{0, "v2"}, cust});
    REQUIRE(linked.find<ev::VisitCustomerLinked>());
    CHECK(linked.find<ev::VisitCustomerLinked>()->customer == cust);
    CHECK(journaled(*s.conn, db::journal::k_customer_link) == 1);

    const auto last = pos.last_time(back);
    REQUIRE(last);
    CHECK(last->customer_id == cust);
    CHECK(last->customer_name == "Mai");
    CHECK(last->visit_id == first);
    CHECK(last->day == "2026-11-20");
    CHECK(last->salesperson == "Lan");
    CHECK(last->outcome == "lost");
    CHECK(last->lost_reason == "price_too_high");
    CHECK(last->last_objection == "price");
    REQUIRE(last->last_quote);
    CHECK(*last->last_quote == 450000);
    const bool carried = std::any_of(last->needs.begin(), last->needs.end(), [](const service::CarriedNeed& n) {
        return n.field == "use" && n.value == "living_room";
    });
    CHECK(carried);

    // The first visit itself has no earlier one; the customer page shows both visits, newest first.
    const auto first_time = pos.last_time(first);
    REQUIRE(first_time);
    CHECK(first_time->visit_id == 0);
    const auto h = pos.customer_history(cust);
    REQUIRE(h);
    REQUIRE(h->visits.size() == 2);
    CHECK(h->visits[0].visit_id == back);
    const service::VisitHistory& old = h->visits[1];
    CHECK(old.stages == std::vector<std::string>{"greeting", "needs"});
    REQUIRE(old.objections.size() == 1);
    CHECK(old.objections[0].code == "price");
    CHECK_FALSE(old.objections[0].resolved);
    CHECK(old.outcome == "lost");
    REQUIRE(h->quotes.size() == 1);
    CHECK(h->quotes[0].amount == 450000);
}

TEST_CASE("ending a visit with a follow-up writes the salesperson's follow-up in the same step") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id lan = staff_id(pos, "Lan");
    const Id with = applied(pos, StartVisit{1, "walk_in", "", "a"}).id;
    const Id cust = applied(pos, new_customer(person("Hoa", "0987654321"), VisitRef{with, ""})).id;
    applied(pos, ClosingAttempt{{with, ""}, "narrow_choice", false});
    const auto ended = applied(pos, EndVisitFollowUp{{with, ""}, "2026-11-25", "0987654321", "bring the fabric samples"});
    CHECK(ended.find<ev::VisitEnded>());
    const auto* added = ended.find<ev::FollowUpAdded>();
    REQUIRE(added);
    CHECK(added->customer == cust);
    CHECK(added->owner == lan);
    const auto f = db::get_follow_up(*s.conn, added->follow_up);
    REQUIRE(f);
    CHECK(f->customer_id == cust);
    CHECK(f->owner_id == lan);
    CHECK(f->visit_id == with);
    CHECK(f->due == "2026-11-25");
    CHECK(f->reason == "bring the fabric samples");
    CHECK(db::load_visit(*s.conn, with)->visit.outcome == "follow_up");

    // Without a customer: still on the salesperson's list, with the contact as its reason.
    const Id anon = applied(pos, StartVisit{1, "walk_in", "", "b"}).id;
    const auto ended2 = applied(pos, EndVisitFollowUp{{anon, ""}, "2026-11-26", "call 0911", ""});
    const auto f2 = db::get_follow_up(*s.conn, ended2.find<ev::FollowUpAdded>()->follow_up);
    REQUIRE(f2);
    CHECK(f2->customer_id == 0);
    CHECK(f2->reason == "call 0911");
    CHECK(journaled(*s.conn, db::journal::k_follow_up_add) == 2);

    // A refused ending writes neither the outcome nor a follow-up.
    const Id c = applied(pos, StartVisit{1, "walk_in", "", "c"}).id;
    CHECK(refused(pos, EndVisitFollowUp{{c, ""}, "2026-13-01", "x", ""}).code == Errc::invalid_input);
    CHECK(pos.find_visit(c) != nullptr);
    CHECK(pos.my_follow_ups().upcoming.size() == 2);
    const auto h = pos.customer_history(cust);
    REQUIRE(h->follow_ups.size() == 1);
    CHECK(h->follow_ups[0].owner_name == "Lan");
    REQUIRE(h->visits.size() == 1);
    REQUIRE(h->visits[0].closings.size() == 1);
    CHECK(h->visits[0].closings[0].method == "narrow_choice");
    CHECK_FALSE(h->visits[0].closings[0].accepted);
    CHECK(h->visits[0].follow_up_date == "2026-11-25");
}

TEST_CASE("a follow-up result is one intent; a new appointment creates the next follow-up") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id cust = applied(pos, new_customer(person("Tuan", "0933444555"))).id;
    const auto add = applied(pos, AddFollowUp{cust, "", "2026-11-20", "price came down"});
    const Id f = add.find<ev::FollowUpAdded>()->follow_up;
    CHECK(add.find<ev::FollowUpAdded>()->owner == staff_id(pos, "Lan"));
    CHECK(refused(pos, AddFollowUp{cust, "", "2026-11-19", "late"}).code == Errc::invalid_input);  // in the past

    // Bad results store nothing.
    CHECK(refused(pos, RecordFollowUp{f, "maybe", "", ""}).code == Errc::invalid_input);
    CHECK(refused(pos, RecordFollowUp{f, "new_appointment", "", ""}).code == Errc::invalid_input);  // needs its day
    CHECK(refused(pos, RecordFollowUp{f, "bought", "", "2026-11-30"}).code == Errc::invalid_input);
    CHECK_FALSE(db::get_follow_up(*s.conn, f)->result);
    applied(pos, Login{"Wei", "1234"});
    CHECK(refused(pos, RecordFollowUp{f, "reached", "", ""}).code == Errc::permission_denied);  // Lan's

    applied(pos, Login{"Lan", "1111"});
    const auto rec = applied(pos, RecordFollowUp{f, "new_appointment", "comes Saturday", "2026-11-28"});
    const auto* recorded = rec.find<ev::FollowUpRecorded>();
    REQUIRE(recorded);
    CHECK(recorded->follow_up == f);
    REQUIRE(recorded->next != 0);
    const auto done = db::get_follow_up(*s.conn, f);
    CHECK(done->result == FollowUpResult::new_appointment);
    CHECK(done->result_note == "comes Saturday");
    const auto next = db::get_follow_up(*s.conn, recorded->next);
    REQUIRE(next);
    CHECK(next->due == "2026-11-28");
    CHECK(next->customer_id == cust);
    CHECK(next->owner_id == staff_id(pos, "Lan"));
    CHECK_FALSE(next->result);
    CHECK(refused(pos, RecordFollowUp{f, "reached", "", ""}).code == Errc::invalid_state);  // once only
    const auto plain = applied(pos, RecordFollowUp{recorded->next, "bought", "", ""});
    CHECK(plain.find<ev::FollowUpRecorded>()->next == 0);
    CHECK(journaled(*s.conn, db::journal::k_follow_up_result) == 2);
}

TEST_CASE("reassigning a follow-up is the manager's; floor staff are refused and nothing changes") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id cust = applied(pos, new_customer(person("Binh", "0944555666"))).id;
    const Id f = applied(pos, AddFollowUp{cust, "", "2026-11-22", "delivery date"}).id;
    CHECK(refused(pos, ReassignFollowUp{f, "Wei"}).code == Errc::permission_denied);
    CHECK(refused(pos, AddFollowUp{cust, "Wei", "2026-11-22", "x"}).code == Errc::permission_denied);
    CHECK(db::get_follow_up(*s.conn, f)->owner_id == staff_id(pos, "Lan"));
    CHECK(journaled(*s.conn, db::journal::k_follow_up_reassign) == 0);

    applied(pos, Login{"Olga", "9999"});
    CHECK(refused(pos, ReassignFollowUp{f, "Nobody"}).code == Errc::not_found);
    const auto moved = applied(pos, ReassignFollowUp{f, "Wei"});
    REQUIRE(moved.find<ev::FollowUpReassigned>());
    CHECK(moved.find<ev::FollowUpReassigned>()->owner == staff_id(pos, "Wei"));
    CHECK(db::get_follow_up(*s.conn, f)->owner_id == staff_id(pos, "Wei"));
    CHECK(journaled(*s.conn, db::journal::k_follow_up_reassign) == 1);
    // A manager may also give a new follow-up to someone else.
    CHECK(applied(pos, AddFollowUp{cust, "Lan", "2026-11-23", "second call"}).find<ev::FollowUpAdded>()->owner ==
          staff_id(pos, "Lan"));
}

TEST_CASE("my follow-ups in buckets today / overdue / upcoming; everyone's for a manager, with owners") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Lan", "1111"});
    const Id cust = applied(pos, new_customer(person("Quang", "0955666777"))).id;
    applied(pos, AddFollowUp{cust, "", "2026-11-20", "was due yesterday"});
    applied(pos, AddFollowUp{cust, "", "2026-11-21", "today"});
    applied(pos, AddFollowUp{cust, "", "2026-12-01", "later"});
    applied(pos, Login{"Wei", "1234"});
    applied(pos, AddFollowUp{cust, "", "2026-11-21", "Wei's"});

    s.clock.advance(24 * 3600 * 1000LL);  // now 2026-11-21
    applied(pos, Login{"Lan", "1111"});
    const auto mine = pos.my_follow_ups();
    REQUIRE(mine.overdue.size() == 1);
    CHECK(mine.overdue[0].follow_up.reason == "was due yesterday");
    CHECK(mine.overdue[0].bucket == FollowUpBucket::overdue);
    REQUIRE(mine.today.size() == 1);
    CHECK(mine.today[0].follow_up.reason == "today");
    CHECK(mine.today[0].customer_name == "Quang");
    CHECK(mine.today[0].customer_phone == "0955666777");
    REQUIRE(mine.upcoming.size() == 1);
    CHECK(mine.upcoming[0].follow_up.due == "2026-12-01");
    CHECK_THROWS_AS(pos.team_follow_ups(), pos::Error);

    applied(pos, Login{"Olga", "9999"});
    const auto team = pos.team_follow_ups();
    CHECK(team.overdue.size() == 1);
    REQUIRE(team.today.size() == 2);
    CHECK(team.upcoming.size() == 1);
    std::vector<std::string> owners;
    for (const auto& item : team.today) owners.push_back(item.owner_name);
    std::sort(owners.begin(), owners.end());
    CHECK(owners == std::vector<std::string>{"Lan", "Wei"});
    CHECK(pos.my_follow_ups().today.empty());  // Olga has none of her own
}

TEST_CASE("the one customer search finds by receipt number, phone and name; a sale shows on the customer page") {
    test::AdminStore s;
    service::PosService& pos = *s.pos;
    applied(pos, Login{"Wei", "1234"});
    SaveCustomer at_checkout = new_customer(person("张伟", "+86 139 1234 5678"));
    at_checkout.link_cart = true;
    const auto saved = applied(pos, at_checkout);
    const Id cust = saved.id;
    CHECK(saved.find<ev::CustomerLinked>());
    CHECK(pos.cart().customer_id() == cust);
    const std::int64_t receipt = sell_sofa(pos);
    applied(pos, new_customer(person("张三", "0966777888")));

    const auto by_receipt = pos.find_customers("#" + std::to_string(receipt));
    REQUIRE(by_receipt.size() == 1);
    CHECK(by_receipt[0].customer.id == cust);
    CHECK(by_receipt[0].by == service::CustomerMatchKind::receipt);
    CHECK(pos.find_customers("#" + std::to_string(receipt + 50)).empty());
    const auto plain = pos.find_customers(std::to_string(receipt));
    REQUIRE_FALSE(plain.empty());
    CHECK(plain[0].by == service::CustomerMatchKind::receipt);

    const auto by_phone = pos.find_customers("1234 5678");
    REQUIRE(by_phone.size() == 1);
    CHECK(by_phone[0].customer.id == cust);
    CHECK(by_phone[0].by == service::CustomerMatchKind::phone);
    const auto by_name = pos.find_customers("张");
    CHECK(by_name.size() == 2);
    CHECK(by_name[0].by == service::CustomerMatchKind::name);
    CHECK(pos.find_customers("  ").empty());

    const auto h = pos.customer_history(cust);
    REQUIRE(h);
    REQUIRE(h->sales.size() == 1);
    CHECK(h->sales[0].receipt_no == receipt);
    CHECK(h->sales[0].total == 699900);
    CHECK_FALSE(h->sales[0].refund);
    CHECK(h->sales[0].day == "2026-11-20");
}
