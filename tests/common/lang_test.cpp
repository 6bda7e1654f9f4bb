#include <doctest/doctest.h>

#include "core/common/lang.h"

using namespace pos;

TEST_CASE("language codes parse in common spellings") {
    CHECK(parse_lang("zh_CN") == Lang::zh_CN);
    CHECK(parse_lang("zh-tw") == Lang::zh_TW);
    CHECK(parse_lang("RU") == Lang::ru);
    CHECK_FALSE(parse_lang("fr"));
    CHECK_FALSE(parse_lang(""));
    for (Lang l : all_langs) CHECK(parse_lang(lang_code(l)) == l);
}
