#pragma once
// Return visits (主動回訪): a follow-up has an owner, a due day, a reason and, once done, a
// result. Recording a result is one step; an appointment (or a retry after no answer, when a
// day is given) creates the next follow-up for the same owner and customer.
#include <optional>
#include <string>
#include <string_view>

#include "core/common/enum_table.h"
#include "core/common/types.h"

namespace pos {

enum class FollowUpResult { reached, no_answer, new_appointment, bought, not_interested };

struct FollowUpResultInfo {
    FollowUpResult value;
    std::string_view name;    // stored in follow_ups.result
    const char* label_msgid;  // the one-tap result buttons
};

inline constexpr EnumTable<FollowUpResultInfo, 5> follow_up_results{{{
    {FollowUpResult::reached, "reached", "Reached"},
    {FollowUpResult::no_answer, "no_answer", "No answer"},
    {FollowUpResult::new_appointment, "new_appointment", "New appointment"},
    {FollowUpResult::bought, "bought", "Bought"},
    {FollowUpResult::not_interested, "not_interested", "Not interested"},
}}};

constexpr std::string_view follow_up_result_name(FollowUpResult r) noexcept { return follow_up_results.name_of(r); }
constexpr std::optional<FollowUpResult> parse_follow_up_result(std::string_view s) noexcept { return follow_up_results.parse(s); }

struct FollowUp {
    Id id = 0;
    Id customer_id = 0;
    Id owner_id = 0;              // the salesperson who calls
    Id visit_id = 0;              // the visit it came from, if any
    std::string due;              // YYYY-MM-DD
    std::string reason;
    std::optional<FollowUpResult> result;
    std::string result_note;
    Timestamp done_at = 0;
    Id done_by = 0;
};

// Where a follow-up shows on "My follow-ups" for `today` (YYYY-MM-DD).
enum class FollowUpBucket { overdue, today, upcoming, done };
FollowUpBucket bucket_of(const FollowUp& f, std::string_view today);

// A new follow-up, checked: a customer, an owner, a valid due day not before `today`, a reason
// of at most 200 bytes. Throws Error(invalid_input) ("a follow-up date in the past: ...").
FollowUp new_follow_up(Id customer_id, Id owner_id, std::string due, std::string reason, std::string_view today, Id visit_id = 0);

struct FollowUpRecorded {
    FollowUp done;                 // the follow-up with its result
    std::optional<FollowUp> next;  // the one it created (an appointment, a retry day)
};

// Records `result` on an open follow-up. `next_due` is required for new_appointment and
// allowed for no_answer (call again that day); it must not be before `today`; any other result
// with a day is refused, so a day typed by mistake is not silently ignored. Throws
// Error(invalid_state) when the follow-up already has a result.
FollowUpRecorded record_follow_up(const FollowUp& f, FollowUpResult result, std::string note,
                                  const std::optional<std::string>& next_due, std::string_view today, Timestamp now, Id by);

}  // namespace pos
