#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/intents/intent_json.h"

using namespace pos;
using namespace pos::intent;

namespace {
const Currency& cny() { return currency("CNY"); }
const Currency& vnd() { return currency("VND"); }
}  // namespace

TEST_CASE("script lines parse into intents") {
    auto l = parse_script_line(R"({"op":"login","staff":"Wei","pin":"1234"})", cny());
    auto& login = std::get<Login>(l.intent);
    CHECK(login.staff == "Wei");
    CHECK(login.pin == "1234");
    CHECK(op_name(l.intent) == "login");

    auto t = parse_script_line(R"({"op":"tender","kind":"cash","amount":"100.50","tendered":"200","at":"2026-11-23T10:00:00"})", cny());
    auto& tender = std::get<AddTender>(t.intent);
    CHECK(tender.amount == 10050);
    CHECK(tender.tendered == 20000);
    CHECK(t.at == "2026-11-23T10:00:00");

    auto v = parse_script_line(R"({"op":"tender","kind":"card","amount":1500000,"reference":"A1"})", vnd());
    CHECK(std::get<AddTender>(v.intent).amount == 1500000);
    CHECK(std::get<AddTender>(v.intent).tendered == 1500000);
}

TEST_CASE("visits are referenced by id or alias") {
    auto a = parse_script_line(R"({"op":"signal","visit":"v1","code":"asks_price"})", cny());
    CHECK(std::get<RecordSignal>(a.intent).visit.alias == "v1");
    auto b = parse_script_line(R"({"op":"signal","visit":7,"code":"asks_price"})", cny());
    CHECK(std::get<RecordSignal>(b.intent).visit.id == 7);
}

TEST_CASE("discounts, approvals and expected errors") {
    auto l = parse_script_line(
        R"({"op":"line_discount","line":1,"percent":"12.5","approve":{"manager":"Olga","pin":"9999","reason":"regular"},"expect_error":"permission_denied"})",
        cny());
    auto& d = std::get<LineDiscount>(l.intent);
    CHECK(d.discount.percent);
    CHECK(d.discount.value == 1250);
    REQUIRE(d.approval);
    CHECK(d.approval->manager == "Olga");
    CHECK(l.expect_error == "permission_denied");
    auto o = parse_script_line(R"({"op":"order_discount","amount":"50"})", cny());
    CHECK_FALSE(std::get<OrderDiscount>(o.intent).discount.percent);
    CHECK(std::get<OrderDiscount>(o.intent).discount.value == 5000);
}

TEST_CASE("refund and close_day payloads") {
    auto r = parse_script_line(R"({"op":"refund","receipt":12,"lines":[{"line":2,"qty":1}],"tender":"card","reference":"X9"})", cny());
    auto& refund = std::get<Refund>(r.intent);
    CHECK(refund.receipt_no == 12);
    REQUIRE(refund.lines.size() == 1);
    CHECK(refund.lines[0].line == 2);
    auto c = parse_script_line(R"({"op":"close_day","date":"2026-11-23","counts":{"100.00":3,"0.50":4}})", cny());
    auto& close = std::get<CloseDay>(c.intent);
    CHECK(close.counts.at(10000) == 3);
    CHECK(close.counts.at(50) == 4);
}

TEST_CASE("print job answers") {
    auto r = parse_script_line(R"({"op":"print_retry","job":4})", cny());
    CHECK(std::get<RetryPrint>(r.intent).job_id == 4);
    CHECK(op_name(r.intent) == "print_retry");
    auto s = parse_script_line(R"({"op":"print_skip","job":5,"reason":"customer left"})", cny());
    CHECK(std::get<SkipPrint>(s.intent).reason == "customer left");
    CHECK_THROWS_AS(parse_script_line(R"({"op":"print_retry"})", cny()), Error);
}

TEST_CASE("bad lines name the key at fault") {
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"scna","code":"1"})", cny()), doctest::Contains("unknown op \"scna\""), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"add","sku":"A","qty":"two"})", cny()), doctest::Contains("\"qty\": expected an integer"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"tender","kind":"cash","amount":"1.005"})", cny()), doctest::Contains("too many decimals"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"tender","kind":"cash","amount":"1.5"})", vnd()), doctest::Contains("\"amount\""), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"closing","visit":"v","method":"m","result":"maybe"})", cny()), doctest::Contains("\"result\""), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"line_discount","line":1,"percent":"5","amount":"5"})", cny()), doctest::Contains("exactly one"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"([1,2])", cny()), doctest::Contains("JSON object"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"scan")", cny()), doctest::Contains("not valid JSON"), Error);
    CHECK_THROWS_WITH_AS(parse_script_line(R"({"op":"scan"})", cny()), doctest::Contains("\"code\": missing"), Error);
    CHECK_THROWS_AS(parse_script_line(R"({"op":"close_day","counts":{"-1":2}})", cny()), Error);
}
