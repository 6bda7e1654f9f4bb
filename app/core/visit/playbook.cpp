// Playbook lookups by code.
#include "core/visit/playbook.h"

#include <algorithm>

namespace pos {
namespace {

template <class T>
const T* find_code(const std::vector<T>& items, std::string_view code) noexcept {
    auto it = std::find_if(items.begin(), items.end(), [code](const T& x) { return x.code == code; });
    return it == items.end() ? nullptr : &*it;
}

}  // namespace

const NeedOption* NeedGroup::find_option(std::string_view code) const noexcept { return find_code(options, code); }

const Stage* Playbook::find_stage(std::string_view code) const noexcept { return find_code(stages, code); }

std::optional<std::size_t> Playbook::stage_index(std::string_view code) const noexcept {
    for (std::size_t i = 0; i < stages.size(); ++i) {
        if (stages[i].code == code) return i;
    }
    return std::nullopt;
}

const Signal* Playbook::find_signal(std::string_view code) const noexcept { return find_code(signals, code); }
const Objection* Playbook::find_objection(std::string_view code) const noexcept { return find_code(objections, code); }
const Technique* Playbook::find_technique(std::string_view code) const noexcept { return find_code(techniques, code); }
const ClosingMethod* Playbook::find_closing_method(std::string_view code) const noexcept {
    return find_code(closing_methods, code);
}
const LostReason* Playbook::find_lost_reason(std::string_view code) const noexcept {
    return find_code(lost_reasons, code);
}

const NeedGroup* Playbook::find_need(NeedField field) const noexcept {
    auto it = std::find_if(needs.begin(), needs.end(), [field](const NeedGroup& g) { return g.field == field; });
    return it == needs.end() ? nullptr : &*it;
}

const Stage* Playbook::milestone_stage(Milestone m) const noexcept {
    auto it = std::find_if(stages.begin(), stages.end(), [m](const Stage& s) { return s.milestone == m; });
    return it == stages.end() ? nullptr : &*it;
}

}  // namespace pos
