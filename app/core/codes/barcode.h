#pragma once
// Parsing a code as a scanner delivers it: optional AIM symbology identifier ("]E0"), then a GTIN,
// a GS1 element string (after ]C1, ]e0, ]d2, ]Q3, or in parentheses), a GS1 Digital Link URI (any
// http(s):// address, e.g. from a QR code "]Q1https://id.gs1.org/01/..."), an in-store variable-measure
// EAN-13 (prefix 02, 20-29) or a plain internal code (e.g. "SOFA-001"). The result carries the key used
// to find the product:
//   gtin              the GTIN-14 ("04006381333931")
//   gs1               the GTIN-14 of AI (01); empty when the code has no AI (01) (e.g. an SSCC label)
//   variable_measure  the first 7 digits of the EAN-13 view, i.e. prefix + 5-digit item code
//                     ("2012345"; "0212345" for a UPC-A "212345..."); with a price check digit the
//                     item code has 4 digits and the key 6 ("201234"). Catalog such items under that key.
//   plain             the code text itself
// Rules applied to every symbology: a code of 8, 12, 13 or 14 digits is a GTIN and must carry a correct
// check digit (a wrong one is reported, not treated as a plain code).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/codes/gs1.h"
#include "core/codes/gtin.h"
#include "core/common/types.h"

namespace pos {

enum class Symbology {
    unknown,         // no AIM identifier
    ean_upc,         // ]E0  EAN-13, UPC-A, UPC-E
    ean8,            // ]E4
    gs1_128,         // ]C1
    code128,         // ]C0 (and other ]C modifiers)
    gs1_databar,     // ]e0
    gs1_datamatrix,  // ]d2
    datamatrix,      // ]d1 ...
    gs1_qr,          // ]Q3
    qr,              // ]Q1 ...
    code39,          // ]A*
    itf,             // ]I*
    codabar,         // ]F*
    code93,          // ]G*
    pdf417,          // ]L*
    other,           // any other well-formed ]cm
};

// "EAN-13/UPC-A", "GS1-128", "Code 39", ...
const char* symbology_name(Symbology s) noexcept;
bool is_gs1_symbology(Symbology s) noexcept;

enum class ScanKind { gtin, gs1, variable_measure, plain };
const char* scan_kind_name(ScanKind k) noexcept;

enum class MeasureValue { price, weight };

// In-store variable-measure EAN-13 layout: PP IIIII VVVVV C (prefix, item, value, check), or with a
// price check digit PP IIII K VVVVV C (K per GS1 5-digit price check). Price values are minor units
// of the store currency, weights are grams. Default: prefixes 02 and 20-29, all price, no price check.
struct VariableMeasureRules {
    struct Prefix {
        std::string prefix;  // two digits
        MeasureValue value = MeasureValue::price;
        bool price_check_digit = false;
    };
    std::vector<Prefix> prefixes = defaults();

    static std::vector<Prefix> defaults();
    // Adds or replaces the rule for a two-digit prefix. Throws Error(invalid_input) on a bad prefix.
    void set(std::string_view prefix, MeasureValue value, bool price_check_digit = false);
    // Stops treating the prefix as variable measure (codes with it become ordinary GTINs).
    void remove(std::string_view prefix);
    const Prefix* find(std::string_view prefix) const noexcept;
};

// GS1 check digit of a 5-digit price field (weights 5+, 2-, 5-, 5+, 2-). Throws on non-digits.
int price_check_digit5(std::string_view five_digits);

struct ScanResult {
    Symbology symbology = Symbology::unknown;
    std::string aim;   // "]E0", or empty
    std::string data;  // the code without AIM prefix and CR/LF
    ScanKind kind = ScanKind::plain;
    std::string lookup_key;
    std::optional<Gtin> gtin;         // gtin and variable_measure kinds; GS1 AI (01) as GTIN-14
    std::vector<Gs1Element> ais;      // gs1 kind, in scan order
    std::optional<Minor> price_minor; // variable-measure price
    std::optional<std::int64_t> weight_g;  // variable-measure weight, or GS1 (310n) net kg -> grams (half up)
    std::optional<Gs1Decimal> gs1_price;   // GS1 (392n)/(393n) price
    std::string gs1_price_currency;        // ISO 4217 numeric code from (393n), else empty
    bool digital_link = false;             // gs1 kind read from a GS1 Digital Link URI

    // Multi-line English explanation for `showroom-pos barcode`.
    std::string describe() const;
    // The GS1 AIs kept with the scan besides the GTIN, one "AI (17) expiry: 2026-12-31" each, joined by
    // "; " (e.g. for the message of a scan that added a line); "" when there are none.
    std::string kept_ais_text() const;
};

// Parses one scan. Trailing CR/LF are stripped, and one GS (FNC1) after the last field of a GS1 element
// string. Throws Error(invalid_input) with a readable reason: bad check digit, EAN/UPC add-on
// (]E1/]E2/]E3) not supported, GS1 errors (AI + character), AIs that must not appear together
// (gs1_rules.h), a Digital Link URI without /01/{GTIN}, a control character, a plain code longer than
// 48 characters, an empty scan.
ScanResult parse_scan(std::string_view raw, const VariableMeasureRules& rules = {});

// Validates a plain (non-GTIN) code: printable ASCII, 1..48 characters, no leading/trailing space.
// Throws Error(invalid_input).
void validate_plain_code(std::string_view code);

}  // namespace pos
