#include <doctest/doctest.h>

#include <string>

#include "core/codes/csv.h"

using namespace pos;

namespace {

std::string where(std::string_view text) {
    try {
        read_csv(text);
    } catch (const CsvError& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("CSV fields, quoting and positions") {
    const auto recs = read_csv("a,\"b,c\",\"say \"\"hi\"\"\"\nx,,z");
    REQUIRE(recs.size() == 2);
    REQUIRE(recs[0].size() == 3);
    CHECK(recs[0][0].text == "a");
    CHECK(recs[0][1].text == "b,c");
    CHECK(recs[0][1].quoted);
    CHECK(recs[0][1].column == 3);
    CHECK(recs[0][2].text == "say \"hi\"");
    CHECK(recs[0][2].column == 9);
    REQUIRE(recs[1].size() == 3);
    CHECK(recs[1][1].text.empty());
    CHECK(recs[1][1].line == 2);
    CHECK(recs[1][1].column == 3);
    CHECK(recs[1][2].column == 4);
}

TEST_CASE("CSV embedded newline, CRLF, BOM, final newline and trailing empty lines") {
    const auto recs = read_csv("\xEF\xBB\xBFsku,name\r\n1,\"two\r\nlines\"\r\n2,x\r\n\r\n\n");
    REQUIRE(recs.size() == 3);
    CHECK(recs[0][0].text == "sku");  // BOM skipped
    CHECK(recs[0][0].column == 1);
    CHECK(recs[1][1].text == "two\r\nlines");
    CHECK(recs[1][1].line == 2);
    CHECK(recs[2][0].text == "2");
    CHECK(recs[2][0].line == 4);  // the embedded line break counts as a line
    CHECK(read_csv("a,b").size() == 1);
    CHECK(read_csv("").empty());
    // An empty line in the middle is a record with one empty field.
    const auto mid = read_csv("a\n\nb\n");
    REQUIRE(mid.size() == 3);
    CHECK(mid[1].size() == 1);
    CHECK(mid[1][0].text.empty());
    // A trailing comma gives a final empty field.
    CHECK(read_csv("a,\n")[0].size() == 2);
}

TEST_CASE("CSV columns count UTF-8 code points") {
    const auto recs = read_csv("沙发,Диван,x\n");
    REQUIRE(recs[0].size() == 3);
    CHECK(recs[0][0].text == "沙发");
    CHECK(recs[0][1].column == 4);
    CHECK(recs[0][2].column == 10);
}

TEST_CASE("CSV syntax and encoding errors report line:column") {
    CHECK(where("a,b\nc,d\"e\n") == "2:4: quote inside an unquoted field (quote the whole field and double the quote)");
    CHECK(where("a,\"b\"x,c") == "1:6: text after closing quote");
    CHECK(where("a\n\"open,b\n") == "2:1: quoted field is not closed");
    CHECK(where("a,b\n\xC3\xA9t\xC3,x") == "2:3: invalid UTF-8 sequence (byte 0x2C is not a continuation byte)");
    CHECK(where("ok\n\xFFz") == "2:1: invalid UTF-8 byte 0xFF");
    CHECK(where("\xC0\xAF") == "1:1: invalid UTF-8 byte 0xC0");
    CHECK(where("x\xE0\x80\xAF") == "1:2: invalid UTF-8 (overlong encoding)");
    CHECK(where("\xED\xA0\x80") == "1:1: invalid UTF-8 (surrogate code point)");
    CHECK(where("ab\xE6\xB2") == "1:3: truncated UTF-8 sequence");
    CHECK(where("a\rb") == "1:2: carriage return without line feed");
    CHECK(where("\"a\rb\"") == "no error");  // a lone CR inside quotes is data
    CHECK_THROWS_AS(read_csv("\"x"), Error);  // CsvError is a pos::Error
}

TEST_CASE("CSV writer quotes only when needed and round-trips") {
    CHECK(csv_field("plain") == "plain");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("two\nlines") == "\"two\nlines\"");
    CHECK(csv_field("") == "");
    CHECK(csv_record({"a", "b,c", ""}) == "a,\"b,c\",\n");
    const std::vector<std::string> fields{"x", "\"q\"", "l1\r\nl2", "沙发, 3"};
    const auto back = read_csv(csv_record(fields) + csv_record(fields));
    REQUIRE(back.size() == 2);
    for (const auto& rec : back) {
        REQUIRE(rec.size() == fields.size());
        for (std::size_t k = 0; k < fields.size(); ++k) CHECK(rec[k].text == fields[k]);
    }
    CHECK(back[1][0].line == 3);
}
