#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/staff/permissions.h"

using namespace pos;

namespace {
const Actor floor_staff{1, Role::floor, "Lan"};
const Actor cashier{2, Role::cashier, "Wei"};
const Actor manager{3, Role::manager, "Olga"};
const Approval approval{3, Role::manager, "Olga", "loyal customer"};
}  // namespace

TEST_CASE("roles parse and print") {
    CHECK(parse_role("cashier") == Role::cashier);
    CHECK(!parse_role("boss"));
    CHECK(role_name(Role::manager) == "manager");
}

TEST_CASE("sensitive actions are refused without an override") {
    for (Action a : {Action::discount_over_cap, Action::price_override, Action::refund, Action::no_sale_drawer, Action::day_close}) {
        CAPTURE(action_name(a));
        CHECK_THROWS_WITH_AS(authorize(a, cashier, std::nullopt), doctest::Contains("needs a manager override"), Error);
        CHECK_THROWS_AS(authorize(a, floor_staff, std::nullopt), Error);
        CHECK_FALSE(authorize(a, manager, std::nullopt).has_value());
    }
    CHECK_THROWS_AS(authorize(Action::void_line, floor_staff, std::nullopt), Error);
    CHECK_FALSE(authorize(Action::void_line, cashier, std::nullopt).has_value());
}

TEST_CASE("customer merges and follow-ups of other salespeople are the manager's") {
    for (Action a : {Action::merge_customers, Action::reassign_follow_up, Action::team_follow_ups}) {
        CAPTURE(action_name(a));
        CHECK_FALSE(role_allows(Role::floor, a));
        CHECK_FALSE(role_allows(Role::cashier, a));
        CHECK(role_allows(Role::manager, a));
        CHECK_THROWS_WITH_AS(authorize(a, floor_staff, std::nullopt), doctest::Contains("needs a manager override"), Error);
        CHECK_FALSE(authorize(a, manager, std::nullopt).has_value());
    }
    CHECK(action_name(Action::reassign_follow_up) == "reassign_follow_up");
}

TEST_CASE("a manager approval with a reason is returned for recording") {
    auto used = authorize(Action::refund, cashier, approval);
    REQUIRE(used.has_value());
    CHECK(used->manager_id == 3);
    CHECK(used->reason == "loyal customer");
}

TEST_CASE("an approval by a non-manager or without a reason is refused") {
    Approval by_cashier{2, Role::cashier, "Wei", "because"};
    CHECK_THROWS_WITH_AS(authorize(Action::refund, floor_staff, by_cashier), doctest::Contains("must be approved by a manager"), Error);
    Approval no_reason{3, Role::manager, "Olga", "  "};
    CHECK_THROWS_WITH_AS(authorize(Action::refund, cashier, no_reason), doctest::Contains("needs a reason"), Error);
}

TEST_CASE("discount caps per role") {
    DiscountCaps caps;
    CHECK(caps.cap_for(Role::floor) == 500);
    CHECK(caps.cap_for(Role::cashier) == 1000);
    CHECK(caps.cap_for(Role::manager) == 10000);
}
