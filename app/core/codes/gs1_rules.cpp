#include "core/codes/gs1_rules.h"

#include <array>

#include "core/codes/gs1_ai_table.h"
#include "core/common/error.h"

namespace pos {
namespace {

struct InvalidPair {
    std::string_view a;  // 'n' matches any digit
    std::string_view b;
    std::string_view why;
};

// GS1 General Specifications 4.14.1 (the "ex" keys of the GS1 Barcode Syntax Dictionary), plus the
// till's own kg/lb rule. A decimal AI twice with different decimals is handled by same_measure().
constexpr std::array<InvalidPair, 30> kInvalidPairs{{
    {"01", "02", "a trade item's GTIN and the GTIN of its contents"},
    {"01", "37", "a trade item's GTIN and a count of contained items"},
    {"01", "255", "a trade item and a coupon"},
    {"02", "255", "contents and a coupon"},
    {"01", "8006", "a trade item and a trade item component"},
    {"37", "8006", "a count of items and a trade item component"},
    {"02", "8026", "contents and a contained component"},
    {"8006", "8026", "a trade item component and a contained component"},
    {"255", "415", "a coupon and a payment slip"},
    {"255", "8006", "a coupon and a trade item component"},
    {"255", "8020", "a coupon and a payment slip"},
    {"255", "8026", "a coupon and a contained component"},
    {"21", "235", "a serial and a third-party serial extension"},
    {"390n", "391n", "two amounts payable"},
    {"390n", "394n", "an amount payable and a coupon discount"},
    {"390n", "8111", "an amount payable and loyalty points"},
    {"394n", "8111", "a coupon discount and loyalty points"},
    {"392n", "393n", "two prices"},
    {"395n", "392n", "a price per unit of measure and a price"},
    {"395n", "393n", "a price per unit of measure and a price"},
    {"395n", "8005", "two prices per unit of measure"},
    {"420", "421", "two ship-to postal codes"},
    {"421", "4307", "two ship-to countries"},
    {"422", "426", "a country of origin and a country of the full process chain"},
    {"423", "426", "countries of initial processing and a country of the full process chain"},
    {"424", "426", "a country of processing and a country of the full process chain"},
    {"425", "426", "countries of disassembly and a country of the full process chain"},
    {"4330", "4331", "two maximum temperatures"},
    {"4332", "4333", "two minimum temperatures"},
    {"310n", "320n", "net weight in kg and in lb"},
}};

bool matches(std::string_view pattern, std::string_view ai) {
    if (pattern.size() != ai.size()) return false;
    for (std::size_t i = 0; i < ai.size(); ++i)
        if (pattern[i] == 'n' ? (ai[i] < '0' || ai[i] > '9') : pattern[i] != ai[i]) return false;
    return true;
}

// Two decimal AIs that differ only in the number of decimals: the same measure or amount twice.
bool same_measure(const Gs1Element& x, const Gs1Element& y) {
    if (x.ai.size() != 4 || y.ai.size() != 4 || x.ai.compare(0, 3, y.ai, 0, 3) != 0) return false;
    const gs1::AiSpec* s = gs1::find_exact_ai(x.ai);
    return s != nullptr && s->decimal;
}

// Why x and y must not appear together, or "" when they may.
std::string invalid_pair(const Gs1Element& x, const Gs1Element& y) {
    if (x.ai == y.ai) return {};
    if (same_measure(x, y)) return "the same value twice with different decimals: " + std::string(gs1::find_exact_ai(x.ai)->title);
    for (const InvalidPair& p : kInvalidPairs)
        if ((matches(p.a, x.ai) && matches(p.b, y.ai)) || (matches(p.b, x.ai) && matches(p.a, y.ai))) return std::string(p.why);
    return {};
}

bool is_price(std::string_view ai) {
    return matches("392n", ai) || matches("393n", ai) || matches("395n", ai) || ai == "8005";
}

[[noreturn]] void refuse(const Gs1Element& e, const std::string& reason) {
    throw Error(Errc::invalid_input, "GS1 AI (" + e.ai + ") at character " + std::to_string(e.position) + ": " + reason);
}

}  // namespace

void check_gs1_combination(const std::vector<Gs1Element>& elements) {
    bool has_gtin = false;
    for (const Gs1Element& e : elements) has_gtin = has_gtin || e.ai == "01";
    for (std::size_t j = 0; j < elements.size(); ++j) {
        const Gs1Element& later = elements[j];
        for (std::size_t i = 0; i < j; ++i) {
            const Gs1Element& earlier = elements[i];
            if (earlier.ai == later.ai && earlier.value != later.value)
                refuse(later, "appears twice with different values (" + earlier.value + " at character " +
                                  std::to_string(earlier.position) + ", " + later.value + " here)");
            if (const std::string why = invalid_pair(earlier, later); !why.empty())
                refuse(later, "not allowed together with AI (" + earlier.ai + ") at character " +
                                  std::to_string(earlier.position) + " (" + why + ")");
        }
        if (is_price(later.ai) && !has_gtin) refuse(later, "a price needs the GTIN (AI 01) of the item in the same code");
    }
}

}  // namespace pos
