#include "core/codes/gtin.h"

#include "core/common/error.h"

namespace pos {
namespace {

[[noreturn]] void bad(const std::string& msg) { throw Error(Errc::invalid_input, msg); }

std::string pad14(std::string_view digits) {
    return std::string(14 - digits.size(), '0') + std::string(digits);
}

char digit_char(int d) { return static_cast<char>('0' + d); }

}  // namespace

const char* gtin_form_name(GtinForm f) noexcept {
    switch (f) {
    case GtinForm::upc_e: return "UPC-E";
    case GtinForm::ean8: return "EAN-8";
    case GtinForm::upc_a: return "UPC-A";
    case GtinForm::ean13: return "EAN-13";
    case GtinForm::gtin14: return "GTIN-14";
    }
    return "GTIN";
}

bool is_all_digits(std::string_view s) noexcept {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}

int gtin_check_digit(std::string_view body) {
    if (!is_all_digits(body)) bad("check digit needs digits only, got '" + std::string(body) + "'");
    int sum = 0;
    int weight = 3;
    for (auto it = body.rbegin(); it != body.rend(); ++it) {
        sum += (*it - '0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool gtin_check_ok(std::string_view digits) {
    if (digits.size() < 2 || !is_all_digits(digits)) return false;
    return gtin_check_digit(digits.substr(0, digits.size() - 1)) == digits.back() - '0';
}

std::string expand_upce(std::string_view upce) {
    if (!is_all_digits(upce) || (upce.size() != 6 && upce.size() != 8))
        bad("UPC-E must be 6 or 8 digits, got '" + std::string(upce) + "'");
    char ns = '0';
    std::string_view d = upce;
    if (upce.size() == 8) {
        ns = upce[0];
        if (ns != '0' && ns != '1') bad("UPC-E number system must be 0 or 1: " + std::string(upce));
        d = upce.substr(1, 6);
    }
    std::string body(1, ns);
    const char last = d[5];
    if (last <= '2') {
        body += std::string(d.substr(0, 2)) + last + "0000" + std::string(d.substr(2, 3));
    } else if (last == '3') {
        body += std::string(d.substr(0, 3)) + "00000" + std::string(d.substr(3, 2));
    } else if (last == '4') {
        body += std::string(d.substr(0, 4)) + "00000" + d[4];
    } else {
        body += std::string(d.substr(0, 5)) + "0000" + last;
    }
    return body + digit_char(gtin_check_digit(body));
}

Gtin parse_gtin(std::string_view digits, bool ean8_only) {
    const std::string text(digits);
    if (!is_all_digits(digits)) bad("a GTIN has digits only: '" + text + "'");
    Gtin g{text, GtinForm::ean13, "", ""};
    const std::size_t n = digits.size();
    const bool upce = n == 6 || (n == 8 && !ean8_only && (digits[0] == '0' || digits[0] == '1'));
    if (upce) {
        g.form = GtinForm::upc_e;
        g.expanded = expand_upce(digits);
        if (n == 6) {
            g.digits = "0" + text + g.expanded.back();
        } else if (g.expanded.back() != digits.back()) {
            bad("bad check digit in UPC-E " + text + " (UPC-A " + g.expanded + "): expected " +
                g.expanded.back());
        }
        g.gtin14 = pad14(g.expanded);
        return g;
    }
    switch (n) {
    case 8: g.form = GtinForm::ean8; break;
    case 12: g.form = GtinForm::upc_a; break;
    case 13: g.form = GtinForm::ean13; break;
    case 14: g.form = GtinForm::gtin14; break;
    default: bad("a GTIN has 8, 12, 13 or 14 digits, '" + text + "' has " + std::to_string(n));
    }
    const int expected = gtin_check_digit(digits.substr(0, n - 1));
    if (expected != digits.back() - '0') bad("bad check digit in " + text + ": expected " + digit_char(expected));
    g.gtin14 = pad14(digits);
    return g;
}

std::optional<std::string> normalize_gtin(std::string_view digits) {
    try {
        return parse_gtin(digits).gtin14;
    } catch (const Error&) {
        return std::nullopt;
    }
}

std::string gtin_short_form(std::string_view gtin14) {
    if (gtin14.size() != 14 || !gtin_check_ok(gtin14)) return std::string(gtin14);
    for (std::size_t len : {std::size_t{8}, std::size_t{12}, std::size_t{13}}) {
        const std::size_t cut = 14 - len;
        if (gtin14.substr(0, cut).find_first_not_of('0') != std::string_view::npos) continue;
        const std::string_view candidate = gtin14.substr(cut);
        if (normalize_gtin(candidate) == std::string(gtin14)) return std::string(candidate);
    }
    return std::string(gtin14);
}

}  // namespace pos
