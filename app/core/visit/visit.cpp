// Customer-visit state machine: validated timeline events and the single closing outcome.
#include "core/visit/visit.h"

#include <algorithm>
#include <set>

#include "core/common/error.h"
#include "core/visit/trim.h"

namespace pos {
namespace {

std::string in_quotes(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string checked_text(std::string_view text, const char* what) {
    std::string t = visit_detail::trimmed(text);
    if (t.size() > max_visit_text) {
        throw Error(Errc::invalid_input,
                    std::string(what) + " is too long (" + std::to_string(max_visit_text) + " bytes allowed)");
    }
    return t;
}

}  // namespace

Visit Visit::start(Id id, const Playbook& pb, Id staff_id, int party_size, VisitSource source, Timestamp at) {
    if (id == 0) throw Error(Errc::invalid_input, "a visit needs an id");
    if (staff_id == 0) throw Error(Errc::invalid_input, "a visit needs a staff member");
    if (party_size < 1 || party_size > max_party_size) {
        throw Error(Errc::invalid_input, "party size must be 1 to " + std::to_string(max_party_size));
    }
    if (pb.stages.empty()) throw Error(Errc::invalid_input, "playbook " + pb.id + " has no stages");
    Visit v;
    v.id_ = id;
    v.playbook_id_ = pb.id;
    v.staff_id_ = staff_id;
    v.party_size_ = party_size;
    v.source_ = source;
    v.started_at_ = at;
    v.push(EventKind::stage_entered, at, staff_id, pb.stages.front().code);
    v.current_stage_ = pb.stages.front().code;
    return v;
}

void Visit::check_open() const {
    if (outcome_) {
        throw Error(Errc::invalid_state, "visit " + std::to_string(id_) + " is already closed (" +
                                             std::string(outcome_name(outcome_->outcome)) + ")");
    }
}

void Visit::check_playbook(const Playbook& pb) const {
    if (pb.id != playbook_id_) {
        throw Error(Errc::invalid_input,
                    "visit " + std::to_string(id_) + " follows playbook " + playbook_id_ + ", not " + pb.id);
    }
}

void Visit::check_event(Timestamp at, Id staff_id) const {
    check_open();
    if (staff_id == 0) throw Error(Errc::invalid_input, "a staff member is required");
    const Timestamp last = timeline_.empty() ? started_at_ : timeline_.back().at;
    if (at < last) throw Error(Errc::invalid_input, "time is earlier than the visit's last event");
}

std::size_t Visit::push(EventKind kind, Timestamp at, Id staff_id, std::string code) {
    VisitEvent e;
    e.seq = timeline_.size();
    e.kind = kind;
    e.at = at;
    e.staff_id = staff_id;
    e.code = std::move(code);
    timeline_.push_back(std::move(e));
    return timeline_.back().seq;
}

bool Visit::enter_stage(const Playbook& pb, std::string_view stage_code, Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    check_playbook(pb);
    if (!pb.find_stage(stage_code)) {
        throw Error(Errc::invalid_input, "unknown stage " + in_quotes(stage_code) + " in playbook " + pb.id);
    }
    if (current_stage_ == stage_code) return false;
    push(EventKind::stage_entered, at, staff_id, std::string(stage_code));
    current_stage_ = std::string(stage_code);
    return true;
}

std::size_t Visit::record_signal(const Playbook& pb, std::string_view signal_code, Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    check_playbook(pb);
    if (!pb.find_signal(signal_code)) {
        throw Error(Errc::invalid_input, "unknown buying signal " + in_quotes(signal_code) + " in playbook " + pb.id);
    }
    return push(EventKind::signal, at, staff_id, std::string(signal_code));
}

std::size_t Visit::raise_objection(const Playbook& pb, std::string_view objection_code, Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    check_playbook(pb);
    if (!pb.find_objection(objection_code)) {
        throw Error(Errc::invalid_input, "unknown objection type " + in_quotes(objection_code));
    }
    return push(EventKind::objection_raised, at, staff_id, std::string(objection_code));
}

std::size_t Visit::resolve_objection(std::size_t objection_seq, Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    if (objection_seq >= timeline_.size() || timeline_[objection_seq].kind != EventKind::objection_raised) {
        throw Error(Errc::not_found, "no objection #" + std::to_string(objection_seq) + " in visit " + std::to_string(id_));
    }
    for (const VisitEvent& e : timeline_) {
        if (e.kind == EventKind::objection_resolved && e.ref == objection_seq) {
            throw Error(Errc::conflict, "objection #" + std::to_string(objection_seq) + " is already resolved");
        }
    }
    const std::size_t seq = push(EventKind::objection_resolved, at, staff_id, timeline_[objection_seq].code);
    timeline_[seq].ref = objection_seq;
    return seq;
}

std::optional<std::size_t> Visit::unresolved_objection(std::string_view objection_code) const noexcept {
    for (auto it = timeline_.rbegin(); it != timeline_.rend(); ++it) {
        if (it->kind != EventKind::objection_raised || it->code != objection_code) continue;
        const std::size_t seq = it->seq;
        const bool resolved = std::any_of(timeline_.begin(), timeline_.end(), [seq](const VisitEvent& e) {
            return e.kind == EventKind::objection_resolved && e.ref == seq;
        });
        if (!resolved) return seq;
    }
    return std::nullopt;
}

std::size_t Visit::use_technique(const Playbook& pb, std::string_view technique_code, Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    check_playbook(pb);
    if (!pb.find_technique(technique_code)) {
        throw Error(Errc::invalid_input, "unknown technique " + in_quotes(technique_code) + " in playbook " + pb.id);
    }
    return push(EventKind::technique_used, at, staff_id, std::string(technique_code));
}

std::size_t Visit::attempt_close(const Playbook& pb, std::string_view method_code, ClosingResult result,
                                 Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    check_playbook(pb);
    if (!pb.find_closing_method(method_code)) {
        throw Error(Errc::invalid_input, "unknown closing method " + in_quotes(method_code) + " in playbook " + pb.id);
    }
    const std::size_t seq = push(EventKind::closing_attempt, at, staff_id, std::string(method_code));
    timeline_[seq].result = result;
    return seq;
}

std::size_t Visit::record_quote(std::optional<Minor> amount, Timestamp at, Id staff_id, std::string_view remark) {
    check_event(at, staff_id);
    if (amount && *amount < 0) throw Error(Errc::invalid_input, "a quote cannot be negative");
    std::string text = checked_text(remark, "quote remark");
    const std::size_t seq = push(EventKind::quote, at, staff_id, {});
    timeline_[seq].amount = amount;
    timeline_[seq].text = std::move(text);
    return seq;
}

std::size_t Visit::add_note(std::string_view text, Timestamp at, Id staff_id) {
    check_event(at, staff_id);
    std::string t = checked_text(text, "note");
    if (t.empty()) throw Error(Errc::invalid_input, "the note is empty");
    const std::size_t seq = push(EventKind::note, at, staff_id, {});
    timeline_[seq].text = std::move(t);
    return seq;
}

void Visit::set_need(const Playbook& pb, NeedField field, std::string_view option, std::string_view text) {
    check_open();
    check_playbook(pb);
    needs_.set(pb, field, option, text);
}

void Visit::set_need_flag(const Playbook& pb, NeedField field, bool value) {
    check_open();
    check_playbook(pb);
    needs_.set_flag(pb, field, value);
}

void Visit::clear_need(NeedField field) {
    check_open();
    needs_.clear(field);
}

void Visit::close_with(VisitOutcome o) { outcome_ = std::move(o); }

void Visit::sell(Id sale_id, Timestamp at, Id staff_id, std::string_view note) {
    check_event(at, staff_id);
    if (sale_id == 0) throw Error(Errc::invalid_input, "a sold visit needs the sale it produced");
    VisitOutcome o;
    o.outcome = Outcome::sold;
    o.at = at;
    o.staff_id = staff_id;
    o.sale_id = sale_id;
    o.note = checked_text(note, "note");
    close_with(std::move(o));
}

void Visit::sell_order(Timestamp at, Id staff_id, std::string_view note) {
    check_event(at, staff_id);
    VisitOutcome o;
    o.outcome = Outcome::sold;
    o.at = at;
    o.staff_id = staff_id;
    o.note = checked_text(note, "note");
    close_with(std::move(o));
}

void Visit::lose(const Playbook& pb, std::string_view reason, Timestamp at, Id staff_id, std::string_view note) {
    check_event(at, staff_id);
    check_playbook(pb);
    if (reason.empty()) throw Error(Errc::invalid_input, "choose why the sale was lost");
    if (!pb.find_lost_reason(reason)) {
        throw Error(Errc::invalid_input, "unknown lost reason " + in_quotes(reason) + " in playbook " + pb.id);
    }
    VisitOutcome o;
    o.outcome = Outcome::lost;
    o.at = at;
    o.staff_id = staff_id;
    o.lost_reason = std::string(reason);
    o.note = checked_text(note, "note");
    close_with(std::move(o));
}

void Visit::follow_up(std::string_view date, std::string_view contact, Timestamp at, Id staff_id,
                      std::string_view note) {
    check_event(at, staff_id);
    if (date.empty()) throw Error(Errc::invalid_input, "a follow-up needs a date");
    if (!is_valid_date(date)) {
        throw Error(Errc::invalid_input, "follow-up date " + in_quotes(date) + " is not a date like 2026-03-31");
    }
    std::string c = checked_text(contact, "contact");
    if (c.empty()) throw Error(Errc::invalid_input, "a follow-up needs contact details");
    VisitOutcome o;
    o.outcome = Outcome::follow_up;
    o.at = at;
    o.staff_id = staff_id;
    o.follow_up_date = std::string(date);
    o.contact = std::move(c);
    o.note = checked_text(note, "note");
    close_with(std::move(o));
}

std::vector<ObjectionState> Visit::objections() const {
    std::vector<ObjectionState> out;
    for (const VisitEvent& e : timeline_) {
        if (e.kind == EventKind::objection_raised) {
            out.push_back(ObjectionState{e.seq, e.code, e.at, e.staff_id, std::nullopt, 0});
        } else if (e.kind == EventKind::objection_resolved && e.ref) {
            for (ObjectionState& o : out) {
                if (o.seq == *e.ref) {
                    o.resolved_at = e.at;
                    o.resolved_by = e.staff_id;
                }
            }
        }
    }
    return out;
}

bool Visit::reached(const Playbook& pb, Milestone m) const {
    for (const VisitEvent& e : timeline_) {
        if (e.kind != EventKind::stage_entered) continue;
        const Stage* s = pb.find_stage(e.code);
        if (s && s->milestone == m) return true;
    }
    return false;
}

std::optional<Timestamp> Visit::last_closing_attempt() const noexcept {
    for (auto it = timeline_.rbegin(); it != timeline_.rend(); ++it) {
        if (it->kind == EventKind::closing_attempt) return it->at;
    }
    return std::nullopt;
}

bool suggest_close(const Visit& visit, Timestamp now, const Playbook& pb) {
    if (!visit.is_open()) return false;
    std::set<std::string> codes;
    const auto& tl = visit.timeline();
    for (auto it = tl.rbegin(); it != tl.rend(); ++it) {
        if (it->kind == EventKind::closing_attempt) break;  // only signals since the last attempt
        if (it->kind != EventKind::signal || it->at > now || now - it->at > close_signal_window_ms) continue;
        const Signal* s = pb.find_signal(it->code);
        if (s && s->closing) codes.insert(it->code);
    }
    return codes.size() >= close_signal_min;
}


}  // namespace pos
