// The script form of SetTarget ("target").
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/intents/intent_json.h"

using namespace pos;
using namespace pos::intent;

TEST_CASE("the target op parses staff, month, revenue in major units and units") {
    const auto line = parse_script_line(R"({"op":"target","staff":"Lan","month":"2026-11","revenue":"50000.50","units":12})",
                                        currency("CNY"));
    const auto& t = std::get<SetTarget>(line.intent);
    CHECK(t.staff == "Lan");
    CHECK(t.month == "2026-11");
    CHECK(t.revenue == 5'000'050);
    CHECK(t.units == 12);
    CHECK(op_name(line.intent) == "target");
    CHECK_THROWS_AS(parse_script_line(R"({"op":"target","staff":"Lan","month":"2026-11","revenue":"1"})", currency("CNY")),
                    pos::Error);  // units missing
    CHECK_THROWS_AS(parse_script_line(R"({"op":"target","staff":"Lan","month":"2026-11","revenue":"1","units":"2"})",
                                      currency("CNY")),
                    pos::Error);  // units not a number
}
