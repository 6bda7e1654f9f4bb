#pragma once
// GTIN (EAN-8, UPC-E, UPC-A, EAN-13, GTIN-14): the GS1 mod-10 check digit, UPC-E expansion and the
// canonical 14-digit lookup key. Every GTIN is stored and looked up as its GTIN-14 (left-padded with
// zeros), so an EAN-13 and the same code scanned as GTIN-14 find the same product.
#include <optional>
#include <string>
#include <string_view>

namespace pos {

enum class GtinForm { upc_e, ean8, upc_a, ean13, gtin14 };

// "UPC-E", "EAN-8", "UPC-A", "EAN-13", "GTIN-14".
const char* gtin_form_name(GtinForm f) noexcept;

struct Gtin {
    std::string digits;  // as given (UPC-E: 8 digits, a 6-digit UPC-E body gets number system 0 and its check digit)
    GtinForm form;
    std::string expanded;  // UPC-E only: the 12-digit UPC-A it stands for; empty otherwise
    std::string gtin14;    // canonical key
};

bool is_all_digits(std::string_view s) noexcept;

// Check digit (0..9) for the digits before it: weights 3,1,3,... from the rightmost digit.
// Throws Error(invalid_input) when body is empty or holds a non-digit.
int gtin_check_digit(std::string_view body);

// True when the last digit of `digits` is the correct check digit of the ones before it.
bool gtin_check_ok(std::string_view digits);

// UPC-E to UPC-A by the last data digit (0-2, 3, 4, 5-9). Accepts 8 digits (number system 0 or 1,
// six data digits, check digit: the check digit is NOT verified here) or 6 data digits (number
// system 0). Returns the 12-digit UPC-A with its computed check digit. Throws Error(invalid_input).
std::string expand_upce(std::string_view upce);

// Interprets a digit string as a GTIN and validates its check digit:
//   6 digits        UPC-E data digits, number system 0, check digit computed (nothing to validate)
//   8 digits 0/1..  UPC-E (number system 0 or 1) -- unless ean8_only is set
//   8 digits        EAN-8
//   12 / 13 / 14    UPC-A / EAN-13 / GTIN-14
// Throws Error(invalid_input) with e.g. "bad check digit in 4006381333932: expected 1".
Gtin parse_gtin(std::string_view digits, bool ean8_only = false);

// Same as parse_gtin(digits).gtin14, but nullopt instead of an error.
std::optional<std::string> normalize_gtin(std::string_view digits);

// The shortest standard form of a GTIN-14 key that normalises back to the same key: 8 digits
// (EAN-8, never starting with 0/1 since those read as UPC-E), else 12 (UPC-A), else 13, else 14.
// A string that is not a valid GTIN-14 is returned unchanged.
std::string gtin_short_form(std::string_view gtin14);

}  // namespace pos
