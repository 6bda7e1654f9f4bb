#include "core/codes/gs1.h"

#include <algorithm>

#include "core/codes/gs1_ai_table.h"
#include "core/codes/gtin.h"
#include "core/common/error.h"

namespace pos {
namespace {

using gs1::AiSpec;
using gs1::Component;

const AiSpec* lookup(std::string_view text) { return gs1::find_ai(text); }

[[noreturn]] void fail(std::string_view ai, std::size_t position, const std::string& reason) {
    throw Error(Errc::invalid_input,
                "GS1 AI (" + std::string(ai) + ") at character " + std::to_string(position) + ": " + reason);
}

// `value_pos` is where the value starts in the scanned text; by default right after the AI.
void check_value(const AiSpec& spec, std::string_view ai, std::string_view v, std::size_t pos, std::size_t value_pos = 0) {
    if (std::string p = gs1::value_problem(spec, ai, v, value_pos != 0 ? value_pos : pos + ai.size()); !p.empty())
        fail(ai, pos, p);
}

// The length of a predefined-length AI's value (all its components are fixed).
std::size_t fixed_length(const AiSpec& spec) {
    Component parts[5];
    const std::size_t n = gs1::split_format(spec.format, parts);
    std::size_t len = 0;
    for (std::size_t k = 0; k < n; ++k) len += static_cast<std::size_t>(parts[k].max);
    return len;
}

bool is_single_date(const AiSpec& s) { return s.format == "N6,yymmd0" || s.format == "N6,yymmdd"; }
bool has_currency(const AiSpec& s) { return s.format.substr(0, 10) == "N3,iso4217"; }
bool starts_with_check_digit(const AiSpec& s) {
    const std::size_t end = s.format.find(' ');
    return s.format.substr(0, end).find(",csum") != std::string_view::npos;
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
        const std::string ai(rest.substr(0, spec->ai.size()));
        i += ai.size();
        std::string_view value;
        if (spec->predefined) {
            const std::size_t need = fixed_length(*spec);
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
        const AiSpec* spec = is_all_digits(ai) ? gs1::find_exact_ai(ai) : nullptr;
        if (spec == nullptr)
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

Gs1Element make_gs1_element(std::string_view ai, std::string_view value, std::size_t position, std::size_t value_position) {
    const AiSpec* spec = is_all_digits(ai) ? gs1::find_exact_ai(ai) : nullptr;
    if (spec == nullptr)
        throw Error(Errc::invalid_input, "GS1: unknown AI at character " + std::to_string(position) + " ('" + std::string(ai) + "')");
    check_value(*spec, ai, value, position, value_position);
    return {std::string(ai), std::string(value), position};
}

std::string gs1_ai_title(std::string_view ai) {
    const AiSpec* s = gs1::find_exact_ai(ai);
    return s != nullptr ? std::string(s->title) : std::string();
}

std::optional<Gs1Decimal> gs1_decimal(const Gs1Element& e) {
    const AiSpec* s = lookup(e.ai);
    if (s == nullptr || !s->decimal || e.ai.size() != 4) return std::nullopt;
    std::string_view digits = e.value;
    if (has_currency(*s)) digits.remove_prefix(std::min<std::size_t>(3, digits.size()));
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
    if (is_single_date(*s) && e.value.size() == 6) return line + format_date(e.value);
    if (s->decimal) {
        const std::optional<Gs1Decimal> d = gs1_decimal(e);
        if (has_currency(*s)) line += d ? d->str() + " (ISO 4217 currency " + e.value.substr(0, 3) + ")" : e.value;
        else line += d ? d->str() : e.value;
        return line;
    }
    if (starts_with_check_digit(*s)) return line + e.value + " (check digit ok)";
    return line + e.value;
}

}  // namespace pos
