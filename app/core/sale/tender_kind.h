#pragma once
// The tender kinds and their rules: the one place a kind of payment is described. The UI's
// tender buttons, the service's error texts, the receipt labels and the payments.kind SQL
// CHECK (tested in tests/db/enum_checks_test.cpp) follow this table.
#include <optional>
#include <string_view>

#include "core/common/enum_table.h"

namespace pos {

enum class TenderKind { cash, card, voucher };

struct TenderKindInfo {
    TenderKind value;
    std::string_view name;        // stored in payments.kind, used by intents and scripts
    const char* label_msgid;      // the button / report label (UI .po catalogs)
    const char* reference_msgid;  // what the reference is called ("Approval code"); nullptr: none
    std::string_view missing_reference;  // the error when a needed reference is blank
    bool needs_reference;  // a payment needs a reference (approval code, voucher number)
    bool may_exceed_due;   // more may be handed over than is due; the excess is change
    bool refundable_to;    // a refund may be paid back this way
    bool opens_drawer;     // the receipt of a sale paid (partly) this way kicks the cash drawer
};

inline constexpr EnumTable<TenderKindInfo, 3> tender_kinds{{{
    {TenderKind::cash, "cash", "Cash", nullptr, {}, false, true, true, true},
    {TenderKind::card, "card", "Card", "Approval code", "a card payment needs the approval code from the card terminal",
     true, false, true, false},
    {TenderKind::voucher, "voucher", "Voucher", "Voucher number", "a voucher payment needs the voucher number", true,
     false, false, false},
}}};

// Rules that tie the fields together: a kind that needs a reference names it and says what is
// missing; cash (the drawer's money) is the kind that gives change.
constexpr bool tender_kinds_consistent() noexcept {
    for (const TenderKindInfo& k : tender_kinds) {
        if (k.needs_reference && (k.reference_msgid == nullptr || k.missing_reference.empty())) return false;
        if (k.may_exceed_due && !k.opens_drawer) return false;
    }
    return true;
}
static_assert(tender_kinds_consistent());

constexpr const TenderKindInfo& tender_info(TenderKind k) noexcept { return tender_kinds[k]; }
constexpr std::string_view tender_kind_name(TenderKind k) noexcept { return tender_kinds.name_of(k); }
constexpr std::optional<TenderKind> parse_tender_kind(std::string_view s) noexcept { return tender_kinds.parse(s); }
// Whether a payment stored under this kind name kicks the cash drawer (false for unknown names).
constexpr bool kind_opens_drawer(std::string_view name) noexcept {
    const auto k = parse_tender_kind(name);
    return k && tender_kinds[*k].opens_drawer;
}

}  // namespace pos
