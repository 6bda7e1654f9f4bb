#pragma once
// 1-D barcode rules: data validation and check digits (used by the encoder) and the module
// patterns from the standard EAN/UPC and Code 128 tables (used by the virtual printer to draw
// bars). A module vector holds one bool per module, true = bar.
#include <string>
#include <string_view>
#include <vector>

namespace pos::escpos {

// Modulo-10 check digit for EAN-13/EAN-8/UPC-A data without the check digit.
int ean_check_digit(std::string_view digits);
// Validates 11/12 (UPC-A), 7/8 (EAN-8) or 12/13 (EAN-13) digits and returns the full code with
// check digit; throws pos::Error(invalid_input) on a wrong length, non-digit or wrong check digit.
std::string complete_ean(std::string_view digits, std::size_t full_length, const char* name);

std::vector<bool> ean13_modules(std::string_view code13);  // 95 modules
std::vector<bool> ean8_modules(std::string_view code8);    // 67 modules
// Code 128 from ESC/POS GS k data: "{A", "{B", "{C" select the code set, "{1" is FNC1, "{{" a
// literal '{'. Throws invalid_input on data the code set cannot carry.
std::vector<bool> code128_modules(std::string_view escpos_data);

}  // namespace pos::escpos
