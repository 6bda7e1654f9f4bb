#include "core/codes/barcode.h"

#include <array>

#include "core/codes/digital_link.h"
#include "core/codes/gs1_rules.h"
#include "core/common/error.h"
#include "core/sale/money.h"

namespace pos {
namespace {

[[noreturn]] void bad(const std::string& msg) { throw Error(Errc::invalid_input, msg); }

struct AimInfo {
    Symbology symbology;
    bool add_on;
};

AimInfo classify_aim(char code, char modifier) {
    switch (code) {
    case 'E':
        if (modifier == '4') return {Symbology::ean8, false};
        return {Symbology::ean_upc, modifier != '0'};
    case 'C': return {modifier == '1' ? Symbology::gs1_128 : Symbology::code128, false};
    case 'e': return {Symbology::gs1_databar, false};
    case 'd': return {modifier == '2' ? Symbology::gs1_datamatrix : Symbology::datamatrix, false};
    case 'Q': return {modifier == '3' ? Symbology::gs1_qr : Symbology::qr, false};
    case 'A': return {Symbology::code39, false};
    case 'I': return {Symbology::itf, false};
    case 'F': return {Symbology::codabar, false};
    case 'G': return {Symbology::code93, false};
    case 'L': return {Symbology::pdf417, false};
    default: return {Symbology::other, false};
    }
}

bool is_aim_letter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
bool is_aim_modifier(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'); }

std::string shown_byte(char c) {
    return "byte 0x" + std::string(1, "0123456789ABCDEF"[(static_cast<unsigned char>(c) >> 4) & 0xF]) +
           "0123456789ABCDEF"[static_cast<unsigned char>(c) & 0xF];
}

// Converts a GS1 (310n) net weight in kg with n decimals to grams, half up.
std::int64_t kg_to_grams(const Gs1Decimal& d) {
    return mul_div_round(d.units, 1000, pow10(d.decimals));
}

void apply_variable_measure(ScanResult& r, const VariableMeasureRules& rules) {
    const std::string& g14 = r.gtin->gtin14;
    if (g14[0] != '0') return;
    const std::string ean13 = g14.substr(1);
    const VariableMeasureRules::Prefix* rule = rules.find(ean13.substr(0, 2));
    if (rule == nullptr) return;
    const std::string value_digits = ean13.substr(7, 5);
    if (rule->price_check_digit) {
        const int expected = price_check_digit5(value_digits);
        if (ean13[6] - '0' != expected)
            bad("bad price check digit in " + ean13 + ": expected " + std::to_string(expected) + " at position 7");
        r.lookup_key = ean13.substr(0, 6);
    } else {
        r.lookup_key = ean13.substr(0, 7);
    }
    const std::int64_t value = std::stoll(value_digits);
    if (rule->value == MeasureValue::price) r.price_minor = value;
    else r.weight_g = value;
    r.kind = ScanKind::variable_measure;
}

void apply_gs1(ScanResult& r) {
    check_gs1_combination(r.ais);
    r.kind = ScanKind::gs1;
    for (const Gs1Element& e : r.ais) {
        if (e.ai == "01" && !r.gtin) {
            r.gtin = parse_gtin(e.value);
            r.lookup_key = r.gtin->gtin14;
        } else if (e.ai.size() == 4 && e.ai.compare(0, 3, "310") == 0 && !r.weight_g) {
            if (auto d = gs1_decimal(e)) r.weight_g = kg_to_grams(*d);
        } else if (e.ai.size() == 4 && (e.ai.compare(0, 3, "392") == 0 || e.ai.compare(0, 3, "393") == 0) && !r.gs1_price) {
            r.gs1_price = gs1_decimal(e);
            if (e.ai[2] == '3') r.gs1_price_currency = e.value.substr(0, 3);
        }
    }
}

std::string gtin_label(GtinForm f) {
    switch (f) {
    case GtinForm::upc_e: return "UPC-E";
    case GtinForm::ean8: return "GTIN-8 (EAN-8)";
    case GtinForm::upc_a: return "GTIN-12 (UPC-A)";
    case GtinForm::ean13: return "GTIN-13";
    case GtinForm::gtin14: return "GTIN-14";
    }
    return "GTIN";
}

bool gtin_length(std::size_t n) { return n == 8 || n == 12 || n == 13 || n == 14; }

}  // namespace

const char* symbology_name(Symbology s) noexcept {
    switch (s) {
    case Symbology::unknown: return "unknown";
    case Symbology::ean_upc: return "EAN-13/UPC-A";
    case Symbology::ean8: return "EAN-8";
    case Symbology::gs1_128: return "GS1-128";
    case Symbology::code128: return "Code 128";
    case Symbology::gs1_databar: return "GS1 DataBar";
    case Symbology::gs1_datamatrix: return "GS1 DataMatrix";
    case Symbology::datamatrix: return "Data Matrix";
    case Symbology::gs1_qr: return "GS1 QR Code";
    case Symbology::qr: return "QR Code";
    case Symbology::code39: return "Code 39";
    case Symbology::itf: return "ITF";
    case Symbology::codabar: return "Codabar";
    case Symbology::code93: return "Code 93";
    case Symbology::pdf417: return "PDF417";
    case Symbology::other: return "other";
    }
    return "unknown";
}

bool is_gs1_symbology(Symbology s) noexcept {
    return s == Symbology::gs1_128 || s == Symbology::gs1_databar || s == Symbology::gs1_datamatrix || s == Symbology::gs1_qr;
}

const char* scan_kind_name(ScanKind k) noexcept {
    switch (k) {
    case ScanKind::gtin: return "gtin";
    case ScanKind::gs1: return "gs1";
    case ScanKind::variable_measure: return "variable_measure";
    case ScanKind::plain: return "plain";
    }
    return "plain";
}

std::vector<VariableMeasureRules::Prefix> VariableMeasureRules::defaults() {
    std::vector<Prefix> out{{"02", MeasureValue::price, false}};
    for (char c = '0'; c <= '9'; ++c) out.push_back({std::string("2") + c, MeasureValue::price, false});
    return out;
}

void VariableMeasureRules::set(std::string_view prefix, MeasureValue value, bool price_check_digit) {
    if (prefix.size() != 2 || !is_all_digits(prefix))
        bad("variable-measure prefix must be two digits, got '" + std::string(prefix) + "'");
    for (Prefix& p : prefixes) {
        if (p.prefix == prefix) {
            p.value = value;
            p.price_check_digit = price_check_digit;
            return;
        }
    }
    prefixes.push_back({std::string(prefix), value, price_check_digit});
}

void VariableMeasureRules::remove(std::string_view prefix) {
    std::erase_if(prefixes, [&](const Prefix& p) { return p.prefix == prefix; });
}

const VariableMeasureRules::Prefix* VariableMeasureRules::find(std::string_view prefix) const noexcept {
    for (const Prefix& p : prefixes)
        if (p.prefix == prefix) return &p;
    return nullptr;
}

int price_check_digit5(std::string_view d) {
    if (d.size() != 5 || !is_all_digits(d)) bad("a price check needs 5 digits, got '" + std::string(d) + "'");
    constexpr std::array<int, 10> kFivePlus{0, 5, 1, 6, 2, 7, 3, 8, 4, 9};
    constexpr std::array<int, 10> kTwoMinus{0, 2, 4, 6, 8, 9, 1, 3, 5, 7};
    constexpr std::array<int, 10> kFiveMinus{0, 5, 9, 4, 8, 3, 7, 2, 6, 1};
    auto at = [&](std::size_t i) { return static_cast<std::size_t>(d[i] - '0'); };
    const int sum = kFivePlus[at(0)] + kTwoMinus[at(1)] + kFiveMinus[at(2)] + kFivePlus[at(3)] + kTwoMinus[at(4)];
    const int target = (10 - sum % 10) % 10;
    for (int k = 0; k < 10; ++k)
        if (kFiveMinus[static_cast<std::size_t>(k)] == target) return k;
    return 0;  // unreachable: kFiveMinus is a permutation of 0..9
}

void validate_plain_code(std::string_view code) {
    if (code.empty()) bad("empty code");
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c < 0x20 || c > 0x7e)
            bad("code contains " + shown_byte(c) + " at character " + std::to_string(i + 1) + " (only printable ASCII allowed)");
    }
    if (code.size() > 48) bad("code is " + std::to_string(code.size()) + " characters long (at most 48)");
    if (code.front() == ' ' || code.back() == ' ') bad("code '" + std::string(code) + "' starts or ends with a space");
}

ScanResult parse_scan(std::string_view raw, const VariableMeasureRules& rules) {
    while (!raw.empty() && (raw.back() == '\n' || raw.back() == '\r')) raw.remove_suffix(1);
    ScanResult r;
    std::size_t base = 1;
    if (raw.size() >= 3 && raw[0] == ']' && is_aim_letter(raw[1]) && is_aim_modifier(raw[2])) {
        const AimInfo info = classify_aim(raw[1], raw[2]);
        r.aim = std::string(raw.substr(0, 3));
        if (info.add_on)
            bad("EAN/UPC add-on codes (" + r.aim + ") are not supported: scan the code without the 2/5-digit add-on");
        r.symbology = info.symbology;
        raw.remove_prefix(3);
        base = 4;
    }
    r.data = std::string(raw);
    if (raw.empty()) bad("empty scan");

    if (is_gs1_symbology(r.symbology)) {
        // A GS (FNC1) after the last field ends nothing; some printers and scanners add one.
        const std::string_view body = raw.size() > 1 && raw.back() == kGs1Separator ? raw.substr(0, raw.size() - 1) : raw;
        r.ais = parse_gs1(body, base);
        apply_gs1(r);
        return r;
    }
    for (std::size_t i = 0; i < raw.size(); ++i)
        if (static_cast<unsigned char>(raw[i]) < 0x20 || raw[i] == 0x7f)
            bad("scan contains control character " + shown_byte(raw[i]) + " at character " + std::to_string(base + i));
    if (r.symbology != Symbology::ean_upc && r.symbology != Symbology::ean8 && is_web_uri(raw)) {
        for (std::size_t i = 0; i < raw.size(); ++i)
            if (static_cast<unsigned char>(raw[i]) > 0x7e)
                bad("web address contains " + shown_byte(raw[i]) + " at character " + std::to_string(base + i) +
                    " (only ASCII; other characters are percent-encoded)");
        r.ais = parse_digital_link(raw, base);
        r.digital_link = true;
        apply_gs1(r);
        return r;
    }
    if (r.symbology == Symbology::unknown && raw.size() > 4 && raw[0] == '(' && raw.find(')') != std::string_view::npos &&
        raw.find(')') <= 5 && is_all_digits(raw.substr(1, raw.find(')') - 1))) {
        r.ais = parse_gs1_hri(raw, base);
        apply_gs1(r);
        return r;
    }
    const bool digits = is_all_digits(raw);
    if (r.symbology == Symbology::ean_upc || r.symbology == Symbology::ean8) {
        if (!digits) bad(std::string(symbology_name(r.symbology)) + " scan must be digits only: '" + r.data + "'");
        if (r.symbology == Symbology::ean8 && raw.size() != 8) bad("EAN-8 scan must have 8 digits: '" + r.data + "'");
        if (r.symbology == Symbology::ean_upc && raw.size() != 6 && raw.size() != 8 && raw.size() != 12 && raw.size() != 13)
            bad("EAN/UPC scan must have 6, 8, 12 or 13 digits: '" + r.data + "'");
    } else if (!digits || !gtin_length(raw.size())) {
        validate_plain_code(raw);
        r.kind = ScanKind::plain;
        r.lookup_key = r.data;
        return r;
    }
    r.gtin = parse_gtin(raw, r.symbology == Symbology::ean8);
    r.kind = ScanKind::gtin;
    r.lookup_key = r.gtin->gtin14;
    apply_variable_measure(r, rules);
    return r;
}

std::string ScanResult::describe() const {
    std::string out = "symbology: ";
    out += symbology == Symbology::unknown ? "unknown (no AIM identifier)" : std::string(symbology_name(symbology)) + " (" + aim + ")";
    out += "\nkind: " + std::string(scan_kind_name(kind)) + "\n";
    if (digital_link) out += "GS1 Digital Link URI\n";
    if (kind == ScanKind::gs1) {
        for (const Gs1Element& e : ais) out += describe_gs1_element(e) + "\n";
        if (gtin) out += "GTIN-14: " + gtin->gtin14 + "\n";
        else out += "no GTIN (AI 01): not a product code\n";
    } else if (gtin) {
        out += gtin_label(gtin->form) + ": " + gtin->digits + " (check digit ok)\n";
        if (gtin->form == GtinForm::upc_e) out += "expands to UPC-A: " + gtin->expanded + "\n";
        out += "GTIN-14: " + gtin->gtin14 + "\n";
    } else {
        out += "code: " + data + "\n";
    }
    if (kind == ScanKind::variable_measure) {
        const std::string ean13 = gtin->gtin14.substr(1);
        out += "variable measure: prefix " + ean13.substr(0, 2) + ", item " + lookup_key.substr(2) + "\n";
    }
    if (price_minor) out += "price: " + std::to_string(*price_minor) + " (minor units)\n";
    if (weight_g) out += "weight: " + std::to_string(*weight_g) + " g\n";
    if (gs1_price) {
        out += "price: " + gs1_price->str();
        if (!gs1_price_currency.empty()) out += " (ISO 4217 currency " + gs1_price_currency + ")";
        out += "\n";
    }
    out += "lookup key: " + (lookup_key.empty() ? std::string("(none)") : lookup_key);
    return out;
}

std::string ScanResult::kept_ais_text() const {
    std::string out;
    for (const Gs1Element& e : ais) {
        if (e.ai == "01") continue;
        if (!out.empty()) out += "; ";
        out += describe_gs1_element(e);
    }
    return out;
}

}  // namespace pos
