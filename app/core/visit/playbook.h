#pragma once
// A sales playbook (furniture, car, ...) as plain data: stages with prompts, buying signals,
// objection types, closing methods, lost-sale reasons and needs-profile chip groups.
// Loaded and validated from JSON by playbook_json.cpp; the format is in assets/playbooks/FORMAT.md.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/lang.h"

namespace pos {

// One human-readable text in every staff language (all five are required by the loader).
struct Text {
    std::array<std::string, all_langs.size()> by_lang;

    const std::string& in(Lang lang) const { return by_lang[static_cast<std::size_t>(lang)]; }
    std::string& in(Lang lang) { return by_lang[static_cast<std::size_t>(lang)]; }
};

// What the manager summary counts: a visit "reached" a milestone when it entered a stage
// carrying it. engaged = needs discovery, demo = demonstration / test drive,
// quote = objections / negotiation, close = closing, checkout = payment.
enum class Milestone { engaged, demo, quote, close, checkout };

enum class PromptKind { cue, question, tip };

enum class QuestionType {
    open,
    alternative,
    closed,
    spin_situation,
    spin_problem,
    spin_implication,
    spin_need_payoff,
};

enum class SignalGroup { verbal, behavioural, facial };

// The needs-profile fields. Every playbook has exactly one chip group for each.
enum class NeedField { use, user, gift, budget, space, style, focus, prior, decision_maker, companions };
inline constexpr std::array<NeedField, 10> all_need_fields{
    NeedField::use,   NeedField::user,  NeedField::gift,  NeedField::budget,         NeedField::space,
    NeedField::style, NeedField::focus, NeedField::prior, NeedField::decision_maker, NeedField::companions};

// choice: pick one option (plus free text when allowed); yes_no: a boolean (gift).
enum class NeedKind { choice, yes_no };

struct Prompt {
    PromptKind kind = PromptKind::tip;
    std::optional<QuestionType> question;  // set exactly when kind == question
    Text text;
};

struct Stage {
    std::string code;  // stable ASCII id: [a-z0-9_]{1,32}
    Text name;
    std::optional<Milestone> milestone;
    std::vector<Prompt> prompts;
};

// A coded chip: technique, objection type, closing method, lost reason, need option.
struct Entry {
    std::string code;
    Text name;
};
using Technique = Entry;
using Objection = Entry;
using ClosingMethod = Entry;
using LostReason = Entry;
using NeedOption = Entry;

struct Signal {
    std::string code;
    SignalGroup group = SignalGroup::verbal;
    bool closing = false;  // true: a closing-moment signal; false: an approach cue
    Text name;
};

struct NeedGroup {
    NeedField field = NeedField::use;
    Text name;
    NeedKind kind = NeedKind::choice;
    bool free_text = false;            // free text may be recorded (with or without an option)
    std::vector<NeedOption> options;   // non-empty for choice, empty for yes_no
    const NeedOption* find_option(std::string_view code) const noexcept;
};

// The seven objection types every playbook must define, in this order.
inline constexpr std::array<std::string_view, 7> objection_codes{
    "price", "quality", "service", "excuse", "need", "competitor", "salesperson"};

struct Playbook {
    std::string id;       // "furniture", "car"
    int version = 0;      // >= 1
    Text name;
    std::vector<Stage> stages;  // in canonical order; the first is entered when a visit starts
    std::vector<Technique> techniques;
    std::vector<Signal> signals;
    std::vector<Objection> objections;
    std::vector<ClosingMethod> closing_methods;
    std::vector<LostReason> lost_reasons;
    std::vector<NeedGroup> needs;  // one per NeedField, in file order
    std::string source;   // file name (or source name given to parse_playbook)

    // Lookups return nullptr when the code is unknown.
    const Stage* find_stage(std::string_view code) const noexcept;
    std::optional<std::size_t> stage_index(std::string_view code) const noexcept;
    const Signal* find_signal(std::string_view code) const noexcept;
    const Objection* find_objection(std::string_view code) const noexcept;
    const Technique* find_technique(std::string_view code) const noexcept;
    const ClosingMethod* find_closing_method(std::string_view code) const noexcept;
    const LostReason* find_lost_reason(std::string_view code) const noexcept;
    const NeedGroup* find_need(NeedField field) const noexcept;
    // The first stage carrying the milestone, or nullptr.
    const Stage* milestone_stage(Milestone m) const noexcept;
};

// Reads and validates one playbook file. Throws Error(io) when the file cannot be read and
// Error(invalid_input) naming the file and the JSON path (or line:column) when it is invalid.
Playbook load_playbook(const std::string& path);
// Same for JSON text already in memory; source_name is used in messages and stored in .source.
Playbook parse_playbook(std::string_view json, const std::string& source_name);
// Every *.json file in dir, sorted by file name. Other files (FORMAT.md) are ignored.
// Throws Error(invalid_input) when two files share a playbook id, Error(io) when dir is unreadable.
std::vector<Playbook> load_playbooks_dir(const std::string& dir);

// Names used in JSON and in the script runner, and their parsers (nullopt when unknown).
std::string_view milestone_name(Milestone m) noexcept;
std::optional<Milestone> parse_milestone(std::string_view s) noexcept;
std::string_view prompt_kind_name(PromptKind k) noexcept;
std::optional<PromptKind> parse_prompt_kind(std::string_view s) noexcept;
std::string_view question_type_name(QuestionType q) noexcept;
std::optional<QuestionType> parse_question_type(std::string_view s) noexcept;
std::string_view signal_group_name(SignalGroup g) noexcept;
std::optional<SignalGroup> parse_signal_group(std::string_view s) noexcept;
std::string_view need_field_name(NeedField f) noexcept;
std::optional<NeedField> parse_need_field(std::string_view s) noexcept;
std::string_view need_kind_name(NeedKind k) noexcept;
std::optional<NeedKind> parse_need_kind(std::string_view s) noexcept;

}  // namespace pos
