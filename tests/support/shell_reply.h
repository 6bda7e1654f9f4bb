#pragma once
// What the UI fixtures get back for each intent they apply: the outcome, or the refusal. One
// definition for every fixture linked into tests_ui (two structs of the same name in one
// binary would be an ODR violation the moment they differ).
#include "service/outcome.h"

namespace pos::test {

struct Reply {
    bool ok = false;
    service::Outcome outcome;
    service::Refusal refusal;
};

}  // namespace pos::test
