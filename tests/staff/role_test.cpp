// The role table: stored names, labels and who may approve; authorize() follows may_approve.
#include <doctest/doctest.h>

#include <string>

#include "core/common/error.h"
#include "core/staff/permissions.h"

using namespace pos;

TEST_CASE("roles: stored names in order, parse round trip, labels") {
    CHECK(roles.names() == "floor, cashier, manager");  // staff.role CHECK: tests/db/enum_checks_test.cpp
    for (const RoleInfo& r : roles) {
        CAPTURE(r.name);
        CHECK(parse_role(role_name(r.value)) == r.value);
        CHECK(std::string(r.label_msgid).size() > 0);
    }
    CHECK(std::string(roles[Role::floor].label_msgid) == "Floor staff");
    CHECK_FALSE(parse_role("Manager").has_value());
    CHECK_FALSE(parse_role("owner").has_value());
}

TEST_CASE("an override is accepted exactly from the roles that may approve") {
    const Actor floor{1, Role::floor, "Lan"};
    for (const RoleInfo& r : roles) {
        CAPTURE(r.name);
        const Approval a{9, r.value, "X", "reason"};
        if (r.may_approve) CHECK(authorize(Action::refund, floor, a).has_value());
        else CHECK_THROWS_WITH_AS(authorize(Action::refund, floor, a), doctest::Contains("must be approved by a manager"), Error);
    }
}
