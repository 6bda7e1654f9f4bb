#include <doctest/doctest.h>

#include "core/common/error.h"
#include "ui/po_parser.h"

using pos::ui::parse_po;

TEST_CASE("po parser reads entries, multi-line strings, escapes and comments") {
    const char* po = R"po(# translator comment
msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\n"

#: app/ui/login_screen.cpp:12
msgid "Log in"
msgstr "登录"

msgid ""
"Two "
"lines"
msgstr "Две\n"
"строки \"в кавычках\" \\ и\tтаб"
# no blank line before the next entry
msgid "Done"
msgstr "Xong"
)po";
    const auto catalog = parse_po(po, "t.po");
    CHECK(catalog.size() == 3);
    CHECK(catalog.at("Log in") == "登录");
    CHECK(catalog.at("Two lines") == "Две\nстроки \"в кавычках\" \\ и\tтаб");
    CHECK(catalog.at("Done") == "Xong");
}

TEST_CASE("po parser skips fuzzy and empty translations") {
    const char* po = "#, fuzzy\nmsgid \"A\"\nmsgstr \"a\"\n\nmsgid \"B\"\nmsgstr \"\"\n\nmsgid \"C\"\r\nmsgstr \"c\"\r\n";
    const auto catalog = parse_po(po);
    CHECK(catalog.count("A") == 0);
    CHECK(catalog.count("B") == 0);
    CHECK(catalog.at("C") == "c");
}

TEST_CASE("po parser reports malformed input with the line") {
    auto message = [](const char* text) {
        try {
            parse_po(text, "bad.po");
        } catch (const pos::Error& e) {
            CHECK(e.code() == pos::Errc::invalid_input);
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message("msgid \"A\"\nmsgstr \"a\\q\"\n") == "bad.po line 2: unknown escape \\q");
    CHECK(message("msgid \"A\"\n\nmsgid \"B\"\nmsgstr \"b\"\n") == "bad.po line 2: msgid \"A\" has no msgstr");
    CHECK(message("msgstr \"x\"\n") == "bad.po line 1: msgstr without a msgid before it");
    CHECK(message("msgid \"A\"\nmsgid_plural \"As\"\n") == "bad.po line 2: plural forms are not supported");
    CHECK(message("\n\nmsgid \"A\nmsgstr \"a\"\n") == "bad.po line 3: expected a string in double quotes");
    CHECK(message("msgid \"A\"\nmsgstr \"a\"\n\nmsgid \"A\"\nmsgstr \"b\"\n") == "bad.po line 5: duplicate msgid \"A\"");
    CHECK(message("\"orphan\"\n") == "bad.po line 1: text without a msgid or msgstr before it");
}
