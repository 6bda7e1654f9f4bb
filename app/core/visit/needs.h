#pragma once
// The customer's needs profile gathered during needs discovery: one answer per NeedField,
// each an option code from the playbook's chip group and/or free text where the group allows it.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/visit/playbook.h"

namespace pos {

inline constexpr std::size_t max_need_text = 200;  // bytes of free text per field

struct NeedAnswer {
    std::string option;  // option code from the playbook group, or empty
    std::string text;    // free text (trimmed), or empty
    bool empty() const noexcept { return option.empty() && text.empty(); }
};

class NeedsProfile {
public:
    // Sets a choice field. option must be a code of the field's group, or empty when free text
    // is given and the group allows free text. Throws Error(invalid_input) with a readable reason:
    // unknown option, free text not allowed, text too long, nothing given, or a yes/no field.
    void set(const Playbook& pb, NeedField field, std::string_view option, std::string_view text = {});
    // Sets a yes/no field (gift). Throws Error(invalid_input) for a choice field.
    void set_flag(const Playbook& pb, NeedField field, bool value);
    // Forgets the answer to one field.
    void clear(NeedField field) noexcept;

    // Answer of a choice field (empty NeedAnswer when unset or for a yes/no field).
    const NeedAnswer& get(NeedField field) const noexcept;
    // Value of a yes/no field, nullopt when unset.
    std::optional<bool> flag(NeedField field) const noexcept;
    bool is_set(NeedField field) const noexcept;
    // Number of fields answered (0..10).
    std::size_t answered() const noexcept;

private:
    std::array<NeedAnswer, all_need_fields.size()> answers_{};
    std::array<std::optional<bool>, all_need_fields.size()> flags_{};
};

}  // namespace pos
