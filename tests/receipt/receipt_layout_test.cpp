// Receipt layout: exact printed lines of a hand-made sale, its refund, a copy and a gift
// receipt, read back through the virtual printer (epson-tm-t20, 48 columns, English).
#include <doctest/doctest.h>

#include "drivers/escpos/text_width.h"
#include "receipt/receipt_format.h"
#include "receipt/receipt_test_data.h"

using namespace pos;
using namespace receipt_test;

namespace {

struct Printed {
    Bytes bytes;
    std::string text;
    std::vector<std::string> events;
    std::vector<std::string> qr;
};

Printed print(const escpos::Document& doc, const std::string& profile_name = "epson-tm-t20") {
    const escpos::Profile& profile = escpos::find_profile(profile_name);
    Printed p;
    p.bytes = escpos::encode(doc, profile, &rasterizer());
    escpos::VirtualPrinter vp(profile, rasterizer());
    vp.feed(p.bytes);
    REQUIRE(vp.unknown_commands().empty());
    p.text = vp.text();
    p.events = vp.events();
    p.qr = vp.qr_codes();
    return p;
}

receipt::ReceiptOptions tm_t20(bool copy = false) {
    return receipt::receipt_options_for(escpos::find_profile("epson-tm-t20"), copy);
}

}  // namespace

TEST_CASE("an English sale prints these exact lines") {
    use_utc();
    const Printed p = print(receipt::sale_receipt(english_sale(), tm_t20()));
    CHECK(p.text == R"(Lotus Home
12 Garden Road, Suzhou
================================================
Receipt No.                               000123
Date                            2026-11-20 10:35
Served by                                    Lan
Cashier                                      Wei
------------------------------------------------
Sofa Milano 3-seater, oak legs, grey linen
  1 x 6,999.00                          6,999.00
  discount 15%                         -1,049.85
Table lamp
  2 x 299.00                              598.00
Delivery                                  150.00
  price override (was 200.00)
------------------------------------------------
Subtotal                                7,747.00
Discounts                              -1,049.85
TOTAL CNY       6,697.15
------------------------------------------------
Tax rate                     Net             Tax
6.00%                     141.51            8.49
13.00%                  5,793.93          753.22
TOTAL                   5,935.44          761.71
------------------------------------------------
Card **2345                             5,000.00
Cash                                    2,000.00
Change                                    302.85
================================================
Returns within 14 days
Thank you!
POS-R:000123
Scan this code for returns
)");
    CHECK(p.qr == std::vector<std::string>{"POS-R:000123"});
}

TEST_CASE("the tax table rows add up to the total") {
    use_utc();
    const receipt::ReceiptData d = english_sale();
    Minor sum = 0, tax = 0;
    for (const auto& t : d.sale.taxes) sum += t.base + t.tax, tax += t.tax;
    CHECK(sum == d.sale.total);
    CHECK(tax == d.sale.tax_total);
    const Printed p = print(receipt::sale_receipt(d, tm_t20()));
    CHECK(p.text.find("Tax rate                     Net             Tax\n") != std::string::npos);
    CHECK(p.text.find("6.00%                     141.51            8.49\n") != std::string::npos);
    CHECK(p.text.find("13.00%                  5,793.93          753.22\n") != std::string::npos);
    CHECK(p.text.find("TOTAL                   5,935.44          761.71\n") != std::string::npos);
    // 5,935.44 + 761.71 = 6,697.15, the total printed in double size.
    CHECK(p.text.find("TOTAL CNY       6,697.15\n") != std::string::npos);
}

TEST_CASE("a refund prints as REFUND of the original receipt with positive amounts") {
    use_utc();
    const Printed p = print(receipt::sale_receipt(english_refund(), tm_t20()));
    CHECK(p.text.find("*** REFUND ***\n") != std::string::npos);
    CHECK(p.text.find("REFUND of receipt 000123\n") != std::string::npos);
    CHECK(p.text.find("Receipt No.                               000124\n") != std::string::npos);
    CHECK(p.text.find("Table lamp                                299.00\n") != std::string::npos);
    CHECK(p.text.find("REFUNDED CNY      299.00\n") != std::string::npos);
    CHECK(p.text.find("13.00%                    264.60           34.40\n") != std::string::npos);
    CHECK(p.text.find("Cash                                      299.00\n") != std::string::npos);
    CHECK(p.text.find(" -") == std::string::npos);  // no negative figure
    CHECK(p.text.find("Change") == std::string::npos);
    CHECK(p.qr == std::vector<std::string>{"POS-R:000124"});
    // Cash goes back out of the drawer.
    CHECK(p.events == std::vector<std::string>{"drawer pulse pin 2 on 100 ms off 100 ms", "cut partial"});
}

TEST_CASE("a copy is marked COPY and does not open the drawer") {
    use_utc();
    const Printed original = print(receipt::sale_receipt(english_sale(), tm_t20()));
    CHECK(original.events == std::vector<std::string>{"drawer pulse pin 2 on 100 ms off 100 ms", "cut partial"});
    CHECK(original.text.find("COPY") == std::string::npos);
    const Printed copy = print(receipt::sale_receipt(english_sale(), tm_t20(true)));
    const auto first = copy.text.find("*** COPY ***\n");
    REQUIRE(first != std::string::npos);
    CHECK(copy.text.find("*** COPY ***\n", first + 1) != std::string::npos);  // at the top and the bottom
    CHECK(copy.events == std::vector<std::string>{"cut partial"});
}

TEST_CASE("a card-only sale does not pulse the drawer, nor a profile without a drawer port") {
    use_utc();
    receipt::ReceiptData d = english_sale();
    d.sale.payments = {{"card", 669715, 669715, "998877665544"}};
    d.sale.change_given = 0;
    const Printed p = print(receipt::sale_receipt(d, tm_t20()));
    CHECK(p.events == std::vector<std::string>{"cut partial"});
    CHECK(p.text.find("Card ********5544                       6,697.15\n") != std::string::npos);
    receipt::ReceiptOptions no_drawer = tm_t20();
    no_drawer.open_drawer = false;
    CHECK(print(receipt::sale_receipt(english_sale(), no_drawer)).events == std::vector<std::string>{"cut partial"});
}

TEST_CASE("an order discount shows its share on each line and in the discounts total") {
    use_utc();
    receipt::ReceiptData d = english_sale();
    d.sale.lines[1].order_discount = 2990;  // 5% order discount on the lamps only, for the test
    d.sale.lines[1].payable -= 2990;
    d.sale.discount_total += 2990;
    d.sale.total -= 2990;
    const Printed p = print(receipt::sale_receipt(d, tm_t20()));
    CHECK(p.text.find("  2 x 299.00                              598.00\n"
                      "  order discount                          -29.90\n") != std::string::npos);
    CHECK(p.text.find("Discounts                              -1,079.75\n") != std::string::npos);
    CHECK(p.text.find("TOTAL CNY       6,667.25\n") != std::string::npos);
}

TEST_CASE("a gift receipt lists items and quantities without any amount") {
    use_utc();
    const Printed p = print(receipt::gift_receipt(english_sale(), tm_t20()));
    CHECK(p.text.find("*** GIFT RECEIPT ***\n") != std::string::npos);
    CHECK(p.text.find("Item                                         Qty\n") != std::string::npos);
    CHECK(p.text.find("Table lamp                                     2\n") != std::string::npos);
    CHECK(p.text.find("Delivery                                       1\n") != std::string::npos);
    for (const std::string amount : {"6,999.00", "299.00", "598.00", "150.00", "200.00", "6,697.15", "1,049.85", "TOTAL", "Change", "Card **"})
        CHECK_MESSAGE(p.text.find(amount) == std::string::npos, amount);
    CHECK(p.qr == std::vector<std::string>{"POS-R:000123"});
    CHECK(p.events == std::vector<std::string>{"cut partial"});
    CHECK_THROWS_AS(receipt::gift_receipt(english_refund(), tm_t20()), Error);
}

TEST_CASE("a 58 mm receipt keeps every line within 32 columns and draws the QR as an image") {
    use_utc();
    const escpos::Profile& g58 = escpos::find_profile("generic-58");
    const Printed p = print(receipt::sale_receipt(english_sale(), receipt::receipt_options_for(g58)), "generic-58");
    std::size_t start = 0;
    int lines = 0;
    while (start < p.text.size()) {
        const auto end = p.text.find('\n', start);
        CHECK_MESSAGE(escpos::display_columns(p.text.substr(start, end - start)) <= 32, p.text.substr(start, end - start));
        start = end + 1;
        ++lines;
    }
    CHECK(lines > 25);
    CHECK(p.text.find("Table lamp\n  2 x 299.00              598.00\n") != std::string::npos);
    CHECK(p.text.find("TOTAL CNY\n") != std::string::npos);  // does not fit 16 double columns with room
    CHECK(p.qr.empty());                                      // no native QR: sent as GS v 0
    CHECK(has_raster(p.bytes));
}
