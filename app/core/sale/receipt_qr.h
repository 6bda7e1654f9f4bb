#pragma once
// The receipt number as printed and as encoded in the receipt's QR code, so that scanning a
// receipt at the till finds the sale. Scheme: "POS-R:" followed by the receipt number padded
// with zeros to at least 6 digits, e.g. receipt 123 -> "POS-R:000123" (ASCII, QR byte mode).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pos::receipt {

inline constexpr std::string_view kReceiptQrPrefix = "POS-R:";

// "000123"; numbers above 999999 print in full. Throws Error(invalid_input) for n < 1.
std::string receipt_number_text(std::int64_t receipt_no);
// "POS-R:000123".
std::string receipt_qr_payload(std::int64_t receipt_no);
// The receipt number of a scanned payload; nullopt unless it is exactly prefix + 1..18 digits
// and the number is at least 1.
std::optional<std::int64_t> parse_receipt_qr(std::string_view scanned);

}  // namespace pos::receipt
