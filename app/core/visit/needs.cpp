// Needs profile: field-by-field answers validated against the playbook's chip groups.
#include "core/visit/needs.h"

#include "core/common/error.h"
#include "core/visit/trim.h"

namespace pos {
namespace {

std::size_t index_of(NeedField f) noexcept { return static_cast<std::size_t>(f); }

const NeedGroup& group_of(const Playbook& pb, NeedField field) {
    const NeedGroup* g = pb.find_need(field);
    if (!g) {
        throw Error(Errc::invalid_input,
                    "playbook " + pb.id + " has no needs field " + std::string(need_field_name(field)));
    }
    return *g;
}

}  // namespace

void NeedsProfile::set(const Playbook& pb, NeedField field, std::string_view option, std::string_view text) {
    const NeedGroup& g = group_of(pb, field);
    const std::string name(need_field_name(field));
    if (g.kind == NeedKind::yes_no) throw Error(Errc::invalid_input, name + " is a yes/no field");
    if (!option.empty() && !g.find_option(option)) {
        throw Error(Errc::invalid_input, "unknown option \"" + std::string(option) + "\" for " + name);
    }
    std::string t = visit_detail::trimmed(text);
    if (!t.empty() && !g.free_text) throw Error(Errc::invalid_input, name + " takes no free text, only an option");
    if (t.size() > max_need_text) {
        throw Error(Errc::invalid_input, "text for " + name + " is too long (" + std::to_string(max_need_text) +
                                             " bytes allowed)");
    }
    if (option.empty() && t.empty()) {
        throw Error(Errc::invalid_input, g.free_text ? "choose an option or type a text for " + name
                                                     : "choose an option for " + name);
    }
    answers_[index_of(field)] = NeedAnswer{std::string(option), std::move(t)};
}

void NeedsProfile::set_flag(const Playbook& pb, NeedField field, bool value) {
    const NeedGroup& g = group_of(pb, field);
    if (g.kind != NeedKind::yes_no) {
        throw Error(Errc::invalid_input, std::string(need_field_name(field)) + " is not a yes/no field");
    }
    flags_[index_of(field)] = value;
}

void NeedsProfile::clear(NeedField field) noexcept {
    answers_[index_of(field)] = NeedAnswer{};
    flags_[index_of(field)].reset();
}

const NeedAnswer& NeedsProfile::get(NeedField field) const noexcept { return answers_[index_of(field)]; }

std::optional<bool> NeedsProfile::flag(NeedField field) const noexcept { return flags_[index_of(field)]; }

bool NeedsProfile::is_set(NeedField field) const noexcept {
    return !answers_[index_of(field)].empty() || flags_[index_of(field)].has_value();
}

std::size_t NeedsProfile::answered() const noexcept {
    std::size_t n = 0;
    for (NeedField f : all_need_fields) n += is_set(f) ? 1U : 0U;
    return n;
}

}  // namespace pos
