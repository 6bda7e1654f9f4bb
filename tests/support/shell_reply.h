#pragma once
// What the UI fixtures get back for each intent they apply: the outcome, or the refusal. One
// definition for every fixture linked into tests_ui (two structs of the same name in one
// binary would be an ODR violation the moment they differ).
#include <doctest/doctest.h>

#include <vector>

#include "service/outcome.h"

namespace pos::test {

struct Reply {
    bool ok = false;
    service::Outcome outcome;
    service::Refusal refusal;
};

// The one reply of a tap that must emit exactly one intent.
inline const Reply& only(const std::vector<Reply>& v) {
    REQUIRE(v.size() == 1);
    return v.front();
}

}  // namespace pos::test
