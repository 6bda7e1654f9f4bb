#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/common/error.h"
#include "core/visit/playbook.h"

using namespace pos;
using nlohmann::json;

namespace {

// {"en":"x","zh_CN":"x",...}: a text in all five languages.
std::string T(const std::string& s) {
    return R"({"en":")" + s + R"(","zh_CN":")" + s + R"(","zh_TW":")" + s + R"(","ru":")" + s + R"(","vi":")" + s +
           R"("})";
}

std::string E(const std::string& code) { return R"({"code":")" + code + R"(","name":)" + T(code) + "}"; }

// The smallest valid playbook: two stages, one of each list, the 7 objections, the 10 needs fields.
std::string minimal() {
    std::string needs;
    for (const char* f : {"use", "user", "budget", "space", "style", "focus", "prior", "decision_maker", "companions"}) {
        needs += R"({"code":")" + std::string(f) + R"(","name":)" + T(f) + R"(,"kind":"choice","options":[)" + E("a") +
                 "]},";
    }
    needs += R"({"code":"gift","name":)" + T("gift") + R"(,"kind":"yes_no"})";
    return R"({"format":1,"id":"mini","version":1,"name":)" + T("Mini") + R"(,
"stages":[{"code":"greet","name":)" + T("Greet") + R"(,"milestone":null,"prompts":[{"kind":"tip","text":)" + T("Smile.") + R"(}]},
          {"code":"demo","name":)" + T("Demo") + R"(,"milestone":"demo","prompts":[{"kind":"question","type":"open","text":)" + T("How?") + R"(}]}],
"techniques":[)" + E("fabe") + R"(],
"signals":[{"code":"nod","group":"behavioural","closing":true,"name":)" + T("Nods") + R"(},
           {"code":"look","group":"facial","closing":false,"name":)" + T("Looks") + R"(}],
"objections":[)" + E("price") + "," + E("quality") + "," + E("service") + "," + E("excuse") + "," + E("need") + "," +
           E("competitor") + "," + E("salesperson") + R"(],
"closing_methods":[)" + E("ask") + R"(],
"lost_reasons":[)" + E("price_too_high") + R"(],
"needs":[)" + needs + "]}";
}

// Parses the minimal playbook after `edit` changed it, as file "t.json".
void parse_edited(const std::function<void(json&)>& edit) {
    json j = json::parse(minimal());
    edit(j);
    parse_playbook(j.dump(), "t.json");
}

}  // namespace

TEST_CASE("the minimal playbook used by these tests is valid") {
    const Playbook pb = parse_playbook(minimal(), "t.json");
    CHECK(pb.id == "mini");
    CHECK(pb.source == "t.json");
    REQUIRE(pb.stages.size() == 2);
    CHECK(pb.stages[1].milestone == Milestone::demo);
    CHECK(pb.stages[1].prompts[0].question == QuestionType::open);
    CHECK(pb.needs.size() == 10);
    CHECK(pb.find_need(NeedField::gift)->kind == NeedKind::yes_no);
}

TEST_CASE("a JSON syntax error names the file and line:column") {
    CHECK_THROWS_WITH_AS(parse_playbook("{\n  \"id\": \"x\",\n  \"version\": 1,,\n}", "assets/playbooks/car.json"),
                         doctest::Contains("assets/playbooks/car.json:3:16: JSON syntax error: "), Error);
    // Columns count characters, not bytes: the x after two CJK characters is column 15.
    CHECK_THROWS_WITH_AS(parse_playbook("{\"name\": \"家具\" x}", "f.json"), doctest::Contains("f.json:1:15: "), Error);
    CHECK_THROWS_WITH_AS(parse_playbook("{\"id\": \"x\"", "f.json"),
                         doctest::Contains("f.json:1:11: JSON syntax error: "), Error);
    CHECK_THROWS_WITH_AS(parse_playbook("", "e.json"), doctest::Contains("e.json:1:1: JSON syntax error: "), Error);
}

TEST_CASE("a missing or empty translation names its JSON path") {
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["signals"][1]["name"].erase("vi"); }),
                         "t.json: $.signals[1].name.vi: missing translation", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][0]["prompts"][0]["text"]["zh_TW"] = "  "; }),
                         "t.json: $.stages[0].prompts[0].text.zh_TW: empty translation", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["name"]["de"] = "Mini"; }),
                         "t.json: $.name.de: unknown language \"de\"", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["needs"][0]["options"][0]["name"]["ru"] = 5; }),
                         "t.json: $.needs[0].options[0].name.ru: expected a string, got number", Error);
}

TEST_CASE("an unknown milestone is refused") {
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][1]["milestone"] = "demoo"; }),
                         "t.json: $.stages[1].milestone: unknown milestone \"demoo\"", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][0]["milestone"] = "demo"; }),
                         "t.json: $.stages[1].milestone: milestone \"demo\" already used at $.stages[0]", Error);
}

TEST_CASE("duplicate codes are refused") {
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["signals"][1]["code"] = "nod"; }),
                         "t.json: $.signals[1].code: duplicate code \"nod\" (also at $.signals[0])", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][1]["code"] = "greet"; }),
                         "t.json: $.stages[1].code: duplicate code \"greet\" (also at $.stages[0])", Error);
    CHECK_THROWS_WITH_AS(
        parse_edited([](json& j) { j["needs"][0]["options"].push_back(j["needs"][0]["options"][0]); }),
        "t.json: $.needs[0].options[1].code: duplicate code \"a\" (also at $.needs[0].options[0])", Error);
}

TEST_CASE("exactly the seven objection types are required") {
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["objections"].erase(6); }),
                         "t.json: $.objections: expected exactly 7 objection types, got 6", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["objections"].push_back(j["objections"][0]); }),
                         "t.json: $.objections[7].code: duplicate code \"price\" (also at $.objections[0])", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["objections"][3]["code"] = "excuses"; }),
                         doctest::Contains("t.json: $.objections[3].code: unknown objection type \"excuses\""), Error);
}

TEST_CASE("wrong types, empty lists, unknown keys and missing fields are refused") {
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["version"] = "1"; }),
                         "t.json: $.version: expected a whole number, got string", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["signals"][0]["closing"] = "yes"; }),
                         "t.json: $.signals[0].closing: expected true or false, got string", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["lost_reasons"] = json::array(); }),
                         "t.json: $.lost_reasons: empty list", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"] = json::object(); }),
                         "t.json: $.stages: expected a list, got object", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stagez"] = 1; }), "t.json: $.stagez: unknown key \"stagez\"",
                         Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j.erase("closing_methods"); }),
                         "t.json: $.closing_methods: missing", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][1]["prompts"][0].erase("type"); }),
                         "t.json: $.stages[1].prompts[0].type: missing", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][0]["prompts"][0]["type"] = "open"; }),
                         "t.json: $.stages[0].prompts[0].type: only questions have a type", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["stages"][1]["prompts"][0]["type"] = "spin"; }),
                         "t.json: $.stages[1].prompts[0].type: unknown question type \"spin\"", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["signals"][0]["group"] = "vocal"; }),
                         doctest::Contains("t.json: $.signals[0].group: unknown signal group \"vocal\""), Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["techniques"][0]["code"] = "Fabe"; }),
                         doctest::Contains("t.json: $.techniques[0].code: bad code \"Fabe\""), Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["format"] = 2; }),
                         "t.json: $.format: unsupported format 2 (this build reads 1)", Error);
    CHECK_THROWS_WITH_AS(parse_playbook("[]", "t.json"), "t.json: $: expected an object, got array", Error);
}

TEST_CASE("the needs groups must be the ten known fields with the right kinds") {
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["needs"].erase(3); }),
                         "t.json: $.needs: missing needs field \"space\"", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["needs"][0]["code"] = "colour"; }),
                         "t.json: $.needs[0].code: unknown needs field \"colour\"", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["needs"][9]["kind"] = "choice"; }),
                         "t.json: $.needs[9].kind: gift must be \"yes_no\"", Error);
    CHECK_THROWS_WITH_AS(parse_edited([](json& j) { j["needs"][0]["options"] = json::array(); }),
                         "t.json: $.needs[0].options: empty list", Error);
}

TEST_CASE("load_playbook and load_playbooks_dir report the file name") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / "pos_visit_tests_playbooks";
    fs::remove_all(dir);
    fs::create_directories(dir);
    {
        std::ofstream(dir / "a.json") << minimal();
        std::ofstream(dir / "notes.md") << "not a playbook";
    }
    const auto all = load_playbooks_dir(dir.string());
    REQUIRE(all.size() == 1);
    CHECK(all[0].source == (dir / "a.json").string());
    {
        std::ofstream(dir / "b.json") << minimal();  // same id "mini"
    }
    CHECK_THROWS_WITH_AS(load_playbooks_dir(dir.string()),
                         ((dir / "b.json").string() + ": $.id: playbook id \"mini\" already used by " +
                          (dir / "a.json").string())
                             .c_str(),
                         Error);
    {
        json j = json::parse(minimal());
        j["stages"][0]["milestone"] = "demoo";
        std::ofstream(dir / "b.json") << j.dump(2);
    }
    CHECK_THROWS_WITH_AS(load_playbook((dir / "b.json").string()),
                         ((dir / "b.json").string() + ": $.stages[0].milestone: unknown milestone \"demoo\"").c_str(),
                         Error);
    fs::remove_all(dir);
}
