#include "core/sale/money.h"

#include <array>
#include <limits>

namespace pos {
namespace {

// 128-bit intermediates make mul/div and parsing exact; __extension__ keeps -Wpedantic quiet.
__extension__ using I128 = __int128;
__extension__ using U128 = unsigned __int128;

constexpr std::array<Currency, 7> kCurrencies{{
    {"CNY", 2, "¥"},
    {"TWD", 2, "NT$"},
    {"HKD", 2, "HK$"},
    {"RUB", 2, "₽"},
    {"VND", 0, "₫"},
    {"USD", 2, "$"},
    {"EUR", 2, "€"},
}};

[[noreturn]] void overflow(const char* what) {
    throw Error(Errc::overflow, std::string("amount overflow in ") + what);
}

Minor narrow(I128 v, const char* what) {
    if (v > std::numeric_limits<Minor>::max() || v < std::numeric_limits<Minor>::min()) overflow(what);
    return static_cast<Minor>(v);
}

std::string group_digits(std::string digits, std::string_view sep) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += sep;
        out += digits[i];
    }
    return out;
}

}  // namespace

const Currency* find_currency(std::string_view code) noexcept {
    for (const Currency& c : kCurrencies)
        if (c.code == code) return &c;
    return nullptr;
}

const Currency& currency(std::string_view code) {
    if (const Currency* c = find_currency(code)) return *c;
    throw Error(Errc::invalid_input, "unknown currency '" + std::string(code) + "' (known: CNY, TWD, HKD, RUB, VND, USD, EUR)");
}

Minor checked_add(Minor a, Minor b) {
    Minor r;
    if (__builtin_add_overflow(a, b, &r)) overflow("addition");
    return r;
}

Minor checked_sub(Minor a, Minor b) {
    Minor r;
    if (__builtin_sub_overflow(a, b, &r)) overflow("subtraction");
    return r;
}

Minor checked_mul(Minor a, std::int64_t b) {
    Minor r;
    if (__builtin_mul_overflow(a, b, &r)) overflow("multiplication");
    return r;
}

Minor checked_neg(Minor a) {
    if (a == std::numeric_limits<Minor>::min()) overflow("negation");
    return -a;
}

Minor mul_div_round(Minor a, std::int64_t num, std::int64_t den) {
    if (den <= 0) throw Error(Errc::invalid_input, "mul_div_round: denominator must be positive");
    const I128 p = static_cast<I128>(a) * num;
    const bool neg = p < 0;
    const I128 mag = neg ? -p : p;
    I128 q = mag / den;
    const I128 rem = mag % den;
    if (rem * 2 >= den) ++q;  // half away from zero
    return narrow(neg ? -q : q, "rounding");
}

std::int64_t pow10(int exponent) {
    if (exponent < 0 || exponent > 18) throw Error(Errc::invalid_input, "currency exponent out of range");
    std::int64_t r = 1;
    for (int i = 0; i < exponent; ++i) r *= 10;
    return r;
}

Minor parse_major(std::string_view text, const Currency& cur) {
    if (text.empty()) throw Error(Errc::invalid_input, "empty amount");
    std::size_t i = 0;
    bool neg = false;
    if (text[0] == '-' || text[0] == '+') {
        neg = text[0] == '-';
        ++i;
    }
    I128 whole = 0;
    std::size_t int_digits = 0;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++int_digits) {
        whole = whole * 10 + (text[i] - '0');
        if (whole > std::numeric_limits<Minor>::max()) throw Error(Errc::invalid_input, "amount out of range: " + std::string(text));
    }
    std::size_t frac_digits = 0;
    I128 frac = 0;
    if (i < text.size() && text[i] == '.') {
        ++i;
        // Digits past the 18th are only counted (more than the exponent allows is refused below):
        // accumulating them all overflowed the 128-bit value for long inputs (found by fuzzing).
        for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, ++frac_digits)
            if (frac_digits < 18) frac = frac * 10 + (text[i] - '0');
        if (frac_digits == 0) throw Error(Errc::invalid_input, "not a number: '" + std::string(text) + "' (no digits after '.')");
    }
    if (i != text.size() || int_digits == 0)
        throw Error(Errc::invalid_input, "not a number: '" + std::string(text) + "' (use digits and '.' as the decimal point)");
    if (static_cast<int>(frac_digits) > cur.exponent)
        throw Error(Errc::invalid_input, "too many decimals for " + std::string(cur.code) + " (" + std::to_string(cur.exponent) +
                                             " allowed): '" + std::string(text) + "'");
    for (int k = static_cast<int>(frac_digits); k < cur.exponent; ++k) frac *= 10;
    const I128 v = whole * pow10(cur.exponent) + frac;
    if (v > std::numeric_limits<Minor>::max()) throw Error(Errc::invalid_input, "amount out of range: " + std::string(text));
    return static_cast<Minor>(neg ? -v : v);
}

namespace {

struct Parts {
    bool negative;
    std::string whole;  // digits
    std::string frac;   // exactly exponent digits
};

Parts split(Minor amount, const Currency& cur) {
    const bool neg = amount < 0;
    // Work in unsigned so that INT64_MIN formats correctly.
    U128 mag = neg ? static_cast<U128>(-(static_cast<I128>(amount))) : static_cast<U128>(amount);
    const auto scale = static_cast<U128>(pow10(cur.exponent));
    auto whole = static_cast<unsigned long long>(mag / scale);
    auto frac = static_cast<unsigned long long>(mag % scale);
    std::string f = std::to_string(frac);
    if (cur.exponent > 0) f.insert(0, static_cast<std::size_t>(cur.exponent) - f.size(), '0');
    else f.clear();
    return {neg, std::to_string(whole), f};
}

}  // namespace

std::string format_plain(Minor amount, const Currency& cur) {
    Parts p = split(amount, cur);
    std::string out = p.negative ? "-" : "";
    out += p.whole;
    if (!p.frac.empty()) out += "." + p.frac;
    return out;
}

std::string format_money(Minor amount, const Currency& cur, Lang lang) {
    Parts p = split(amount, cur);
    const std::string sign = p.negative ? "-" : "";
    constexpr std::string_view nbsp = "\u00A0";
    switch (lang) {
    case Lang::ru: {
        std::string n = group_digits(p.whole, nbsp);
        if (!p.frac.empty()) n += "," + p.frac;
        return sign + n + std::string(nbsp) + std::string(cur.symbol);
    }
    case Lang::vi: {
        std::string n = group_digits(p.whole, ".");
        if (!p.frac.empty()) n += "," + p.frac;
        return sign + n + std::string(nbsp) + std::string(cur.symbol);
    }
    case Lang::en:
    case Lang::zh_CN:
    case Lang::zh_TW:
        break;
    }
    std::string n = group_digits(p.whole, ",");
    if (!p.frac.empty()) n += "." + p.frac;
    return sign + std::string(cur.symbol) + n;
}

}  // namespace pos
