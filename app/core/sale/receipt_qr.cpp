#include "core/sale/receipt_qr.h"

#include "core/common/error.h"

namespace pos::receipt {

std::string receipt_number_text(std::int64_t receipt_no) {
    if (receipt_no < 1) throw Error(Errc::invalid_input, "receipt number must be at least 1, not " + std::to_string(receipt_no));
    std::string digits = std::to_string(receipt_no);
    if (digits.size() < 6) digits.insert(0, 6 - digits.size(), '0');
    return digits;
}

std::string receipt_qr_payload(std::int64_t receipt_no) {
    return std::string(kReceiptQrPrefix) + receipt_number_text(receipt_no);
}

std::optional<std::int64_t> parse_receipt_qr(std::string_view scanned) {
    if (scanned.substr(0, kReceiptQrPrefix.size()) != kReceiptQrPrefix) return std::nullopt;
    const std::string_view digits = scanned.substr(kReceiptQrPrefix.size());
    if (digits.empty() || digits.size() > 18) return std::nullopt;
    std::int64_t n = 0;
    for (char c : digits) {
        if (c < '0' || c > '9') return std::nullopt;
        n = n * 10 + (c - '0');
    }
    if (n < 1) return std::nullopt;
    return n;
}

}  // namespace pos::receipt
