#include "core/codes/gs1.h"

#include <array>

#include "core/codes/gtin.h"
#include "core/common/error.h"

namespace pos {
namespace {

enum class Cs { digits, cset82 };

enum Flag : unsigned {
    kNone = 0,
    kCheck = 1,       // last digit is a GS1 mod-10 check digit
    kDate = 2,        // YYMMDD, DD = 00 allowed
    kDecimal = 4,     // last AI digit = number of decimals
    kPredefined = 8,  // predefined fixed length: no FNC1 needed after it
    kCurrency = 16,   // value starts with an ISO 4217 numeric currency code
    kDateTime = 32,   // YYMMDDHH[MM[SS]]
};

struct AiSpec {
    std::string_view pattern;  // 'n' matches any digit
    int min;
    int max;
    Cs cs;
    unsigned flags;
    std::string_view title;
};

// First match wins, so specific entries precede the generic 31nn..36nn ones.
constexpr std::array<AiSpec, 65> kAis{{
    {"00", 18, 18, Cs::digits, kCheck | kPredefined, "SSCC"},
    {"01", 14, 14, Cs::digits, kCheck | kPredefined, "GTIN"},
    {"02", 14, 14, Cs::digits, kCheck | kPredefined, "content GTIN"},
    {"10", 1, 20, Cs::cset82, kNone, "batch/lot"},
    {"11", 6, 6, Cs::digits, kDate | kPredefined, "production date"},
    {"12", 6, 6, Cs::digits, kDate | kPredefined, "due date"},
    {"13", 6, 6, Cs::digits, kDate | kPredefined, "packaging date"},
    {"15", 6, 6, Cs::digits, kDate | kPredefined, "best before"},
    {"16", 6, 6, Cs::digits, kDate | kPredefined, "sell by"},
    {"17", 6, 6, Cs::digits, kDate | kPredefined, "expiry"},
    {"20", 2, 2, Cs::digits, kPredefined, "internal variant"},
    {"21", 1, 20, Cs::cset82, kNone, "serial"},
    {"22", 1, 20, Cs::cset82, kNone, "consumer product variant"},
    {"240", 1, 30, Cs::cset82, kNone, "additional product id"},
    {"241", 1, 30, Cs::cset82, kNone, "customer part number"},
    {"250", 1, 30, Cs::cset82, kNone, "secondary serial"},
    {"251", 1, 30, Cs::cset82, kNone, "reference to source entity"},
    {"30", 1, 8, Cs::digits, kNone, "variable count"},
    {"310n", 6, 6, Cs::digits, kDecimal | kPredefined, "net weight (kg)"},
    {"311n", 6, 6, Cs::digits, kDecimal | kPredefined, "length (m)"},
    {"312n", 6, 6, Cs::digits, kDecimal | kPredefined, "width (m)"},
    {"313n", 6, 6, Cs::digits, kDecimal | kPredefined, "depth (m)"},
    {"314n", 6, 6, Cs::digits, kDecimal | kPredefined, "area (m2)"},
    {"315n", 6, 6, Cs::digits, kDecimal | kPredefined, "net volume (l)"},
    {"316n", 6, 6, Cs::digits, kDecimal | kPredefined, "net volume (m3)"},
    {"320n", 6, 6, Cs::digits, kDecimal | kPredefined, "net weight (lb)"},
    {"330n", 6, 6, Cs::digits, kDecimal | kPredefined, "gross weight (kg)"},
    {"31nn", 6, 6, Cs::digits, kDecimal | kPredefined, "trade measure"},
    {"32nn", 6, 6, Cs::digits, kDecimal | kPredefined, "trade measure"},
    {"33nn", 6, 6, Cs::digits, kDecimal | kPredefined, "logistic measure"},
    {"34nn", 6, 6, Cs::digits, kDecimal | kPredefined, "logistic measure"},
    {"35nn", 6, 6, Cs::digits, kDecimal | kPredefined, "trade measure"},
    {"36nn", 6, 6, Cs::digits, kDecimal | kPredefined, "trade measure"},
    {"37", 1, 8, Cs::digits, kNone, "count of trade items"},
    {"390n", 1, 15, Cs::digits, kDecimal, "amount payable"},
    {"391n", 4, 18, Cs::digits, kDecimal | kCurrency, "amount payable with currency"},
    {"392n", 1, 15, Cs::digits, kDecimal, "price"},
    {"393n", 4, 18, Cs::digits, kDecimal | kCurrency, "price with currency"},
    {"400", 1, 30, Cs::cset82, kNone, "customer order number"},
    {"401", 1, 30, Cs::cset82, kNone, "consignment number (GINC)"},
    {"402", 17, 17, Cs::digits, kCheck, "shipment id (GSIN)"},
    {"403", 1, 30, Cs::cset82, kNone, "routing code"},
    {"410", 13, 13, Cs::digits, kCheck | kPredefined, "ship to GLN"},
    {"411", 13, 13, Cs::digits, kCheck | kPredefined, "bill to GLN"},
    {"412", 13, 13, Cs::digits, kCheck | kPredefined, "purchased from GLN"},
    {"413", 13, 13, Cs::digits, kCheck | kPredefined, "ship for GLN"},
    {"414", 13, 13, Cs::digits, kCheck | kPredefined, "location GLN"},
    {"415", 13, 13, Cs::digits, kCheck | kPredefined, "invoicing party GLN"},
    {"416", 13, 13, Cs::digits, kCheck | kPredefined, "production location GLN"},
    {"417", 13, 13, Cs::digits, kCheck | kPredefined, "party GLN"},
    {"420", 1, 20, Cs::cset82, kNone, "ship to postal code"},
    {"421", 4, 12, Cs::cset82, kCurrency, "ship to postal code with country"},
    {"422", 3, 3, Cs::digits, kNone, "country of origin"},
    {"7003", 10, 10, Cs::digits, kNone, "expiry date and time"},
    {"8008", 8, 12, Cs::digits, kDateTime, "production date and time"},
    {"8020", 1, 25, Cs::cset82, kNone, "payment slip reference"},
    {"8200", 1, 70, Cs::cset82, kNone, "product URL"},
    {"90", 1, 30, Cs::cset82, kNone, "mutually agreed information"},
    {"91", 1, 90, Cs::cset82, kNone, "company internal"},
    {"92", 1, 90, Cs::cset82, kNone, "company internal"},
    {"93", 1, 90, Cs::cset82, kNone, "company internal"},
    {"94", 1, 90, Cs::cset82, kNone, "company internal"},
    {"95", 1, 90, Cs::cset82, kNone, "company internal"},
    {"96", 1, 90, Cs::cset82, kNone, "company internal"},
    {"97", 1, 90, Cs::cset82, kNone, "company internal"},
}};

bool matches(std::string_view pattern, std::string_view text) {
    if (text.size() < pattern.size()) return false;
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char c = text[i];
        if (pattern[i] == 'n' ? (c < '0' || c > '9') : c != pattern[i]) return false;
    }
    return true;
}

const AiSpec* find_spec(std::string_view text) {
    for (const AiSpec& s : kAis)
        if (matches(s.pattern, text)) return &s;
    return nullptr;
}

// Company-internal AIs 98 and 99 behave like 91-97.
const AiSpec kInternal98{"98", 1, 90, Cs::cset82, kNone, "company internal"};
const AiSpec kInternal99{"99", 1, 90, Cs::cset82, kNone, "company internal"};

const AiSpec* lookup(std::string_view text) {
    if (const AiSpec* s = find_spec(text)) return s;
    if (matches("98", text)) return &kInternal98;
    if (matches("99", text)) return &kInternal99;
    return nullptr;
}

[[noreturn]] void fail(std::string_view ai, std::size_t position, const std::string& reason) {
    throw Error(Errc::invalid_input,
                "GS1 AI (" + std::string(ai) + ") at character " + std::to_string(position) + ": " + reason);
}

bool in_cset82(char c) {
    if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) return true;
    return std::string_view("!\"%&'()*+,-./:;<=>?_").find(c) != std::string_view::npos;
}

int two(std::string_view s, std::size_t at) { return (s[at] - '0') * 10 + (s[at + 1] - '0'); }

int days_in_month(int year, int month) {
    constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

// Returns "" when valid, else the reason. YY is read as 20YY.
std::string date_problem(std::string_view v) {
    const int month = two(v, 2);
    const int day = two(v, 4);
    if (month < 1 || month > 12) return "bad date " + std::string(v.substr(0, 6)) + " (month " + std::to_string(month) + ")";
    if (day > days_in_month(2000 + two(v, 0), month))
        return "bad date " + std::string(v.substr(0, 6)) + " (day " + std::to_string(day) + ")";
    return "";
}

std::string time_problem(std::string_view v) {
    if (two(v, 6) > 23) return "bad hour " + std::string(v.substr(6, 2));
    if (v.size() >= 10 && two(v, 8) > 59) return "bad minute " + std::string(v.substr(8, 2));
    if (v.size() >= 12 && two(v, 10) > 59) return "bad second " + std::string(v.substr(10, 2));
    return "";
}

void check_value(const AiSpec& spec, std::string_view ai, std::string_view v, std::size_t pos) {
    const auto len = static_cast<int>(v.size());
    if (len == 0) fail(ai, pos, "empty value");
    if (spec.min == spec.max && len != spec.min)
        fail(ai, pos, "bad length: needs exactly " + std::to_string(spec.min) + " characters, got " + std::to_string(len));
    if (len < spec.min) fail(ai, pos, "bad length: needs at least " + std::to_string(spec.min) + " characters, got " + std::to_string(len));
    if (len > spec.max) fail(ai, pos, "bad length: at most " + std::to_string(spec.max) + " characters allowed, got " + std::to_string(len));
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        const bool digit_needed = spec.cs == Cs::digits || ((spec.flags & kCurrency) != 0 && i < 3);
        const bool ok = digit_needed ? (c >= '0' && c <= '9') : in_cset82(c);
        if (!ok) {
            const std::string shown = c >= 0x20 && c < 0x7f ? std::string("'") + c + "'" : "byte " + std::to_string(static_cast<unsigned char>(c));
            fail(ai, pos, shown + " at character " + std::to_string(pos + ai.size() + i) + " is not allowed" +
                              (digit_needed ? " (digits only)" : ""));
        }
    }
    if ((spec.flags & kCheck) != 0 && !gtin_check_ok(v))
        fail(ai, pos, "bad check digit in " + std::string(v) + ": expected " +
                          std::to_string(gtin_check_digit(v.substr(0, v.size() - 1))));
    if ((spec.flags & kDecimal) != 0 && ai[0] == '3' && ai[1] >= '1' && ai[1] <= '6' && ai[3] > '6')
        fail(ai, pos, std::string("decimal indicator ") + ai[3] + " not allowed (0-6)");
    if ((spec.flags & kDate) != 0) {
        if (std::string p = date_problem(v); !p.empty()) fail(ai, pos, p);
    }
    if (ai == "7003" || (spec.flags & kDateTime) != 0) {
        if (len % 2 != 0) fail(ai, pos, "bad length: date and time need an even number of digits");
        if (std::string p = date_problem(v); !p.empty()) fail(ai, pos, p);
        if (std::string p = time_problem(v); !p.empty()) fail(ai, pos, p);
    }
}

std::string format_date(std::string_view v) {
    std::string out = "20" + std::string(v.substr(0, 2)) + "-" + std::string(v.substr(2, 2));
    if (v.substr(4, 2) == "00") return out + " (day 00: end of month)";
    return out + "-" + std::string(v.substr(4, 2));
}

}  // namespace

std::string Gs1Decimal::str() const {
    const bool neg = units < 0;
    std::string digits = std::to_string(neg ? -units : units);
    const auto d = static_cast<std::size_t>(decimals);
    if (digits.size() <= d) digits.insert(0, d + 1 - digits.size(), '0');
    if (d > 0) digits.insert(digits.size() - d, ".");
    return neg ? "-" + digits : digits;
}

std::vector<Gs1Element> parse_gs1(std::string_view data, std::size_t position_base) {
    std::vector<Gs1Element> out;
    std::size_t i = 0;
    if (!data.empty() && data[0] == kGs1Separator) ++i;
    if (i >= data.size()) throw Error(Errc::invalid_input, "GS1: empty element string");
    while (i < data.size()) {
        const std::size_t pos = position_base + i;
        if (data[i] == kGs1Separator)
            throw Error(Errc::invalid_input, "GS1: unexpected separator (GS) at character " + std::to_string(pos));
        const std::string_view rest = data.substr(i);
        const AiSpec* spec = lookup(rest);
        if (spec == nullptr)
            throw Error(Errc::invalid_input, "GS1: unknown AI at character " + std::to_string(pos) + " ('" +
                                                 std::string(rest.substr(0, 4)) + "')");
        const std::string ai(rest.substr(0, spec->pattern.size()));
        i += ai.size();
        std::string_view value;
        if ((spec->flags & kPredefined) != 0) {
            const auto need = static_cast<std::size_t>(spec->max);
            std::size_t avail = 0;
            while (avail < need && i + avail < data.size() && data[i + avail] != kGs1Separator) ++avail;
            if (avail < need)
                fail(ai, pos, "truncated: needs " + std::to_string(need) + " characters, only " + std::to_string(avail) + " left");
            value = data.substr(i, need);
            i += need;
            if (i < data.size() && data[i] == kGs1Separator) ++i;  // tolerated redundant FNC1
        } else {
            std::size_t end = data.find(kGs1Separator, i);
            if (end == std::string_view::npos) end = data.size();
            value = data.substr(i, end - i);
            i = end;
            if (i < data.size()) {
                ++i;
                if (i == data.size()) throw Error(Errc::invalid_input, "GS1: separator (GS) at the end, character " + std::to_string(position_base + i - 1));
            }
        }
        check_value(*spec, ai, value, pos);
        out.push_back({ai, std::string(value), pos});
    }
    return out;
}

std::vector<Gs1Element> parse_gs1_hri(std::string_view text, std::size_t position_base) {
    std::vector<Gs1Element> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const std::size_t pos = position_base + i;
        const std::size_t close = text.find(')', i);
        if (text[i] != '(' || close == std::string_view::npos)
            throw Error(Errc::invalid_input, "GS1: expected '(AI)' at character " + std::to_string(pos));
        const std::string ai(text.substr(i + 1, close - i - 1));
        const AiSpec* spec = is_all_digits(ai) ? lookup(ai) : nullptr;
        if (spec == nullptr || spec->pattern.size() != ai.size())
            throw Error(Errc::invalid_input, "GS1: unknown AI at character " + std::to_string(pos) + " ('" + ai + "')");
        std::size_t end = text.find('(', close + 1);
        if (end == std::string_view::npos) end = text.size();
        const std::string_view value = text.substr(close + 1, end - close - 1);
        check_value(*spec, ai, value, pos);
        out.push_back({ai, std::string(value), pos});
        i = end;
    }
    if (out.empty()) throw Error(Errc::invalid_input, "GS1: empty element string");
    return out;
}

std::string gs1_ai_title(std::string_view ai) {
    const AiSpec* s = lookup(ai);
    return s != nullptr && s->pattern.size() == ai.size() ? std::string(s->title) : std::string();
}

std::optional<Gs1Decimal> gs1_decimal(const Gs1Element& e) {
    const AiSpec* s = lookup(e.ai);
    if (s == nullptr || (s->flags & kDecimal) == 0 || e.ai.size() != 4) return std::nullopt;
    std::string_view digits = e.value;
    if ((s->flags & kCurrency) != 0) digits.remove_prefix(3);
    if (digits.empty() || digits.size() > 18 || !is_all_digits(digits)) return std::nullopt;
    return Gs1Decimal{std::stoll(std::string(digits)), e.ai[3] - '0'};
}

Minor gs1_decimal_to_minor(const Gs1Decimal& d, const Currency& cur) {
    if (d.decimals <= cur.exponent) return checked_mul(d.units, pow10(cur.exponent - d.decimals));
    const std::int64_t div = pow10(d.decimals - cur.exponent);
    if (d.units % div != 0)
        throw Error(Errc::invalid_input, "too many decimals for " + std::string(cur.code) + " (" +
                                             std::to_string(cur.exponent) + " allowed): " + d.str());
    return d.units / div;
}

std::string describe_gs1_element(const Gs1Element& e) {
    const AiSpec* s = lookup(e.ai);
    std::string line = "AI (" + e.ai + ")";
    if (s == nullptr) return line + ": " + e.value;
    line += " " + std::string(s->title) + ": ";
    if ((s->flags & kDate) != 0) return line + format_date(e.value);
    if ((s->flags & kDecimal) != 0) {
        const std::optional<Gs1Decimal> d = gs1_decimal(e);
        if ((s->flags & kCurrency) != 0) line += d ? d->str() + " (ISO 4217 currency " + e.value.substr(0, 3) + ")" : e.value;
        else line += d ? d->str() : e.value;
        return line;
    }
    if ((s->flags & kCheck) != 0) return line + e.value + " (check digit ok)";
    return line + e.value;
}

}  // namespace pos
