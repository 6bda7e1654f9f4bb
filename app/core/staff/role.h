#pragma once
// The staff roles: stored in staff.role (the SQL CHECK is tested against this table in
// tests/db/enum_checks_test.cpp), given to `staff add --role` and shown on the login screen.
#include <optional>
#include <string_view>

#include "core/common/enum_table.h"

namespace pos {

enum class Role { floor, cashier, manager };

struct RoleInfo {
    Role value;
    std::string_view name;   // stored in staff.role
    const char* label_msgid;  // the login screen's label (UI .po catalogs)
    bool may_approve;        // may approve another's action (a manager override)
};

inline constexpr EnumTable<RoleInfo, 3> roles{{{
    {Role::floor, "floor", "Floor staff", false},
    {Role::cashier, "cashier", "Cashier", false},
    {Role::manager, "manager", "Manager", true},
}}};

constexpr std::string_view role_name(Role r) noexcept { return roles.name_of(r); }
constexpr std::optional<Role> parse_role(std::string_view s) noexcept { return roles.parse(s); }

}  // namespace pos
