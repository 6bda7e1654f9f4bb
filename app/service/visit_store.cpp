#include "service/visit_store.h"

#include <nlohmann/json.hpp>

#include "core/common/time.h"
#include "db/visits.h"

namespace pos::service {
namespace {

std::string db_kind(EventKind k) {
    switch (k) {
    case EventKind::stage_entered: return "stage";
    case EventKind::signal: return "signal";
    case EventKind::objection_raised: return "objection";
    case EventKind::objection_resolved: return "objection_resolved";
    case EventKind::technique_used: return "technique";
    case EventKind::closing_attempt: return "closing";
    case EventKind::quote: return "quote";
    case EventKind::note: return "note";
    }
    return "note";
}

std::string needs_json(const Visit& v) {
    nlohmann::json j = nlohmann::json::object();
    for (NeedField f : all_need_fields) {
        if (!v.needs().is_set(f)) continue;
        if (auto flag = v.needs().flag(f)) {
            j[std::string(need_field_name(f))] = *flag;
        } else {
            const NeedAnswer& a = v.needs().get(f);
            j[std::string(need_field_name(f))] = {{"option", a.option}, {"text", a.text}};
        }
    }
    return j.dump();
}

void replay_event(Visit& v, const Playbook& pb, const db::VisitEventRow& e) {
    const Timestamp at = e.at;
    const Id by = e.staff_id;
    if (e.kind == "stage") {
        v.enter_stage(pb, e.code, at, by);
    } else if (e.kind == "signal") {
        v.record_signal(pb, e.code, at, by);
    } else if (e.kind == "objection") {
        v.raise_objection(pb, e.code, at, by);
    } else if (e.kind == "objection_resolved") {
        for (const ObjectionState& o : v.objections())
            if (o.code == e.code && !o.resolved_at) {
                v.resolve_objection(o.seq, at, by);
                break;
            }
    } else if (e.kind == "technique") {
        v.use_technique(pb, e.code, at, by);
    } else if (e.kind == "closing") {
        const auto r = parse_closing_result(e.result.value_or(""));
        if (!r) throw Error(Errc::invalid_input, "stored closing attempt without a result");
        v.attempt_close(pb, e.code, *r, at, by);
    } else if (e.kind == "quote") {
        v.record_quote(e.amount, at, by, e.note.value_or(""));
    } else if (e.kind == "note") {
        v.add_note(e.note.value_or(""), at, by);
    } else if (e.kind == "need") {
        const auto field = parse_need_field(e.code);
        if (!field) throw Error(Errc::invalid_input, "stored need with unknown field " + e.code);
        const NeedGroup* g = pb.find_need(*field);
        if (g && g->kind == NeedKind::yes_no) v.set_need_flag(pb, *field, e.result.value_or("") == "yes");
        else v.set_need(pb, *field, e.result.value_or(""), e.note.value_or(""));
    }
}

}  // namespace

Visit create_visit(db::Connection& conn, const Playbook& pb, Id staff_id, int party_size, VisitSource source, Timestamp at) {
    if (pb.stages.empty()) throw Error(Errc::invalid_state, "the playbook has no stages");
    db::VisitRow row;
    row.playbook = pb.id;
    row.staff_id = staff_id;
    row.party_size = party_size;
    row.source = std::string(visit_source_name(source));
    row.started_at = at;
    row.day = local_day(at);
    row.stage = pb.stages.front().code;
    // Validate with the pure model before anything is written: its refusal ("party size 0") is
    // the readable one, where the table's CHECK constraint would only give an SQL error.
    (void)Visit::start(1, pb, staff_id, party_size, source, at);
    const Id id = db::insert_visit(conn, row);
    Visit v = Visit::start(id, pb, staff_id, party_size, source, at);
    save_last_event(conn, v);
    return v;
}

void save_last_event(db::Connection& conn, const Visit& visit) {
    if (visit.timeline().empty()) return;
    const VisitEvent& e = visit.timeline().back();
    db::VisitEventRow row;
    row.visit_id = visit.id();
    row.at = e.at;
    row.staff_id = e.staff_id;
    row.kind = db_kind(e.kind);
    row.code = e.code;
    if (e.result) row.result = std::string(closing_result_name(*e.result));
    row.amount = e.amount;
    if (!e.text.empty()) row.note = e.text;
    db::append_visit_event(conn, row);
    if (e.kind == EventKind::stage_entered) db::update_visit_stage(conn, visit.id(), e.code);
}

void save_need(db::Connection& conn, const Visit& visit, const Playbook& pb, NeedField field, Timestamp at, Id staff_id) {
    db::VisitEventRow row;
    row.visit_id = visit.id();
    row.at = at;
    row.staff_id = staff_id;
    row.kind = "need";
    row.code = std::string(need_field_name(field));
    const NeedGroup* g = pb.find_need(field);
    if (g && g->kind == NeedKind::yes_no) {
        row.result = visit.needs().flag(field).value_or(false) ? "yes" : "no";
    } else {
        const NeedAnswer& a = visit.needs().get(field);
        row.result = a.option;
        if (!a.text.empty()) row.note = a.text;
    }
    db::append_visit_event(conn, row);
    db::update_visit_needs(conn, visit.id(), needs_json(visit));
}

void save_visit_outcome(db::Connection& conn, const Visit& visit) {
    const auto& o = visit.outcome();
    if (!o) throw Error(Errc::invalid_state, "visit " + std::to_string(visit.id()) + " has no outcome");
    db::VisitOutcomeRow row;
    row.outcome = std::string(outcome_name(o->outcome));
    row.ended_at = o->at;
    if (o->outcome == Outcome::lost) row.lost_reason = o->lost_reason;
    row.sale_id = o->sale_id;
    if (o->outcome == Outcome::follow_up) {
        row.follow_up_date = o->follow_up_date;
        row.follow_up_contact = o->contact;
    }
    db::close_visit(conn, visit.id(), row);
}

std::vector<Visit> load_open_visits(db::Connection& conn, const Playbook& pb, std::vector<std::string>* skipped) {
    std::vector<Visit> out;
    for (const db::VisitRow& row : db::list_open_visits(conn)) {
        if (row.playbook != pb.id) continue;
        try {
            const auto source = parse_visit_source(row.source);
            auto rec = db::load_visit(conn, row.id);
            if (!source || !rec) throw Error(Errc::invalid_input, "unreadable visit row");
            Visit v = Visit::start(row.id, pb, row.staff_id, row.party_size, *source, row.started_at);
            for (const auto& e : rec->events) replay_event(v, pb, e);
            out.push_back(std::move(v));
        } catch (const Error& e) {
            if (skipped) skipped->push_back("visit " + std::to_string(row.id) + ": " + e.what());
        }
    }
    return out;
}

}  // namespace pos::service
