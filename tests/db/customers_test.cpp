// The customer repository: files with the playbook's fields, phone and name search in any script
// (trigram index for 3+ characters, name prefix for shorter), merges that move visits, sales
// and follow-ups, and follow-ups with results and reassignment.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "db/customers.h"
#include "db/db_test_util.h"

using namespace pos;
using namespace pos::db;
using namespace pos::db::test;

namespace {

CustomerFile sample_customer(std::string name, std::string phone) {
    CustomerFile f;
    f.name = std::move(name);
    f.phone = std::move(phone);
    return f;
}

std::vector<std::string> names_of(const std::vector<CustomerFile>& v) {
    std::vector<std::string> out;
    for (const auto& f : v) out.push_back(f.name);
    return out;
}

}  // namespace

TEST_CASE("a customer file round-trips with every field; phone lookups find only files not merged away") {
    TempDir dir("pos-customers");
    Connection c = seeded_db(dir);
    CustomerFile f = sample_customer("王芳", "13800138000");
    f.companions = "丈夫和两个孩子";
    f.current_product = "Toyota Camry";
    f.plate = "沪A12345";
    f.buying_focus = "safety";
    f.contact_consent = true;
    f.id = insert_customer(c, f, 1000);
    const auto back = load_customer(c, f.id);
    REQUIRE(back.has_value());
    CHECK(back->name == "王芳");
    CHECK(back->companions == "丈夫和两个孩子");
    CHECK(back->plate == "沪A12345");
    CHECK(back->buying_focus == "safety");
    CHECK(back->contact_consent);
    CHECK(customers_with_phone(c, "13800138000").size() == 1);
    CHECK(customers_with_phone(c, "13800138001").empty());
    CHECK_FALSE(load_customer(c, 999).has_value());

    f.job = "teacher";
    update_customer(c, f, 2000);
    CHECK(load_customer(c, f.id)->job == "teacher");
    CustomerFile ghost = f;
    ghost.id = 999;
    CHECK_THROWS_AS(update_customer(c, ghost, 2000), pos::Error);
}

TEST_CASE("search: any part of a phone number, a name in any script, a one-character surname") {
    TempDir dir("pos-customers");
    Connection c = seeded_db(dir);
    insert_customer(c, sample_customer("王芳", "13800138000"), 1);
    insert_customer(c, sample_customer("王小明", "13912345678"), 2);
    insert_customer(c, sample_customer("Дмитрий Иванов", "+74951234567"), 3);
    insert_customer(c, sample_customer("Nguyễn Văn An", "0901234567"), 4);
    insert_customer(c, sample_customer("陳美玲", ""), 5);

    const auto names = names_of;
    CHECK((names(search_customers(c, "138 0013", 10)) == std::vector<std::string>{"王芳"}));
    CHECK((names(search_customers(c, "1234", 10)) == std::vector<std::string>{"王小明", "Дмитрий Иванов", "Nguyễn Văn An"}));
    CHECK((names(search_customers(c, "王", 10)) == std::vector<std::string>{"王小明", "王芳"}));
    CHECK((names(search_customers(c, "Иванов", 10)) == std::vector<std::string>{"Дмитрий Иванов"}));
    CHECK((names(search_customers(c, "Văn", 10)) == std::vector<std::string>{"Nguyễn Văn An"}));
    CHECK((names(search_customers(c, "陳美", 10)) == std::vector<std::string>{"陳美玲"}));
    CHECK(search_customers(c, "1234", 1).size() == 1);
    CHECK(search_customers(c, "  ", 10).empty());
    CHECK(search_customers(c, "\"; DROP TABLE customers; --", 10).empty());
    CHECK(customer_count(c) == 5);
}

TEST_CASE("merging moves visits, sales and follow-ups to the kept file and hides the other") {
    TempDir dir("pos-customers");
    Connection c = seeded_db(dir);
    CustomerFile keep = sample_customer("Дмитрий", "+74951234567");
    keep.id = insert_customer(c, keep, 1);
    CustomerFile other = sample_customer("Dmitry", "+74951234567");
    other.plate = "А123ВС77";
    other.id = insert_customer(c, other, 2);
    FollowUp fu = new_follow_up(other.id, k_floor, "2026-12-10", "test drive", "2026-12-05");
    fu.id = insert_follow_up(c, fu, 3);
    CHECK(customers_with_phone(c, "+74951234567").size() == 2);

    {
        Transaction tx(c);
        merge_customers(c, merged(keep, other), other.id, 10);
        tx.commit();
    }
    CHECK(customers_with_phone(c, "+74951234567").size() == 1);
    CHECK(load_customer(c, other.id)->id == keep.id);  // the merged id leads to the kept file
    CHECK(load_customer(c, keep.id)->plate == "А123ВС77");
    CHECK(get_follow_up(c, fu.id)->customer_id == keep.id);
    CHECK(customer_count(c) == 1);
    CHECK(search_customers(c, "Dmitry", 10).empty());
    CHECK_THROWS_AS(merge_customers(c, load_customer(c, keep.id).value(), keep.id, 11), pos::Error);
}

TEST_CASE("follow-ups: my open ones by due day, a result recorded once, reassignment of open ones only") {
    TempDir dir("pos-customers");
    Connection c = seeded_db(dir);
    const Id cust = insert_customer(c, sample_customer("Anna", "0901234567"), 1);
    FollowUp a = new_follow_up(cust, k_floor, "2026-12-06", "sofa fabric", "2026-12-05");
    FollowUp b = new_follow_up(cust, k_floor, "2026-12-05", "call back", "2026-12-05");
    FollowUp other_owner = new_follow_up(cust, k_cashier, "2026-12-05", "", "2026-12-05");
    a.id = insert_follow_up(c, a, 1);
    b.id = insert_follow_up(c, b, 2);
    other_owner.id = insert_follow_up(c, other_owner, 3);

    auto mine = open_follow_ups(c, k_floor, "2026-12-31", 50);
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].id == b.id);  // earliest due first
    CHECK(open_follow_ups(c, k_floor, "2026-12-05", 50).size() == 1);
    CHECK(open_follow_ups(c, 0, "2026-12-31", 50).size() == 3);

    const auto rec = record_follow_up(b, FollowUpResult::reached, "likes the grey one", std::nullopt, "2026-12-05", 500, k_floor);
    record_follow_up_result(c, rec.done);
    CHECK(get_follow_up(c, b.id)->result == FollowUpResult::reached);
    CHECK(get_follow_up(c, b.id)->result_note == "likes the grey one");
    CHECK_THROWS_AS(record_follow_up_result(c, rec.done), pos::Error);  // already done
    CHECK(open_follow_ups(c, k_floor, "2026-12-31", 50).size() == 1);

    reassign_follow_up(c, a.id, k_manager);
    CHECK(get_follow_up(c, a.id)->owner_id == k_manager);
    CHECK_THROWS_AS(reassign_follow_up(c, b.id, k_manager), pos::Error);
    CHECK(customer_follow_ups(c, cust).size() == 3);
}

TEST_CASE("the migration carries the follow-up dates of closed visits over as open follow-ups") {
    TempDir dir("pos-customers");
    Connection c = Connection::open(dir.file("old.db"), OpenMode::create);
    migrate_to(c, 5);
    add_staff(c, "Lan", "floor", "$argon2id$x", 1);
    c.exec("INSERT INTO customers(id, name, phone, created_at) VALUES (1, 'Old customer', '0901234567', 1)");
    c.exec("INSERT INTO visits(id, playbook, staff_id, customer_id, started_at, ended_at, day, stage, outcome, follow_up_date, "
           "follow_up_contact) VALUES (1, 'furniture', 1, 1, 10, 20, '2026-11-30', 'closing', 'follow_up', '2026-12-10', 'call Anna')");
    c.exec("INSERT INTO visits(id, playbook, staff_id, started_at, ended_at, day, stage, outcome, lost_reason) "
           "VALUES (2, 'furniture', 1, 10, 20, '2026-11-30', 'closing', 'lost', 'price')");
    migrate(c);
    const auto open = open_follow_ups(c, 1, "2026-12-31", 10);
    REQUIRE(open.size() == 1);
    CHECK(open[0].customer_id == 1);
    CHECK(open[0].visit_id == 1);
    CHECK(open[0].due == "2026-12-10");
    CHECK(open[0].reason == "call Anna");
    CHECK(load_customer(c, 1)->name == "Old customer");  // existing rows kept
    CHECK(search_customers(c, "Old cus", 5).size() == 1);  // indexed by the rebuild
}
