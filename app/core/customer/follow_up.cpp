#include "core/customer/follow_up.h"

#include <utility>

#include "core/common/error.h"
#include "core/common/time.h"

namespace pos {
namespace {

void check_due(const std::string& due, std::string_view today) {
    if (!is_valid_date(due)) throw Error(Errc::invalid_input, "not a date: '" + due + "' (use YYYY-MM-DD)");
    if (due < today) throw Error(Errc::invalid_input, "a follow-up date in the past: " + due + " (today is " + std::string(today) + ")");
}

}  // namespace

FollowUpBucket bucket_of(const FollowUp& f, std::string_view today) {
    if (f.result) return FollowUpBucket::done;
    if (f.due < today) return FollowUpBucket::overdue;
    if (f.due == today) return FollowUpBucket::today;
    return FollowUpBucket::upcoming;
}

FollowUp new_follow_up(Id customer_id, Id owner_id, std::string due, std::string reason, std::string_view today, Id visit_id) {
    if (customer_id <= 0) throw Error(Errc::invalid_input, "a follow-up needs a customer");
    if (owner_id <= 0) throw Error(Errc::invalid_input, "a follow-up needs an owner");
    check_due(due, today);
    if (reason.size() > 200) throw Error(Errc::invalid_input, "the reason is longer than 200 bytes");
    FollowUp f;
    f.customer_id = customer_id;
    f.owner_id = owner_id;
    f.visit_id = visit_id;
    f.due = std::move(due);
    f.reason = std::move(reason);
    return f;
}

FollowUpRecorded record_follow_up(const FollowUp& f, FollowUpResult result, std::string note,
                                  const std::optional<std::string>& next_due, std::string_view today, Timestamp now, Id by) {
    if (f.result)
        throw Error(Errc::invalid_state, "follow-up " + std::to_string(f.id) + " already has a result (" +
                                             std::string(follow_up_result_name(*f.result)) + ")");
    if (note.size() > 500) throw Error(Errc::invalid_input, "the note is longer than 500 bytes");
    const bool takes_day = result == FollowUpResult::new_appointment || result == FollowUpResult::no_answer;
    if (result == FollowUpResult::new_appointment && !next_due)
        throw Error(Errc::invalid_input, "a new appointment needs its date");
    if (next_due && !takes_day)
        throw Error(Errc::invalid_input, "a '" + std::string(follow_up_result_name(result)) + "' result takes no next date");
    FollowUpRecorded out;
    if (next_due) {
        const std::string why = result == FollowUpResult::new_appointment ? "appointment" : "call again";
        out.next = new_follow_up(f.customer_id, f.owner_id, *next_due, f.reason.empty() ? why : f.reason, today,
                                 f.visit_id);
    }
    out.done = f;
    out.done.result = result;
    out.done.result_note = std::move(note);
    out.done.done_at = now;
    out.done.done_by = by;
    return out;
}

}  // namespace pos
