#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/visit/playbook.h"

using namespace pos;

namespace {

const std::string furniture_path = POS_ASSETS_DIR "/playbooks/furniture.json";
const std::string car_path = POS_ASSETS_DIR "/playbooks/car.json";

std::vector<std::string> stage_codes(const Playbook& pb) {
    std::vector<std::string> out;
    for (const Stage& s : pb.stages) out.push_back(s.code);
    return out;
}

std::vector<std::string> codes(const std::vector<Entry>& entries) {
    std::vector<std::string> out;
    for (const Entry& e : entries) out.push_back(e.code);
    return out;
}

// Calls f(path, text) for every human text in the playbook, labels and prompts alike.
void for_each_text(const Playbook& pb, const std::function<void(const std::string&, const Text&, bool label)>& f) {
    f("name", pb.name, true);
    for (const Stage& s : pb.stages) {
        f("stage " + s.code, s.name, true);
        for (const Prompt& p : s.prompts) f("prompt in " + s.code, p.text, false);
    }
    for (const Signal& s : pb.signals) f("signal " + s.code, s.name, true);
    for (const auto* list : {&pb.techniques, &pb.objections, &pb.closing_methods, &pb.lost_reasons}) {
        for (const Entry& e : *list) f("entry " + e.code, e.name, true);
    }
    for (const NeedGroup& g : pb.needs) {
        f("need " + std::string(need_field_name(g.field)), g.name, true);
        for (const Entry& o : g.options) f("option " + o.code, o.name, true);
    }
}

std::size_t code_points(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0U) != 0x80U ? 1U : 0U;
    return n;
}

bool has_non_ascii(const std::string& s) {
    for (char c : s) {
        if (static_cast<unsigned char>(c) >= 0x80U) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("the furniture playbook loads with the canonical flow") {
    const Playbook pb = load_playbook(furniture_path);
    CHECK(pb.id == "furniture");
    CHECK(pb.version == 1);
    CHECK(pb.source == furniture_path);
    CHECK(pb.name.in(Lang::en) == "Furniture showroom");
    CHECK(pb.name.in(Lang::zh_TW) == "家具展廳");
    CHECK(stage_codes(pb) == std::vector<std::string>{"greeting", "approach", "needs", "presentation", "demo",
                                                      "objections", "close", "checkout", "farewell"});
    CHECK(pb.milestone_stage(Milestone::engaged)->code == "needs");
    CHECK(pb.milestone_stage(Milestone::demo)->code == "demo");
    CHECK(pb.milestone_stage(Milestone::quote)->code == "objections");
    CHECK(pb.milestone_stage(Milestone::close)->code == "close");
    CHECK(pb.milestone_stage(Milestone::checkout)->code == "checkout");
    CHECK(codes(pb.objections) ==
          std::vector<std::string>{"price", "quality", "service", "excuse", "need", "competitor", "salesperson"});
    CHECK(codes(pb.closing_methods) ==
          std::vector<std::string>{"no_new_products", "narrow_choice", "settle_favourite", "restate_points",
                                   "conditional_close", "closing_question"});
    // The six best moments to approach are the approach stage's cues.
    const Stage* approach = pb.find_stage("approach");
    REQUIRE(approach != nullptr);
    int cues = 0;
    for (const Prompt& p : approach->prompts) cues += p.kind == PromptKind::cue ? 1 : 0;
    CHECK(cues == 6);
    CHECK(pb.stage_index("needs") == std::optional<std::size_t>{2});
    CHECK_FALSE(pb.stage_index("nope").has_value());
    CHECK(pb.find_signal("keeps_nodding")->closing);
    CHECK(pb.find_signal("keeps_nodding")->group == SignalGroup::behavioural);
    CHECK_FALSE(pb.find_signal("long_gaze")->closing);
    CHECK(pb.find_lost_reason("price_too_high") != nullptr);
    CHECK(pb.find_technique("fabe") != nullptr);
    CHECK(pb.find_objection("excuses") == nullptr);
}

TEST_CASE("the car playbook has the test drive and the seven closing techniques") {
    const Playbook pb = load_playbook(car_path);
    CHECK(pb.id == "car");
    CHECK(stage_codes(pb) == std::vector<std::string>{"greeting", "approach", "needs", "presentation", "test_drive",
                                                      "negotiation", "close", "checkout", "delivery", "follow_up"});
    CHECK(pb.milestone_stage(Milestone::demo)->code == "test_drive");
    CHECK(pb.milestone_stage(Milestone::quote)->code == "negotiation");
    CHECK(codes(pb.closing_methods) == std::vector<std::string>{"benefit_summary", "t_method", "precondition", "value",
                                                                "inquiry", "yes_yes_yes", "sympathy"});
    CHECK(pb.find_closing_method("t_method")->name.in(Lang::zh_CN) == "“T”字法");
    CHECK(pb.find_signal("opens_car")->group == SignalGroup::behavioural);
    CHECK_FALSE(pb.find_signal("opens_car")->closing);
    const NeedGroup* focus = pb.find_need(NeedField::focus);
    REQUIRE(focus != nullptr);
    CHECK(focus->find_option("status") != nullptr);
    CHECK_FALSE(focus->free_text);
}

TEST_CASE("both playbooks cover every question type, needs field and signal group") {
    for (const std::string& path : {furniture_path, car_path}) {
        CAPTURE(path);
        const Playbook pb = load_playbook(path);
        std::vector<int> question_types(7, 0);
        for (const Stage& s : pb.stages) {
            for (const Prompt& p : s.prompts) {
                if (p.question) ++question_types[static_cast<std::size_t>(*p.question)];
            }
        }
        for (std::size_t i = 0; i < question_types.size(); ++i) {
            CAPTURE(question_type_name(static_cast<QuestionType>(i)));
            CHECK(question_types[i] >= 1);
        }
        for (NeedField f : all_need_fields) {
            CAPTURE(need_field_name(f));
            REQUIRE(pb.find_need(f) != nullptr);
            CHECK(pb.find_need(f)->kind == (f == NeedField::gift ? NeedKind::yes_no : NeedKind::choice));
        }
        int groups[3] = {0, 0, 0};
        int closing = 0;
        for (const Signal& s : pb.signals) {
            ++groups[static_cast<int>(s.group)];
            closing += s.closing ? 1 : 0;
        }
        CHECK(groups[0] >= 1);
        CHECK(groups[1] >= 1);
        CHECK(groups[2] >= 1);
        CHECK(closing >= 5);
        CHECK(pb.lost_reasons.size() >= 9);
    }
}

TEST_CASE("every shipped text has five real translations and labels fit a chip") {
    // Characters that exist only in Simplified Chinese; none may appear in zh_TW.
    const std::vector<std::string> simplified_only = {"这", "们", "说", "对", "选", "价", "销", "车", "门", "后",
                                                      "买", "问", "为", "时", "个", "让", "过", "来", "还", "务",
                                                      "处", "议", "户", "顾", "试", "驾", "质", "设", "体", "货"};
    for (const std::string& path : {furniture_path, car_path}) {
        const Playbook pb = load_playbook(path);
        int texts = 0;
        for_each_text(pb, [&](const std::string& where, const Text& t, bool label) {
            CAPTURE(path);
            CAPTURE(where);
            ++texts;
            for (Lang l : all_langs) CHECK_FALSE(t.in(l).empty());
            if (label) CHECK(code_points(t.in(Lang::en)) <= 24);
            for (const std::string& ch : simplified_only) {
                CAPTURE(ch);
                CHECK(t.in(Lang::zh_TW).find(ch) == std::string::npos);
            }
            // Translated (not borrowed like "SUV") Vietnamese and Russian texts use their own letters;
            // "Giao xe" (delivery) is the one Vietnamese text that needs no diacritics.
            if (t.in(Lang::vi) != t.in(Lang::en) && t.in(Lang::vi).find("FABE") == std::string::npos &&
                t.in(Lang::vi) != "Giao xe") {
                CHECK(has_non_ascii(t.in(Lang::vi)));
            }
            if (t.in(Lang::ru) != t.in(Lang::en)) CHECK(has_non_ascii(t.in(Lang::ru)));
        });
        CHECK(texts > 100);
    }
}

TEST_CASE("load_playbooks_dir reads every json file sorted by name and skips FORMAT.md") {
    const std::vector<Playbook> all = load_playbooks_dir(POS_ASSETS_DIR "/playbooks");
    REQUIRE(all.size() == 2);
    CHECK(all[0].id == "car");
    CHECK(all[1].id == "furniture");
}

TEST_CASE("a missing playbook file is an io error naming the file") {
    CHECK_THROWS_WITH_AS(load_playbook("/nonexistent/x.json"), "cannot read playbook file /nonexistent/x.json", Error);
    try {
        load_playbook("/nonexistent/x.json");
    } catch (const Error& e) {
        CHECK(e.code() == Errc::io);
    }
}

TEST_CASE("enum names round-trip") {
    for (int i = 0; i < 5; ++i) {
        const auto m = static_cast<Milestone>(i);
        CHECK(parse_milestone(milestone_name(m)) == m);
    }
    for (int i = 0; i < 7; ++i) {
        const auto q = static_cast<QuestionType>(i);
        CHECK(parse_question_type(question_type_name(q)) == q);
    }
    for (NeedField f : all_need_fields) CHECK(parse_need_field(need_field_name(f)) == f);
    CHECK(milestone_name(Milestone::quote) == "quote");
    CHECK(signal_group_name(SignalGroup::behavioural) == "behavioural");
    CHECK(parse_signal_group("behavioral") == std::nullopt);
    CHECK(parse_prompt_kind("cue") == PromptKind::cue);
    CHECK(need_kind_name(NeedKind::yes_no) == "yes_no");
    CHECK(parse_milestone("demoo") == std::nullopt);
}
