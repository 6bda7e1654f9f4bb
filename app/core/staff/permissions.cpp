#include "core/staff/permissions.h"

#include <algorithm>
#include <cctype>

#include "core/common/error.h"

namespace pos {

std::string_view action_name(Action a) noexcept {
    switch (a) {
    case Action::discount_over_cap: return "discount_over_cap";
    case Action::price_override: return "price_override";
    case Action::void_line: return "void_line";
    case Action::void_sale: return "void_sale";
    case Action::refund: return "refund";
    case Action::no_sale_drawer: return "no_sale_drawer";
    case Action::day_close: return "day_close";
    case Action::manage_staff: return "manage_staff";
    case Action::manage_catalog: return "manage_catalog";
    case Action::manage_settings: return "manage_settings";
    case Action::reports: return "reports";
    case Action::merge_customers: return "merge_customers";
    case Action::reassign_follow_up: return "reassign_follow_up";
    case Action::team_follow_ups: return "team_follow_ups";
    case Action::set_targets: return "set_targets";
    }
    return "unknown";
}

int DiscountCaps::cap_for(Role r) const noexcept {
    switch (r) {
    case Role::floor: return floor_bp;
    case Role::cashier: return cashier_bp;
    case Role::manager: return manager_bp;
    }
    return 0;
}

bool role_allows(Role r, Action a) noexcept {
    if (r == Role::manager) return true;
    if (r == Role::cashier) return a == Action::void_line || a == Action::void_sale;
    return false;  // floor staff: nothing sensitive on their own
}

std::optional<Approval> authorize(Action a, const Actor& actor, const std::optional<Approval>& approval) {
    if (role_allows(actor.role, a)) return std::nullopt;
    if (!approval)
        throw Error(Errc::permission_denied, std::string(action_name(a)) + " needs a manager override (" +
                                                 std::string(role_name(actor.role)) + " may not do it)",
                    Cause::needs_approval);
    if (!roles[approval->manager_role].may_approve)
        throw Error(Errc::permission_denied, "override for " + std::string(action_name(a)) + " must be approved by a manager");
    const bool blank = std::all_of(approval->reason.begin(), approval->reason.end(),
                                   [](unsigned char c) { return std::isspace(c) != 0; });
    if (blank) throw Error(Errc::invalid_input, "a manager override needs a reason");
    return approval;
}

}  // namespace pos
