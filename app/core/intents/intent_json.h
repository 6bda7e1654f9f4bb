#pragma once
// The JSON-lines form of intents used by `showroom-pos script`. One JSON object a line:
//   {"op": "scan", "code": "4006381333931"}
// Common optional keys on every line:
//   "at":           local time "YYYY-MM-DDTHH:MM:SS" — the script clock is set to it first
//   "expect_error": an error code (permission_denied, invalid_input, ...) the intent must fail with
// Amounts are strings in major units with '.' ("1299.00"), or integers in major units.
// The full list of ops and keys is in README ("Script format").
#include <optional>
#include <string>
#include <string_view>

#include "core/intents/intents.h"
#include "core/sale/money.h"

namespace pos::intent {

struct ScriptLine {
    Intent intent;
    std::string op;                          // the "op" as written
    std::optional<std::string> at;           // "YYYY-MM-DDTHH:MM:SS", local time
    std::optional<std::string> expect_error; // an errc_name()
};

// Parses one line. Throws pos::Error(invalid_input) naming the key at fault,
// e.g. `"qty": expected an integer`, `unknown op "scna"`.
ScriptLine parse_script_line(std::string_view json_text, const Currency& currency);

// The op name of an intent, as used in scripts and in the script's output.
std::string_view op_name(const Intent& intent);

}  // namespace pos::intent
