// The guided visit: each intent is validated by the pure Visit on a copy, then the new
// timeline event is stored, then the copy replaces the live visit.
#include "core/customer/follow_up.h"
#include "db/customers.h"
#include "db/journal.h"
#include "db/sqlite.h"
#include "db/visits.h"
#include "service/handlers.h"
#include "service/visit_store.h"

namespace pos::service {
namespace {

// Runs `change` on a copy of the visit, stores what it recorded, then commits the copy.
template <class Change>
Outcome record(db::Connection& conn, Visit& live, std::string message, Change&& change, bool saves_event = true) {
    Visit next = live;
    const std::size_t before = next.timeline().size();
    change(next);
    db::Transaction tx(conn);
    if (saves_event && next.timeline().size() > before) save_last_event(conn, next);
    tx.commit();
    live = std::move(next);
    return {std::move(message), live.id(), 0, {event::VisitUpdated{live.id()}}};
}

}  // namespace

Outcome Handlers::operator()(const intent::StartVisit& i) {
    const Actor actor = s.require_user();
    if (!i.playbook.empty() && i.playbook != s.playbook_.id)
        throw Error(Errc::invalid_input, "this store runs the '" + s.playbook_.id + "' playbook, not '" + i.playbook + "'");
    const auto source = parse_visit_source(i.source);
    if (!source) throw Error(Errc::invalid_input, "unknown visit source '" + i.source + "' (walk_in, be_back, phone, internet)");
    if (!i.alias.empty() && s.visit_aliases_.count(i.alias)) throw Error(Errc::conflict, "visit alias '" + i.alias + "' is already used");
    db::Transaction tx(s.conn_);
    Visit v = create_visit(s.conn_, s.playbook_, actor.staff_id, i.party_size, *source, s.now());
    tx.commit();
    const Id id = v.id();
    s.visits_.emplace(id, std::move(v));
    if (!i.alias.empty()) s.visit_aliases_[i.alias] = id;
    return {"visit " + std::to_string(id) + " started (party of " + std::to_string(i.party_size) + ")", id, 0, {event::VisitStarted{id}}};
}

Outcome Handlers::operator()(const intent::EnterStage& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    return record(s.conn_, v, "visit " + std::to_string(v.id()) + " stage " + i.stage,
                  [&](Visit& n) { n.enter_stage(s.playbook_, i.stage, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::RecordSignal& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    Outcome r = record(s.conn_, v, "visit " + std::to_string(v.id()) + " signal " + i.code,
                      [&](Visit& n) { n.record_signal(s.playbook_, i.code, s.now(), actor.staff_id); });
    if (suggest_close(v, s.now(), s.playbook_)) r.message += " — closing signals: suggest closing now";
    return r;
}

Outcome Handlers::operator()(const intent::RaiseObjection& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    return record(s.conn_, v, "visit " + std::to_string(v.id()) + " objection " + i.type,
                  [&](Visit& n) { n.raise_objection(s.playbook_, i.type, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::ResolveObjection& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    std::optional<std::size_t> seq;
    for (const ObjectionState& o : v.objections())
        if (o.code == i.type && !o.resolved_at) {
            seq = o.seq;
            break;
        }
    if (!seq) throw Error(Errc::not_found, "no open '" + i.type + "' objection on visit " + std::to_string(v.id()));
    return record(s.conn_, v, "visit " + std::to_string(v.id()) + " objection " + i.type + " resolved",
                  [&](Visit& n) { n.resolve_objection(*seq, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::UseTechnique& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    return record(s.conn_, v, "visit " + std::to_string(v.id()) + " technique " + i.code,
                  [&](Visit& n) { n.use_technique(s.playbook_, i.code, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::SetNeed& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    const auto field = parse_need_field(i.field);
    if (!field) throw Error(Errc::invalid_input, "unknown needs field '" + i.field + "'");
    const NeedGroup* group = s.playbook_.find_need(*field);
    Visit next = v;
    if (group && group->kind == NeedKind::yes_no) {
        if (i.value != "yes" && i.value != "no") throw Error(Errc::invalid_input, "'" + i.field + "' takes yes or no");
        next.set_need_flag(s.playbook_, *field, i.value == "yes");
    } else if (group && group->find_option(i.value)) {
        next.set_need(s.playbook_, *field, i.value);
    } else {
        next.set_need(s.playbook_, *field, "", i.value);  // free text where the group allows it
    }
    db::Transaction tx(s.conn_);
    save_need(s.conn_, next, s.playbook_, *field, s.now(), actor.staff_id);
    tx.commit();
    v = std::move(next);
    return {"visit " + std::to_string(v.id()) + " need " + i.field + " = " + i.value, v.id(), 0, {event::VisitUpdated{v.id()}}};
}

Outcome Handlers::operator()(const intent::RecordQuote& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    return record(s.conn_, v, "visit " + std::to_string(v.id()) + " quote " + money(i.amount),
                  [&](Visit& n) { n.record_quote(i.amount, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::ClosingAttempt& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    const ClosingResult result = i.accepted ? ClosingResult::accepted : ClosingResult::declined;
    return record(s.conn_, v,
                  "visit " + std::to_string(v.id()) + " closing " + i.method + " " + std::string(closing_result_name(result)) +
                      (i.accepted ? " — hand over to checkout" : ""),
                  [&](Visit& n) { n.attempt_close(s.playbook_, i.method, result, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::AddNote& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    return record(s.conn_, v, "visit " + std::to_string(v.id()) + " note", [&](Visit& n) { n.add_note(i.text, s.now(), actor.staff_id); });
}

Outcome Handlers::operator()(const intent::EndVisitLost& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    if (s.cart_.visit_id() == v.id()) throw Error(Errc::invalid_state, "the visit is linked to the open cart: unlink or void it first");
    Visit next = v;
    next.lose(s.playbook_, i.reason, s.now(), actor.staff_id);
    db::Transaction tx(s.conn_);
    save_visit_outcome(s.conn_, next);
    tx.commit();
    const Id id = v.id();
    s.visits_.erase(id);
    return {"visit " + std::to_string(id) + " lost: " + i.reason, id, 0, {event::VisitEnded{id}}};
}

Outcome Handlers::operator()(const intent::EndVisitFollowUp& i) {
    const Actor actor = s.require_user();
    Visit& v = s.visit_for(i.visit);
    if (s.cart_.visit_id() == v.id()) throw Error(Errc::invalid_state, "the visit is linked to the open cart: unlink or void it first");
    Visit next = v;
    next.follow_up(i.date, i.contact, s.now(), actor.staff_id, i.reason);
    // The return visit goes on the salesperson's follow-ups, for the visit's customer if known.
    FollowUp f;
    f.owner_id = v.staff_id();
    f.visit_id = v.id();
    f.due = i.date;
    f.reason = i.reason.empty() ? i.contact : i.reason;
    db::Transaction tx(s.conn_);
    save_visit_outcome(s.conn_, next);
    f.customer_id = db::visit_customer(s.conn_, v.id());
    f.id = db::insert_follow_up(s.conn_, f, s.now());
    db::JsonWriter p;
    p.begin_object().key("customer").value(f.customer_id).key("due").value(f.due).key("owner").value(f.owner_id);
    p.key("visit").value(f.visit_id).end_object();
    db::journal::append(s.conn_, db::journal::k_follow_up_add, actor.staff_id, f.id, p, s.now());
    tx.commit();
    const Id id = v.id();
    s.visits_.erase(id);
    return {"visit " + std::to_string(id) + " follow-up on " + i.date + " (follow-up " + std::to_string(f.id) + ")", id, 0,
            {event::VisitEnded{id}, event::FollowUpAdded{f.id, f.customer_id, f.owner_id}}};
}

}  // namespace pos::service
