// EnumTable: name/parse round trips, lookups, joined names and iteration on a small local table.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/common/enum_table.h"

namespace {

enum class Shade { red, green, blue };

struct ShadeInfo {
    Shade value;
    std::string_view name;
    const char* label_msgid;
    bool warm;
};

constexpr pos::EnumTable<ShadeInfo, 3> shades{{{
    {Shade::red, "red", "Red", true},
    {Shade::green, "green", "Green", false},
    {Shade::blue, "blue", "Blue", false},
}}};

// Evaluated by the compiler: lookups work in constant expressions.
static_assert(shades.name_of(Shade::blue) == "blue");
static_assert(shades.parse("green") == Shade::green);
static_assert(!shades.parse("Green").has_value());

}  // namespace

TEST_CASE("an enum table names and parses every value, and refuses other names") {
    for (const ShadeInfo& s : shades) {
        CAPTURE(s.name);
        CHECK(shades.parse(shades.name_of(s.value)) == s.value);
        CHECK(&shades[s.value] == &s);
        CHECK(shades.find(s.name) == &s);
    }
    CHECK(std::string(shades.label_msgid_of(Shade::green)) == "Green");
    CHECK(shades[Shade::red].warm);
    CHECK_FALSE(shades[Shade::blue].warm);
    for (const char* bad : {"", "RED", "red ", " red", "purple", "re"}) {
        CAPTURE(bad);
        CHECK_FALSE(shades.parse(bad).has_value());
        CHECK(shades.find(bad) == nullptr);
    }
}

TEST_CASE("an enum table lists its names in order, all or those a rule keeps") {
    CHECK(shades.names() == "red, green, blue");
    CHECK(shades.names_where([](const ShadeInfo& s) { return !s.warm; }) == "green, blue");
    CHECK(shades.names_where([](const ShadeInfo&) { return false; }).empty());
    std::vector<Shade> order;
    for (const ShadeInfo& s : shades) order.push_back(s.value);
    CHECK(order == std::vector<Shade>{Shade::red, Shade::green, Shade::blue});
    CHECK(shades.size() == 3);
}

TEST_CASE("a value outside the enumerators gets the first entry instead of reading past the table") {
    const auto bogus = static_cast<Shade>(7);
    CHECK(shades.name_of(bogus) == "red");
}
