// Order paperwork: the deposit receipt (order number, payment number, paid, balance due, the
// delivery), the final receipt when the balance is cleared, the refund of a cancelled order and
// the dispatch list, read back through the virtual printer; in Chinese (GB18030/Big5 text),
// Russian (CP866 text) and Vietnamese (raster).
#include <doctest/doctest.h>

#include "core/common/time.h"
#include "receipt/order_receipt.h"
#include "receipt/receipt_render.h"
#include "receipt/receipt_test_data.h"

using namespace pos;
using namespace receipt_test;

namespace {

Timestamp at(const char* local) { return *parse_local_datetime(local); }

service::OrderReceiptData deposit(Lang lang, const std::string& currency) {
    service::OrderReceiptData d;
    d.order.order_no = 42;
    d.order.customer_name = lang == Lang::ru   ? "Ольга Петрова"
                            : lang == Lang::vi ? "Trần Thị Mai"
                            : lang == Lang::en ? "Wang Fang"
                                               : "王芳";
    d.order.salesperson = "Lan";
    d.order.currency = currency;
    d.order.total = 1399800;
    d.order.tax_total = 161040;
    d.order.paid = 419940;
    d.order.due_day = "2026-12-18";
    d.order.window = "09:00-12:00";
    d.order.address = "12 Garden Road";
    const char* sofa = lang == Lang::ru      ? "Диван"
                       : lang == Lang::vi    ? "Ghế sofa"
                       : lang == Lang::zh_CN ? "沙发"
                       : lang == Lang::zh_TW ? "沙發"
                                             : "Sofa";
    d.order.lines.push_back({1, "SOFA-1", sofa, 2, 1399800, true, "Natuzzi", "week 51"});
    d.payment = {7, "deposit", "cash", 419940, 500000, at("2026-11-20T10:35:00"), "2026-11-20"};
    d.paid_before = 0;
    d.balance_after = 979860;
    d.cashier = "Wei";
    return d;
}

service::StoreSettings store(Lang lang) {
    service::StoreSettings s;
    s.store_name = "Lotus Home";
    s.lang = lang;
    return s;
}

struct Printed {
    Bytes bytes;
    std::string text;
    std::vector<std::string> events;
};

Printed print(const escpos::Document& doc, const std::string& profile_name, Lang lang) {
    const escpos::Profile& profile = escpos::find_profile(profile_name);
    Printed p;
    p.bytes = receipt::encode_receipt(doc, profile, lang);
    escpos::VirtualPrinter vp(profile, rasterizer());
    vp.feed(p.bytes);
    REQUIRE(vp.unknown_commands().empty());
    p.text = vp.text();
    p.events = vp.events();
    return p;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool pulsed(const std::vector<std::string>& events) {
    for (const std::string& e : events)
        if (e.rfind("drawer", 0) == 0) return true;
    return false;
}

}  // namespace

TEST_CASE("an English deposit receipt: order and payment numbers, this payment, the balance due and the delivery") {
    use_utc();
    const Printed p = print(receipt::order_payment_receipt(deposit(Lang::en, "CNY"), store(Lang::en), {48, true}), "epson-tm-t20",
                            Lang::en);
    INFO(p.text);
    CHECK(has(p.text, "DEPOSIT RECEIPT"));
    CHECK(has(p.text, "Order No.                                 000042\n"));
    CHECK(has(p.text, "Payment No.                              P000007\n"));
    CHECK(has(p.text, "Date                            2026-11-20 10:35\n"));
    CHECK(has(p.text, "Customer                               Wang Fang\n"));
    CHECK(has(p.text, "Sofa\n  2 x to order                         13,998.00\n"));
    CHECK(has(p.text, "  Natuzzi - week 51\n"));
    CHECK(has(p.text, "Order total CNY                        13,998.00\n"));
    CHECK(has(p.text, "Paid before                                 0.00\n"));
    CHECK(has(p.text, "  Cash                                  5,000.00\n"));
    CHECK(has(p.text, "  Change                                  800.60\n"));
    CHECK(has(p.text, "This payment\n4,199.40\n"));
    CHECK(has(p.text, "BALANCE DUE     9,798.60\n"));
    CHECK(has(p.text, "Delivery                  2026-12-18 09:00-12:00\n"));
    CHECK(has(p.text, "Address: 12 Garden Road\n"));
    CHECK(pulsed(p.events));
}

TEST_CASE("the payment that clears the balance prints as the final receipt; a refund of a cancelled order says so") {
    use_utc();
    auto d = deposit(Lang::en, "CNY");
    d.payment = {9, "balance", "card", 979860, 979860, at("2026-12-18T15:00:00"), "2026-12-18"};
    d.paid_before = 419940;
    d.balance_after = 0;
    const Printed fin = print(receipt::order_payment_receipt(d, store(Lang::en), {48, true}), "epson-tm-t20", Lang::en);
    CHECK(has(fin.text, "FINAL RECEIPT - PAID IN FULL"));
    CHECK(has(fin.text, "Paid in full"));
    CHECK_FALSE(has(fin.text, "BALANCE DUE"));
    CHECK_FALSE(pulsed(fin.events));  // card

    d.payment = {10, "refund", "cash", -419940, -419940, at("2026-11-21T11:00:00"), "2026-11-21"};
    d.balance_after = 1399800;
    const Printed back = print(receipt::order_payment_receipt(d, store(Lang::en), {48, true}), "epson-tm-t20", Lang::en);
    CHECK(has(back.text, "ORDER CANCELLED - REFUND"));
    CHECK(has(back.text, "-4,199.40"));
    CHECK_FALSE(has(back.text, "BALANCE DUE"));
}

TEST_CASE("deposit receipts print in Chinese and Russian as text and in Vietnamese as raster") {
    use_utc();
    const Printed zh = print(receipt::order_payment_receipt(deposit(Lang::zh_CN, "CNY"), store(Lang::zh_CN), {48, true}),
                             "xprinter-80", Lang::zh_CN);
    CHECK_FALSE(has_raster(zh.bytes));
    CHECK(has(zh.text, "订金收据"));
    CHECK(has(zh.text, "尚欠余额"));
    const Printed tw = print(receipt::order_payment_receipt(deposit(Lang::zh_TW, "TWD"), store(Lang::zh_TW), {48, true}),
                             "xprinter-80-big5", Lang::zh_TW);
    CHECK_FALSE(has_raster(tw.bytes));
    CHECK(has(tw.text, "訂金收據"));
    const Printed ru = print(receipt::order_payment_receipt(deposit(Lang::ru, "RUB"), store(Lang::ru), {48, true}), "epson-tm-t20",
                             Lang::ru);
    CHECK_FALSE(has_raster(ru.bytes));
    CHECK(has(ru.text, "КВИТАНЦИЯ О ПРЕДОПЛАТЕ"));
    CHECK(has(ru.text, "К ДОПЛАТЕ"));
    const Printed vi = print(receipt::order_payment_receipt(deposit(Lang::vi, "VND"), store(Lang::vi), {48, true}), "epson-tm-t88",
                             Lang::vi);
    CHECK(has_raster(vi.bytes));
}

TEST_CASE("the dispatch list: each order's window, customer, phone, address, goods and what is still due") {
    use_utc();
    auto d = deposit(Lang::en, "CNY");
    d.order.customer_phone = "+8613800138000";
    std::vector<service::OrderView> orders{d.order};
    const Printed p = print(receipt::dispatch_list(orders, "2026-12-18", store(Lang::en), {48, false}), "epson-tm-t20", Lang::en);
    INFO(p.text);
    CHECK(has(p.text, "DISPATCH LIST"));
    CHECK(has(p.text, "Order No. 000042                     09:00-12:00\n"));
    CHECK(has(p.text, "Phone                             +8613800138000\n"));
    CHECK(has(p.text, "BALANCE DUE CNY                         9,798.60\n"));
    const Printed none = print(receipt::dispatch_list({}, "2026-12-19", store(Lang::en), {48, false}), "epson-tm-t20", Lang::en);
    CHECK(has(none.text, "Nothing due this day"));
}
