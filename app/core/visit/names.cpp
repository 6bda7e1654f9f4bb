// Wire names of the playbook and visit enums, as used in the JSON files and the script runner.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include "core/visit/playbook.h"
#include "core/visit/visit.h"

namespace pos {
namespace {

template <class E, std::size_t N>
std::string_view name_in(const std::array<std::string_view, N>& names, E value) noexcept {
    const auto i = static_cast<std::size_t>(value);
    return i < N ? names[i] : std::string_view{"unknown"};
}

template <class E, std::size_t N>
std::optional<E> parse_in(const std::array<std::string_view, N>& names, std::string_view s) noexcept {
    for (std::size_t i = 0; i < N; ++i) {
        if (names[i] == s) return static_cast<E>(i);
    }
    return std::nullopt;
}

// Each array is indexed by the enum's underlying value, in declaration order.
constexpr std::array<std::string_view, 5> milestone_names{"engaged", "demo", "quote", "close", "checkout"};
constexpr std::array<std::string_view, 3> prompt_kind_names{"cue", "question", "tip"};
constexpr std::array<std::string_view, 7> question_type_names{
    "open", "alternative", "closed", "spin_situation", "spin_problem", "spin_implication", "spin_need_payoff"};
constexpr std::array<std::string_view, 3> signal_group_names{"verbal", "behavioural", "facial"};
constexpr std::array<std::string_view, 10> need_field_names{
    "use", "user", "gift", "budget", "space", "style", "focus", "prior", "decision_maker", "companions"};
constexpr std::array<std::string_view, 2> need_kind_names{"choice", "yes_no"};
constexpr std::array<std::string_view, 4> visit_source_names{"walk_in", "be_back", "phone", "internet"};
constexpr std::array<std::string_view, 8> event_kind_names{
    "stage_entered", "signal", "objection_raised", "objection_resolved",
    "technique_used", "closing_attempt", "quote", "note"};
constexpr std::array<std::string_view, 2> closing_result_names{"accepted", "declined"};
constexpr std::array<std::string_view, 3> outcome_names{"sold", "lost", "follow_up"};

}  // namespace

std::string_view milestone_name(Milestone m) noexcept { return name_in(milestone_names, m); }
std::optional<Milestone> parse_milestone(std::string_view s) noexcept { return parse_in<Milestone>(milestone_names, s); }
std::string_view prompt_kind_name(PromptKind k) noexcept { return name_in(prompt_kind_names, k); }
std::optional<PromptKind> parse_prompt_kind(std::string_view s) noexcept { return parse_in<PromptKind>(prompt_kind_names, s); }
std::string_view question_type_name(QuestionType q) noexcept { return name_in(question_type_names, q); }
std::optional<QuestionType> parse_question_type(std::string_view s) noexcept {
    return parse_in<QuestionType>(question_type_names, s);
}
std::string_view signal_group_name(SignalGroup g) noexcept { return name_in(signal_group_names, g); }
std::optional<SignalGroup> parse_signal_group(std::string_view s) noexcept {
    return parse_in<SignalGroup>(signal_group_names, s);
}
std::string_view need_field_name(NeedField f) noexcept { return name_in(need_field_names, f); }
std::optional<NeedField> parse_need_field(std::string_view s) noexcept { return parse_in<NeedField>(need_field_names, s); }
std::string_view need_kind_name(NeedKind k) noexcept { return name_in(need_kind_names, k); }
std::optional<NeedKind> parse_need_kind(std::string_view s) noexcept { return parse_in<NeedKind>(need_kind_names, s); }
std::string_view visit_source_name(VisitSource s) noexcept { return name_in(visit_source_names, s); }
std::optional<VisitSource> parse_visit_source(std::string_view s) noexcept {
    return parse_in<VisitSource>(visit_source_names, s);
}
std::string_view event_kind_name(EventKind k) noexcept { return name_in(event_kind_names, k); }
std::optional<EventKind> parse_event_kind(std::string_view s) noexcept { return parse_in<EventKind>(event_kind_names, s); }
std::string_view closing_result_name(ClosingResult r) noexcept { return name_in(closing_result_names, r); }
std::optional<ClosingResult> parse_closing_result(std::string_view s) noexcept {
    return parse_in<ClosingResult>(closing_result_names, s);
}
std::string_view outcome_name(Outcome o) noexcept { return name_in(outcome_names, o); }
std::optional<Outcome> parse_outcome(std::string_view s) noexcept { return parse_in<Outcome>(outcome_names, s); }

}  // namespace pos
