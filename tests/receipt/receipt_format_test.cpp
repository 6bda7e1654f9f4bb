// Receipt helpers: amounts without currency symbols, masked references, QR payloads, labels.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "receipt/receipt_format.h"
#include "receipt/receipt_labels.h"
#include "core/sale/receipt_qr.h"

using namespace pos;
using namespace pos::receipt;

TEST_CASE("amounts print grouped in the language's style without a currency symbol") {
    CHECK(plain_amount(123450, currency("CNY"), Lang::en) == "1,234.50");
    CHECK(plain_amount(-123450, currency("CNY"), Lang::zh_CN) == "-1,234.50");
    CHECK(plain_amount(123450, currency("TWD"), Lang::zh_TW) == "1,234.50");
    CHECK(plain_amount(123450, currency("RUB"), Lang::ru) == "1\u00A0234,50");
    CHECK(plain_amount(1234500, currency("VND"), Lang::vi) == "1.234.500");
    CHECK(plain_amount(0, currency("VND"), Lang::vi) == "0");
}

TEST_CASE("references are masked except the last four characters") {
    CHECK(mask_reference("A12345") == "**2345");
    CHECK(mask_reference("4111111111111111") == "************1111");
    CHECK(mask_reference("1234") == "1234");
    CHECK(mask_reference("") == "");
}

TEST_CASE("percentages drop trailing zeros") {
    CHECK(percent_text(1500, Lang::en) == "15%");
    CHECK(percent_text(1250, Lang::zh_CN) == "12.5%");
    CHECK(percent_text(1250, Lang::ru) == "12,5%");
    CHECK(percent_text(825, Lang::vi) == "8,25%");
    CHECK(percent_text(5, Lang::en) == "0.05%");
    CHECK(rate_text(1300, Lang::en) == "13.00%");
    CHECK(rate_text(1000, Lang::ru) == "10,00%");
}

TEST_CASE("table fields right-align two figures in thirds of the width") {
    CHECK(table_fields("Net", "Tax", 48) == "             Net             Tax");
    CHECK(table_fields("141.51", "8.49", 32) == "    141.51      8.49");
}

TEST_CASE("long texts wrap at spaces, inside over-long words and between CJK characters") {
    CHECK(wrap_text("Sofa Milano 3-seater, oak legs, grey linen", 20) == "Sofa Milano\n3-seater, oak legs,\ngrey linen");
    CHECK(wrap_text("米兰三人沙发（橡木腿，灰色亚麻）", 10) == "米兰三人沙\n发（橡木腿\n，灰色亚麻\n）");
    CHECK(wrap_text("ABCDEFGHIJKL xy", 5) == "ABCDE\nFGHIJ\nKL xy");
    CHECK(wrap_text("short", 32) == "short");
    CHECK(wrap_text("", 32) == "");
}

TEST_CASE("the receipt QR payload round-trips and rejects anything else") {
    CHECK(receipt_qr_payload(123) == "POS-R:000123");
    CHECK(receipt_qr_payload(1234567) == "POS-R:1234567");
    CHECK(receipt_number_text(1) == "000001");
    CHECK(parse_receipt_qr("POS-R:000123") == 123);
    CHECK(parse_receipt_qr(receipt_qr_payload(987654321)) == 987654321);
    CHECK_FALSE(parse_receipt_qr("POS-R:").has_value());
    CHECK_FALSE(parse_receipt_qr("POS-R:000000").has_value());
    CHECK_FALSE(parse_receipt_qr("POS-R:12a").has_value());
    CHECK_FALSE(parse_receipt_qr("POS-R:-5").has_value());
    CHECK_FALSE(parse_receipt_qr("6901234567892").has_value());
    CHECK_FALSE(parse_receipt_qr("POS-R:1234567890123456789").has_value());
    CHECK_THROWS_AS(receipt_number_text(0), Error);
}

TEST_CASE("every language has its own receipt words") {
    CHECK(receipt_labels(Lang::en).total == "TOTAL");
    CHECK(receipt_labels(Lang::zh_CN).total == "合计");
    CHECK(receipt_labels(Lang::zh_TW).total == "合計");
    CHECK(receipt_labels(Lang::ru).total == "ИТОГО");
    CHECK(receipt_labels(Lang::vi).total == "TỔNG CỘNG");
    CHECK(receipt_labels(Lang::zh_TW).cashier == "收銀員");
    CHECK(z_report_labels(Lang::ru).title == "Z-ОТЧЁТ");
    CHECK(tender_label(receipt_labels(Lang::ru), "cash") == "Наличные");
    CHECK(tender_label(receipt_labels(Lang::vi), "voucher") == "Phiếu mua hàng");
    CHECK(tender_label(receipt_labels(Lang::en), "crypto") == "crypto");
    for (Lang l : all_langs) {
        const ReceiptLabels& r = receipt_labels(l);
        for (std::string_view w : {r.receipt_no, r.copy, r.refund_of, r.cashier, r.staff, r.subtotal, r.discount, r.tax,
                                   r.total, r.cash, r.card, r.voucher, r.change, r.gift_receipt, r.thank_you})
            CHECK_FALSE(w.empty());
        if (l != Lang::en) CHECK(r.thank_you != receipt_labels(Lang::en).thank_you);
    }
}
