#pragma once
// Roles and the permission check every sensitive action goes through. The check lives
// in the core so that the CLI, the script runner and the UI cannot bypass it.
#include <optional>
#include <string>
#include <string_view>

#include "core/common/types.h"
#include "core/staff/role.h"

namespace pos {

enum class Action {
    discount_over_cap,  // a line or order discount above the actor's role cap
    price_override,     // selling a line at a price other than the catalog price
    void_line,          // removing a line from an unpaid cart
    void_sale,          // abandoning a whole unpaid cart
    refund,             // returning goods from a completed sale
    no_sale_drawer,     // opening the cash drawer without a sale
    day_close,          // the Z report / end-of-day cash count
    manage_staff,       // add staff, reset PINs
    manage_catalog,     // import or edit products
    manage_settings,    // store settings, printer test pages
    reports,            // print or export the day summary
    merge_customers,    // join two customer files (the customers' own salesperson may too: service rule)
    reassign_follow_up, // give a follow-up (or a new one) to another salesperson
    team_follow_ups,    // see everyone's follow-ups, not only one's own
    set_targets,        // the salespeople's monthly targets
};

std::string_view action_name(Action a) noexcept;

struct Actor {
    Id staff_id = 0;
    Role role = Role::floor;
    std::string name;
};

// A manager's approval for one action. Only the service layer creates one, and only
// after the manager's PIN was verified; the reason is mandatory.
struct Approval {
    Id manager_id = 0;
    Role manager_role = Role::manager;
    std::string manager_name;
    std::string reason;
};

// Discount caps in basis points of the discounted amount (1000 = 10%).
struct DiscountCaps {
    int floor_bp = 500;
    int cashier_bp = 1000;
    int manager_bp = 10000;
    int cap_for(Role r) const noexcept;
};

// True when the role may perform the action on its own.
bool role_allows(Role r, Action a) noexcept;

// Throws Error(permission_denied) unless the actor's role allows the action, or a valid
// approval (approver is a manager, reason not blank) is given. Returns the approval that
// was needed, so the caller records it as an override; nullopt when none was needed.
std::optional<Approval> authorize(Action a, const Actor& actor, const std::optional<Approval>& approval);

}  // namespace pos
