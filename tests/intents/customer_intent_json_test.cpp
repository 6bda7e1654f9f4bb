// The script ops of the customer file and return visits: each parses into its intent with every
// key, and its intent prints back as the same op (op_name), so scripts and the touchscreen agree.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/intents/intent_json.h"

using namespace pos;
using namespace pos::intent;

namespace {
const Currency& cny() { return currency("CNY"); }

Intent parsed(const char* line, std::string_view op) {
    const ScriptLine l = parse_script_line(line, cny());
    CHECK(l.op == op);
    CHECK(op_name(l.intent) == op);  // the round trip: the intent names the op it came from
    return l.intent;
}
}  // namespace

TEST_CASE("customer_save carries every field of the file, the visit, the cart and the duplicate choice") {
    const Intent i = parsed(
        R"({"op":"customer_save","name":"王小明","phone":"138 0013 8000","email":"w@x.cn","companions":"wife","job":"teacher",)"
        R"("current_product":"old sofa","plate":"沪A 1","likes":"oak","buying_focus":"comfort","notes":"March","consent":true,)"
        R"("visit":"v1","cart":true,"on_duplicate":"merge"})",
        "customer_save");
    const auto& c = std::get<SaveCustomer>(i);
    CHECK(c.customer_id == 0);
    CHECK(c.file.name == "王小明");
    CHECK(c.file.phone == "138 0013 8000");
    CHECK(c.file.email == "w@x.cn");
    CHECK(c.file.companions == "wife");
    CHECK(c.file.job == "teacher");
    CHECK(c.file.current_product == "old sofa");
    CHECK(c.file.plate == "沪A 1");
    CHECK(c.file.likes == "oak");
    CHECK(c.file.buying_focus == "comfort");
    CHECK(c.file.notes == "March");
    CHECK(c.file.contact_consent);
    REQUIRE(c.visit);
    CHECK(c.visit->alias == "v1");
    CHECK(c.link_cart);
    CHECK(c.on_duplicate == OnDuplicatePhone::merge);

    const auto edit = std::get<SaveCustomer>(parsed(R"({"op":"customer_save","customer":7,"name":"Li","on_duplicate":"use"})", "customer_save"));
    CHECK(edit.customer_id == 7);
    CHECK_FALSE(edit.visit);
    CHECK_FALSE(edit.link_cart);
    CHECK_FALSE(edit.file.contact_consent);
    CHECK(edit.on_duplicate == OnDuplicatePhone::use_existing);
    CHECK(std::get<SaveCustomer>(parsed(R"({"op":"customer_save","name":"Li"})", "customer_save")).on_duplicate ==
          OnDuplicatePhone::refuse);
}

TEST_CASE("merge, be-back link and follow-up ops") {
    const auto m = std::get<MergeCustomers>(parsed(R"({"op":"customer_merge","keep":3,"other":9})", "customer_merge"));
    CHECK(m.keep == 3);
    CHECK(m.other == 9);
    const auto l = std::get<LinkVisitCustomer>(parsed(R"({"op":"visit_customer","visit":12,"customer":3})", "visit_customer"));
    CHECK(l.visit.id == 12);
    CHECK(l.customer_id == 3);
    const auto a = std::get<AddFollowUp>(
        parsed(R"({"op":"follow_up_add","customer":3,"owner":"Lan","due":"2026-11-25","reason":"samples"})", "follow_up_add"));
    CHECK(a.customer_id == 3);
    CHECK(a.owner == "Lan");
    CHECK(a.due == "2026-11-25");
    CHECK(a.reason == "samples");
    CHECK(std::get<AddFollowUp>(parsed(R"({"op":"follow_up_add","customer":3,"due":"2026-11-25"})", "follow_up_add")).owner.empty());
    const auto r = std::get<RecordFollowUp>(parsed(
        R"({"op":"follow_up_result","follow_up":5,"result":"new_appointment","note":"Saturday","next_due":"2026-11-28"})",
        "follow_up_result"));
    CHECK(r.follow_up_id == 5);
    CHECK(r.result == "new_appointment");
    CHECK(r.note == "Saturday");
    CHECK(r.next_due == "2026-11-28");
    const auto g = std::get<ReassignFollowUp>(parsed(R"({"op":"follow_up_reassign","follow_up":5,"owner":2})", "follow_up_reassign"));
    CHECK(g.follow_up_id == 5);
    CHECK(g.owner == "2");
}

TEST_CASE("bad customer and follow-up lines name the key at fault") {
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"customer_save","name":"Li","on_duplicate":"maybe"})", cny()),
                         doctest::Contains("\"on_duplicate\""), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"customer_save","customer":-1})", cny()), doctest::Contains("\"customer\""), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"customer_save","consent":"yes"})", cny()), doctest::Contains("\"consent\""), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"customer_merge","keep":3})", cny()), doctest::Contains("\"other\": missing"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"visit_customer","customer":3})", cny()), doctest::Contains("\"visit\": missing"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"follow_up_add","customer":3})", cny()), doctest::Contains("\"due\": missing"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"follow_up_result","follow_up":5})", cny()), doctest::Contains("\"result\": missing"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"follow_up_reassign","follow_up":5})", cny()), doctest::Contains("\"owner\": missing"), Error);
}
