#include "drivers/escpos/text_width.h"

#include "core/common/error.h"

#include <doctest/doctest.h>

using namespace pos::escpos;

TEST_CASE("display columns count CJK as 2 and combining marks as 0") {
    CHECK(display_columns("Sofa") == 4);
    CHECK(display_columns("沙发") == 4);
    CHECK(display_columns("Привет") == 6);
    CHECK(display_columns("e\xCC\x81") == 1);  // e + U+0301
    CHECK(display_columns("Cảm ơn") == 6);
    CHECK(display_columns("ＡＢ") == 4);  // full-width Latin
    CHECK(codepoint_columns(U'\u200D') == 0);
}

TEST_CASE("malformed UTF-8 is rejected with a readable error") {
    CHECK_THROWS_AS(decode_utf8("\xC3"), pos::Error);
    CHECK_THROWS_AS(decode_utf8("\xC0\xAF"), pos::Error);  // overlong '/'
    CHECK_THROWS_AS(decode_utf8("\xED\xA0\x80"), pos::Error);  // surrogate
    CHECK(decode_utf8("\xF0\x9F\x98\x80") == std::vector<char32_t>{0x1F600});
    CHECK(encode_utf8({0x6C99, 0x53D1}) == "沙发");
}

TEST_CASE("justify_row pads to the exact column count with wide characters") {
    auto r = justify_row("Sofa", "12.00", 48);
    REQUIRE(r.size() == 1);
    CHECK(r[0] == "Sofa" + std::string(39, ' ') + "12.00");
    auto c = justify_row("沙发", "99.00", 32);
    REQUIRE(c.size() == 1);
    CHECK(display_columns(c[0]) == 32);
    CHECK(c[0] == "沙发" + std::string(23, ' ') + "99.00");
}

TEST_CASE("justify_row moves the right text to a second line when both do not fit") {
    auto r = justify_row("Corner sofa with chaise", "1,299.00", 24);
    REQUIRE(r.size() == 2);
    CHECK(r[0] == "Corner sofa with chaise");
    CHECK(r[1] == std::string(16, ' ') + "1,299.00");
    // A wide character is never split at the column limit.
    CHECK(truncate_to_columns("ab沙发", 3) == "ab");
    CHECK(truncate_to_columns("ab沙发", 4) == "ab沙");
}
