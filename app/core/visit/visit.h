#pragma once
// One customer visit on the showroom floor as a pure state machine: stages entered, buying
// signals, objections raised and resolved, techniques, closing attempts, quotes, notes and the
// needs profile, ending in exactly one outcome (sold, lost, follow-up). Times and staff ids are
// passed in; every code is validated against the visit's playbook. Nothing here touches storage.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/time.h"  // is_valid_date
#include "core/common/types.h"
#include "core/visit/needs.h"
#include "core/visit/playbook.h"

namespace pos {

enum class VisitSource { walk_in, be_back, phone, internet };

enum class EventKind {
    stage_entered,       // code = stage code
    signal,              // code = signal code
    objection_raised,    // code = objection type
    objection_resolved,  // code = objection type, ref = seq of the objection_raised event
    technique_used,      // code = technique code
    closing_attempt,     // code = closing method, result = accepted | declined
    quote,               // amount (optional), text = optional remark
    note,                // text
};

enum class ClosingResult { accepted, declined };

enum class Outcome { sold, lost, follow_up };

struct VisitEvent {
    std::size_t seq = 0;  // position in the timeline, 0-based
    EventKind kind = EventKind::note;
    Timestamp at = 0;
    Id staff_id = 0;
    std::string code;
    std::optional<std::size_t> ref;
    std::optional<ClosingResult> result;
    std::optional<Minor> amount;
    std::string text;
};

// The closing record: exactly one per closed visit.
struct VisitOutcome {
    Outcome outcome = Outcome::sold;
    Timestamp at = 0;
    Id staff_id = 0;
    Id sale_id = 0;                // sold
    std::string lost_reason;       // lost: a lost_reasons code of the playbook
    std::string follow_up_date;    // follow_up: YYYY-MM-DD
    std::string contact;           // follow_up: phone, e-mail, ...
    std::string note;              // optional remark (any outcome)
};

// An objection with its resolution, derived from the timeline.
struct ObjectionState {
    std::size_t seq = 0;  // seq of the objection_raised event
    std::string code;
    Timestamp raised_at = 0;
    Id raised_by = 0;
    std::optional<Timestamp> resolved_at;
    Id resolved_by = 0;
};

inline constexpr int max_party_size = 99;
inline constexpr std::size_t max_visit_text = 500;  // bytes of a note, remark or contact

class Visit {
public:
    // Starts a visit and enters the playbook's first stage at `at`. Throws Error(invalid_input)
    // for id 0, staff id 0 or a party size outside 1..99.
    static Visit start(Id id, const Playbook& pb, Id staff_id, int party_size, VisitSource source,
                       Timestamp at);

    // Every recording call below throws Error(invalid_state) once the visit is closed, and
    // Error(invalid_input) for a playbook other than the visit's, staff id 0, a time earlier
    // than the last event, or a code the playbook does not define. Those returning size_t
    // give the seq of the new event.

    // Any stage of the playbook, in any order. Entering the current stage again records
    // nothing and returns false.
    bool enter_stage(const Playbook& pb, std::string_view stage_code, Timestamp at, Id staff_id);
    std::size_t record_signal(const Playbook& pb, std::string_view signal_code, Timestamp at, Id staff_id);
    std::size_t raise_objection(const Playbook& pb, std::string_view objection_code, Timestamp at, Id staff_id);
    // objection_seq: the seq returned by raise_objection. Throws Error(not_found) when it is not
    // an objection of this visit, Error(conflict) when it is already resolved.
    std::size_t resolve_objection(std::size_t objection_seq, Timestamp at, Id staff_id);
    // Seq of the most recent unresolved objection of that type (for callers that track types, not seqs).
    std::optional<std::size_t> unresolved_objection(std::string_view objection_code) const noexcept;
    std::size_t use_technique(const Playbook& pb, std::string_view technique_code, Timestamp at, Id staff_id);
    std::size_t attempt_close(const Playbook& pb, std::string_view method_code, ClosingResult result,
                              Timestamp at, Id staff_id);
    // amount in minor units of the store currency, >= 0; nullopt for a quote without a figure.
    std::size_t record_quote(std::optional<Minor> amount, Timestamp at, Id staff_id, std::string_view remark = {});
    std::size_t add_note(std::string_view text, Timestamp at, Id staff_id);

    // Needs profile (see NeedsProfile::set / set_flag); refused once closed.
    void set_need(const Playbook& pb, NeedField field, std::string_view option, std::string_view text = {});
    void set_need_flag(const Playbook& pb, NeedField field, bool value);
    void clear_need(NeedField field);

    // Outcomes: exactly one closes the visit. Error(invalid_state) when already closed.
    void sell(Id sale_id, Timestamp at, Id staff_id, std::string_view note = {});  // sale_id != 0
    // Sold as a special order (orders.visit_id links it): sold, without a sale row yet.
    void sell_order(Timestamp at, Id staff_id, std::string_view note = {});
    // reason: a lost_reasons code; refused (invalid_input) when empty or unknown.
    void lose(const Playbook& pb, std::string_view reason, Timestamp at, Id staff_id, std::string_view note = {});
    // date: a real calendar date YYYY-MM-DD; contact: non-empty. Both required.
    void follow_up(std::string_view date, std::string_view contact, Timestamp at, Id staff_id,
                   std::string_view note = {});

    Id id() const noexcept { return id_; }
    const std::string& playbook_id() const noexcept { return playbook_id_; }
    Id staff_id() const noexcept { return staff_id_; }
    int party_size() const noexcept { return party_size_; }
    VisitSource source() const noexcept { return source_; }
    Timestamp started_at() const noexcept { return started_at_; }
    const std::string& current_stage() const noexcept { return current_stage_; }
    const std::vector<VisitEvent>& timeline() const noexcept { return timeline_; }
    const NeedsProfile& needs() const noexcept { return needs_; }
    bool is_open() const noexcept { return !outcome_.has_value(); }
    const std::optional<VisitOutcome>& outcome() const noexcept { return outcome_; }

    // Objections in the order raised, with resolution times.
    std::vector<ObjectionState> objections() const;
    // True when a stage carrying the milestone was entered.
    bool reached(const Playbook& pb, Milestone m) const;
    // Time of the last closing attempt, if any.
    std::optional<Timestamp> last_closing_attempt() const noexcept;

private:
    Visit() = default;
    void check_open() const;
    void check_playbook(const Playbook& pb) const;
    void check_event(Timestamp at, Id staff_id) const;
    std::size_t push(EventKind kind, Timestamp at, Id staff_id, std::string code);
    void close_with(VisitOutcome o);

    Id id_ = 0;
    std::string playbook_id_;
    Id staff_id_ = 0;
    int party_size_ = 1;
    VisitSource source_ = VisitSource::walk_in;
    Timestamp started_at_ = 0;
    std::string current_stage_;
    std::vector<VisitEvent> timeline_;
    NeedsProfile needs_;
    std::optional<VisitOutcome> outcome_;
};

// Close-suggestion rule: true when the visit is open and, among the signal events recorded
// after the last closing attempt, at least `close_signal_min` DIFFERENT signal codes whose
// playbook signal has closing == true fall within the window now - 3 min <= at <= now.
// Approach cues (closing == false) never count; a repeated tap on the same signal counts once.
inline constexpr Timestamp close_signal_window_ms = 3 * 60 * 1000;
inline constexpr std::size_t close_signal_min = 2;
bool suggest_close(const Visit& visit, Timestamp now, const Playbook& pb);


std::string_view visit_source_name(VisitSource s) noexcept;
std::optional<VisitSource> parse_visit_source(std::string_view s) noexcept;
std::string_view event_kind_name(EventKind k) noexcept;
std::optional<EventKind> parse_event_kind(std::string_view s) noexcept;
std::string_view closing_result_name(ClosingResult r) noexcept;
std::optional<ClosingResult> parse_closing_result(std::string_view s) noexcept;
std::string_view outcome_name(Outcome o) noexcept;
std::optional<Outcome> parse_outcome(std::string_view s) noexcept;

}  // namespace pos
