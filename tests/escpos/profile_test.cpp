#include "drivers/escpos/profile.h"

#include "core/common/error.h"

#include <doctest/doctest.h>

using namespace pos::escpos;

TEST_CASE("built-in profiles can be listed and found by name") {
    const auto names = profile_names();
    CHECK(names == std::vector<std::string>{"epson-tm-t20", "epson-tm-t88", "xprinter-80", "xprinter-80-big5",
                                            "generic-58"});
    const Profile& t20 = find_profile("epson-tm-t20");
    CHECK(t20.paper_dots == 576);
    CHECK(t20.columns_a == 48);
    CHECK(t20.columns_b == 64);
    CHECK(t20.native_qr);
    CHECK(t20.cjk == CjkEncoding::none);
    REQUIRE(t20.page_by_name("cp866") != nullptr);
    CHECK(t20.page_by_name("cp866")->esc_t == 0x11);
    CHECK(t20.page_by_name("wpc1251")->esc_t == 0x2E);
    CHECK(t20.page_by_name("wpc1258")->esc_t == 0x34);

    const Profile& xp = find_profile("xprinter-80");
    CHECK(xp.cjk == CjkEncoding::gb18030);
    CHECK(xp.starts_in_kanji);
    CHECK(xp.page_by_name("wpc1251")->esc_t == 0x49);
    CHECK(xp.page_by_name("wpc1258")->esc_t == 0x5E);
    CHECK(find_profile("xprinter-80-big5").cjk == CjkEncoding::big5);

    const Profile& g58 = find_profile("generic-58");
    CHECK(g58.paper_dots == 384);
    CHECK(g58.columns_a == 32);
    CHECK(g58.columns_b == 42);
    CHECK_FALSE(g58.native_qr);
    CHECK_FALSE(g58.cutter);
}

TEST_CASE("unknown profile names fail with the list of known ones") {
    try {
        (void)find_profile("tm-t1000");
        FAIL("expected an error");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::not_found);
        CHECK(std::string(e.what()).find("epson-tm-t20") != std::string::npos);
    }
    CHECK_THROWS_AS(iconv_name_for_page("cp999"), pos::Error);
}
