#include <doctest/doctest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/visit/playbook.h"
#include "core/visit/visit.h"

using namespace pos;

namespace {

const Playbook& furniture() {
    static const Playbook pb = load_playbook(POS_ASSETS_DIR "/playbooks/furniture.json");
    return pb;
}
const Playbook& car() {
    static const Playbook pb = load_playbook(POS_ASSETS_DIR "/playbooks/car.json");
    return pb;
}

constexpr Timestamp t0 = 1'790'000'000'000;  // 2026-09-21
constexpr Timestamp sec = 1000;
constexpr Id anna = 7;
constexpr Id boris = 9;

Errc code_of(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    FAIL("no pos::Error thrown");
    return Errc::io;
}

std::vector<EventKind> kinds(const Visit& v) {
    std::vector<EventKind> out;
    for (const VisitEvent& e : v.timeline()) out.push_back(e.kind);
    return out;
}

}  // namespace

TEST_CASE("a visit starts in the first stage") {
    const Visit v = Visit::start(41, car(), anna, 3, VisitSource::be_back, t0);
    CHECK(v.id() == 41);
    CHECK(v.playbook_id() == "car");
    CHECK(v.staff_id() == anna);
    CHECK(v.party_size() == 3);
    CHECK(v.source() == VisitSource::be_back);
    CHECK(v.started_at() == t0);
    CHECK(v.current_stage() == "greeting");
    REQUIRE(v.timeline().size() == 1);
    CHECK(v.timeline()[0].kind == EventKind::stage_entered);
    CHECK(v.timeline()[0].code == "greeting");
    CHECK(v.timeline()[0].at == t0);
    CHECK(v.is_open());
    CHECK(code_of([] { Visit::start(0, car(), anna, 1, VisitSource::walk_in, t0); }) == Errc::invalid_input);
    CHECK(code_of([] { Visit::start(1, car(), 0, 1, VisitSource::walk_in, t0); }) == Errc::invalid_input);
    CHECK_THROWS_WITH_AS(Visit::start(1, car(), anna, 0, VisitSource::walk_in, t0), "party size must be 1 to 99", Error);
}

TEST_CASE("full furniture visit from greeting to sold") {
    const Playbook& pb = furniture();
    Visit v = Visit::start(1, pb, anna, 2, VisitSource::walk_in, t0);
    CHECK(v.record_signal(pb, "long_gaze", t0 + 20 * sec, anna) == 1);
    CHECK(v.enter_stage(pb, "approach", t0 + 30 * sec, anna));
    CHECK(v.enter_stage(pb, "needs", t0 + 60 * sec, anna));
    v.set_need(pb, NeedField::use, "living_room");
    v.set_need(pb, NeedField::space, "medium", "about 18 m2");
    v.set_need_flag(pb, NeedField::gift, false);
    v.set_need(pb, NeedField::decision_maker, "spouse");
    CHECK(v.enter_stage(pb, "presentation", t0 + 300 * sec, anna));
    v.use_technique(pb, "fabe", t0 + 310 * sec, anna);
    CHECK(v.enter_stage(pb, "demo", t0 + 400 * sec, anna));
    CHECK(v.enter_stage(pb, "objections", t0 + 500 * sec, boris));
    const std::size_t obj = v.raise_objection(pb, "price", t0 + 510 * sec, boris);
    v.record_quote(1'250'000, t0 + 520 * sec, boris, "10% off the display model");
    v.resolve_objection(obj, t0 + 530 * sec, boris);
    CHECK(v.enter_stage(pb, "close", t0 + 540 * sec, anna));
    v.record_signal(pb, "keeps_nodding", t0 + 545 * sec, anna);
    v.attempt_close(pb, "narrow_choice", ClosingResult::declined, t0 + 550 * sec, anna);
    v.add_note("wants the grey fabric", t0 + 560 * sec, anna);
    v.attempt_close(pb, "restate_points", ClosingResult::accepted, t0 + 600 * sec, anna);
    CHECK(v.enter_stage(pb, "checkout", t0 + 620 * sec, anna));
    v.sell(9001, t0 + 700 * sec, anna);

    CHECK_FALSE(v.is_open());
    REQUIRE(v.outcome().has_value());
    CHECK(v.outcome()->outcome == Outcome::sold);
    CHECK(v.outcome()->sale_id == 9001);
    CHECK(v.outcome()->at == t0 + 700 * sec);
    CHECK(v.current_stage() == "checkout");
    CHECK(kinds(v) == std::vector<EventKind>{
                          EventKind::stage_entered, EventKind::signal, EventKind::stage_entered,
                          EventKind::stage_entered, EventKind::stage_entered, EventKind::technique_used,
                          EventKind::stage_entered, EventKind::stage_entered, EventKind::objection_raised,
                          EventKind::quote, EventKind::objection_resolved, EventKind::stage_entered,
                          EventKind::signal, EventKind::closing_attempt, EventKind::note,
                          EventKind::closing_attempt, EventKind::stage_entered});
    const VisitEvent& quote = v.timeline()[9];
    CHECK(quote.amount == Minor{1'250'000});
    CHECK(quote.text == "10% off the display model");
    CHECK(quote.staff_id == boris);
    CHECK(v.timeline()[13].result == ClosingResult::declined);
    CHECK(v.timeline()[15].result == ClosingResult::accepted);
    CHECK(v.last_closing_attempt() == t0 + 600 * sec);
    for (Milestone m : {Milestone::engaged, Milestone::demo, Milestone::quote, Milestone::close, Milestone::checkout}) {
        CHECK(v.reached(pb, m));
    }
    CHECK(v.needs().get(NeedField::space).option == "medium");
    CHECK(v.needs().get(NeedField::space).text == "about 18 m2");
    CHECK(v.needs().flag(NeedField::gift) == false);
    CHECK(v.needs().answered() == 4);
}

TEST_CASE("stages may be entered in any order but must exist") {
    const Playbook& pb = car();
    Visit v = Visit::start(2, pb, anna, 1, VisitSource::internet, t0);
    CHECK(v.enter_stage(pb, "test_drive", t0 + sec, anna));
    CHECK(v.enter_stage(pb, "needs", t0 + 2 * sec, anna));
    CHECK_FALSE(v.enter_stage(pb, "needs", t0 + 3 * sec, anna));  // already there: nothing recorded
    CHECK(v.timeline().size() == 3);
    CHECK(v.reached(pb, Milestone::demo));
    CHECK(v.reached(pb, Milestone::engaged));
    CHECK_FALSE(v.reached(pb, Milestone::quote));
    CHECK_THROWS_WITH_AS(v.enter_stage(pb, "demo", t0 + 4 * sec, anna), "unknown stage \"demo\" in playbook car", Error);
    CHECK_THROWS_WITH_AS(v.enter_stage(furniture(), "demo", t0 + 4 * sec, anna),
                         "visit 2 follows playbook car, not furniture", Error);
    CHECK_THROWS_WITH_AS(v.enter_stage(pb, "close", t0, anna), "time is earlier than the visit's last event", Error);
}

TEST_CASE("unknown codes are refused and nothing is recorded") {
    const Playbook& pb = furniture();
    Visit v = Visit::start(3, pb, anna, 1, VisitSource::walk_in, t0);
    CHECK_THROWS_WITH_AS(v.record_signal(pb, "winks", t0 + sec, anna),
                         "unknown buying signal \"winks\" in playbook furniture", Error);
    CHECK_THROWS_WITH_AS(v.raise_objection(pb, "colour", t0 + sec, anna), "unknown objection type \"colour\"", Error);
    CHECK(code_of([&] { v.use_technique(pb, "magic", t0 + sec, anna); }) == Errc::invalid_input);
    CHECK(code_of([&] { v.attempt_close(pb, "benefit_summary", ClosingResult::accepted, t0 + sec, anna); }) ==
          Errc::invalid_input);  // a car technique, not in the furniture playbook
    CHECK(code_of([&] { v.record_signal(pb, "keeps_nodding", t0 + sec, 0); }) == Errc::invalid_input);
    CHECK_THROWS_WITH_AS(v.record_quote(-1, t0 + sec, anna), "a quote cannot be negative", Error);
    CHECK_THROWS_WITH_AS(v.add_note("   ", t0 + sec, anna), "the note is empty", Error);
    CHECK(v.timeline().size() == 1);
    CHECK(v.record_quote(std::nullopt, t0 + sec, anna) == 1);
    CHECK_FALSE(v.timeline()[1].amount.has_value());
}

TEST_CASE("objections record when they were raised and resolved") {
    const Playbook& pb = car();
    Visit v = Visit::start(4, pb, anna, 1, VisitSource::walk_in, t0);
    const std::size_t price = v.raise_objection(pb, "price", t0 + 10 * sec, anna);
    const std::size_t rival = v.raise_objection(pb, "competitor", t0 + 20 * sec, anna);
    CHECK(v.unresolved_objection("competitor") == rival);
    const std::size_t fix = v.resolve_objection(rival, t0 + 45 * sec, boris);
    CHECK_FALSE(v.unresolved_objection("competitor").has_value());
    CHECK(v.unresolved_objection("price") == price);
    CHECK(v.timeline()[fix].ref == rival);
    CHECK(v.timeline()[fix].code == "competitor");
    const std::vector<ObjectionState> objs = v.objections();
    REQUIRE(objs.size() == 2);
    CHECK(objs[0].seq == price);
    CHECK(objs[0].code == "price");
    CHECK(objs[0].raised_at == t0 + 10 * sec);
    CHECK_FALSE(objs[0].resolved_at.has_value());
    CHECK(objs[1].code == "competitor");
    CHECK(objs[1].raised_at == t0 + 20 * sec);
    CHECK(objs[1].resolved_at == t0 + 45 * sec);
    CHECK(objs[1].resolved_by == boris);
    CHECK(code_of([&] { v.resolve_objection(rival, t0 + 50 * sec, anna); }) == Errc::conflict);
    CHECK(code_of([&] { v.resolve_objection(0, t0 + 50 * sec, anna); }) == Errc::not_found);   // a stage event
    CHECK(code_of([&] { v.resolve_objection(99, t0 + 50 * sec, anna); }) == Errc::not_found);  // no such event
}

TEST_CASE("a lost visit needs a lost reason from the playbook") {
    const Playbook& pb = furniture();
    Visit v = Visit::start(5, pb, anna, 1, VisitSource::walk_in, t0);
    CHECK_THROWS_WITH_AS(v.lose(pb, "", t0 + sec, anna), "choose why the sale was lost", Error);
    CHECK_THROWS_WITH_AS(v.lose(pb, "too_expensive", t0 + sec, anna),
                         "unknown lost reason \"too_expensive\" in playbook furniture", Error);
    CHECK(v.is_open());
    v.lose(pb, "price_too_high", t0 + 2 * sec, anna, "will watch for the sale");
    REQUIRE(v.outcome().has_value());
    CHECK(v.outcome()->outcome == Outcome::lost);
    CHECK(v.outcome()->lost_reason == "price_too_high");
    CHECK(v.outcome()->note == "will watch for the sale");
}

TEST_CASE("a follow-up needs a real date and contact details") {
    const Playbook& pb = car();
    Visit v = Visit::start(6, pb, anna, 1, VisitSource::phone, t0);
    CHECK_THROWS_WITH_AS(v.follow_up("", "0901 234 567", t0 + sec, anna), "a follow-up needs a date", Error);
    CHECK_THROWS_WITH_AS(v.follow_up("2026-02-30", "0901 234 567", t0 + sec, anna),
                         "follow-up date \"2026-02-30\" is not a date like 2026-03-31", Error);
    CHECK(code_of([&] { v.follow_up("2026-9-1", "0901 234 567", t0 + sec, anna); }) == Errc::invalid_input);
    CHECK_THROWS_WITH_AS(v.follow_up("2026-10-01", "  ", t0 + sec, anna), "a follow-up needs contact details", Error);
    CHECK(v.is_open());
    v.follow_up("2026-10-01", " Mr Tran, 0901 234 567 ", t0 + sec, anna);
    CHECK(v.outcome()->outcome == Outcome::follow_up);
    CHECK(v.outcome()->follow_up_date == "2026-10-01");
    CHECK(v.outcome()->contact == "Mr Tran, 0901 234 567");
    CHECK(is_valid_date("2028-02-29"));
    CHECK_FALSE(is_valid_date("2100-02-29"));
    CHECK_FALSE(is_valid_date("2026-13-01"));
    CHECK_FALSE(is_valid_date("2026/10/01"));
}

TEST_CASE("a sold visit needs its sale id") {
    const Playbook& pb = car();
    Visit v = Visit::start(7, pb, anna, 1, VisitSource::walk_in, t0);
    CHECK_THROWS_WITH_AS(v.sell(0, t0 + sec, anna), "a sold visit needs the sale it produced", Error);
    CHECK(v.is_open());
}

TEST_CASE("nothing can be recorded after the visit is closed") {
    const Playbook& pb = furniture();
    Visit v = Visit::start(8, pb, anna, 1, VisitSource::walk_in, t0);
    const std::size_t obj = v.raise_objection(pb, "price", t0 + sec, anna);
    v.sell(55, t0 + 2 * sec, anna);
    const Timestamp t = t0 + 3 * sec;
    CHECK_THROWS_WITH_AS(v.enter_stage(pb, "close", t, anna), "visit 8 is already closed (sold)", Error);
    CHECK(code_of([&] { v.record_signal(pb, "keeps_nodding", t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.raise_objection(pb, "quality", t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.resolve_objection(obj, t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.use_technique(pb, "fabe", t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.attempt_close(pb, "narrow_choice", ClosingResult::accepted, t, anna); }) ==
          Errc::invalid_state);
    CHECK(code_of([&] { v.record_quote(100, t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.add_note("late", t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.set_need(pb, NeedField::use, "bedroom"); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.sell(56, t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.lose(pb, "price_too_high", t, anna); }) == Errc::invalid_state);
    CHECK(code_of([&] { v.follow_up("2026-10-01", "x", t, anna); }) == Errc::invalid_state);
    CHECK(v.timeline().size() == 2);
    CHECK(v.outcome()->sale_id == 55);
}

TEST_CASE("needs answers are validated against the playbook") {
    const Playbook& pb = car();
    Visit v = Visit::start(9, pb, anna, 1, VisitSource::walk_in, t0);
    v.set_need(pb, NeedField::focus, "status");
    CHECK(v.needs().get(NeedField::focus).option == "status");
    v.set_need(pb, NeedField::prior, "", "2015 Camry, plate 8888");
    CHECK(v.needs().get(NeedField::prior).option.empty());
    CHECK(v.needs().get(NeedField::prior).text == "2015 Camry, plate 8888");
    CHECK_THROWS_WITH_AS(v.set_need(pb, NeedField::focus, "colour"), "unknown option \"colour\" for focus", Error);
    CHECK_THROWS_WITH_AS(v.set_need(pb, NeedField::focus, "price", "cheap"),
                         "focus takes no free text, only an option", Error);
    CHECK_THROWS_WITH_AS(v.set_need(pb, NeedField::focus, ""), "choose an option for focus", Error);
    CHECK_THROWS_WITH_AS(v.set_need(pb, NeedField::gift, "yes"), "gift is a yes/no field", Error);
    CHECK_THROWS_WITH_AS(v.set_need_flag(pb, NeedField::style, true), "style is not a yes/no field", Error);
    CHECK(code_of([&] { v.set_need(pb, NeedField::use, "", std::string(201, 'x')); }) == Errc::invalid_input);
    CHECK(v.needs().get(NeedField::focus).option == "status");  // unchanged by the refusals
    v.set_need_flag(pb, NeedField::gift, true);
    CHECK(v.needs().flag(NeedField::gift) == true);
    v.clear_need(NeedField::focus);
    CHECK_FALSE(v.needs().is_set(NeedField::focus));
    CHECK(v.needs().answered() == 2);
}

TEST_CASE("visit enum names round-trip") {
    CHECK(parse_visit_source("be_back") == VisitSource::be_back);
    CHECK(visit_source_name(VisitSource::walk_in) == "walk_in");
    CHECK(parse_visit_source("walk-in") == std::nullopt);
    for (int i = 0; i < 8; ++i) {
        const auto k = static_cast<EventKind>(i);
        CHECK(parse_event_kind(event_kind_name(k)) == k);
    }
    CHECK(event_kind_name(EventKind::objection_resolved) == "objection_resolved");
    CHECK(parse_closing_result("declined") == ClosingResult::declined);
    CHECK(closing_result_name(ClosingResult::accepted) == "accepted");
    CHECK(parse_outcome("follow_up") == Outcome::follow_up);
    CHECK(outcome_name(Outcome::lost) == "lost");
    CHECK(parse_outcome("won") == std::nullopt);
}
