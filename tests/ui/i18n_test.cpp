#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "core/common/error.h"
#include "core/customer/follow_up.h"
#include "core/order/order.h"
#include "core/sale/tender_kind.h"
#include "ui/headless.h"
#include "ui/i18n.h"
#include "ui/po_parser.h"

namespace {

// Every tr("...") literal in the UI sources (views and the app shell): the strings the .po
// files must translate.
std::vector<std::string> ui_source_msgids() {
    const std::filesystem::path app = std::filesystem::path(POS_TESTS_DIR) / ".." / "app";
    const std::regex call(R"re(\btr\("((?:[^"\\]|\\.)*)"\))re");
    std::set<std::string> ids;
    for (const auto& root : {app / "ui", app / "gui"})
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        const auto ext = entry.path().extension();
        if (ext != ".cpp" && ext != ".h") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string s = text.str();
        for (std::sregex_iterator it(s.begin(), s.end(), call), end; it != end; ++it) ids.insert((*it)[1].str());
    }
    // Labels the views take from the core's kind tables (tr(k.label_msgid)).
    for (const pos::TenderKindInfo& k : pos::tender_kinds) {
        ids.insert(k.label_msgid);
        if (k.reference_msgid != nullptr) ids.insert(k.reference_msgid);
    }
    for (const pos::OrderStateInfo& s : pos::order_states) ids.insert(s.label_msgid);  // the orders screen's states
    for (const pos::FollowUpResultInfo& r : pos::follow_up_results) ids.insert(r.label_msgid);  // the one-tap results
    return {ids.begin(), ids.end()};
}

}  // namespace

TEST_CASE("every UI string is translated in every language, and no translation is stale") {
    const auto ids = ui_source_msgids();
    REQUIRE(ids.size() >= 13);  // the login screen, keypad and keyboard strings at least
    const pos::ui::I18n& i18n = pos::test::test_i18n();
    const std::set<std::string> id_set(ids.begin(), ids.end());
    for (pos::Lang lang : pos::all_langs) {
        CAPTURE(pos::lang_code(lang));
        std::string missing;
        for (const auto& id : i18n.untranslated(lang, ids)) missing += "\n  " + id;
        CHECK_MESSAGE(missing.empty(), "untranslated:" << missing);
        for (const auto& [id, str] : i18n.catalog(lang)) {
            CAPTURE(id);
            CHECK(id_set.count(id) == 1);  // not used by any view any more
            CHECK(!str.empty());
        }
    }
}

TEST_CASE("tr looks up the current language and falls back to English, listing the miss") {
    pos::ui::I18n i18n;
    i18n.set_catalog(pos::Lang::ru, pos::ui::parse_po("msgid \"Log in\"\nmsgstr \"Войти\"\n"));
    CHECK(std::string(i18n.tr("Log in")) == "Log in");  // English is the identity
    i18n.set_language(pos::Lang::ru);
    CHECK(std::string(i18n.tr("Log in")) == "Войти");
    CHECK(std::string(i18n.tr("Pay")) == "Pay");
    CHECK(std::string(i18n.tr(pos::Lang::vi, "Log in")) == "Log in");
    CHECK(i18n.missing(pos::Lang::ru) == std::vector<std::string>{"Pay"});
    CHECK(i18n.missing(pos::Lang::vi) == std::vector<std::string>{"Log in"});
    CHECK(i18n.missing(pos::Lang::en).empty());
}

TEST_CASE("the shipped catalogs use the right script for each language") {
    const pos::ui::I18n& i18n = pos::test::test_i18n();
    CHECK(std::string(i18n.tr(pos::Lang::zh_CN, "Log in")) == "登录");
    CHECK(std::string(i18n.tr(pos::Lang::zh_TW, "Log in")) == "登入");
    CHECK(std::string(i18n.tr(pos::Lang::zh_CN, "Cashier")) == "收银员");
    CHECK(std::string(i18n.tr(pos::Lang::zh_TW, "Cashier")) == "收銀員");  // traditional 銀
    CHECK(std::string(i18n.tr(pos::Lang::ru, "Enter your PIN")) == "Введите PIN-код");
    CHECK(std::string(i18n.tr(pos::Lang::vi, "Enter your PIN")) == "Nhập mã PIN");
    CHECK(std::string(pos::ui::language_name(pos::Lang::zh_TW)) == "繁體中文");
    CHECK(std::string(pos::ui::language_name(pos::Lang::vi)) == "Tiếng Việt");
}

TEST_CASE("loading translations from a folder without them is a readable error") {
    const auto dir = std::filesystem::temp_directory_path() / "pos_ui_no_po";
    std::filesystem::create_directories(dir);
    try {
        pos::ui::I18n::load(dir);
        FAIL("expected an error");
    } catch (const pos::Error& e) {
        CHECK(e.code() == pos::Errc::io);
        CHECK(std::string(e.what()).find("zh_CN.po") != std::string::npos);
    }
    std::filesystem::remove_all(dir);
}
