// The app's start-up atlas covers only the current language (FontCoverage, for the cold-start
// row of issue #5); switching language at the login screen must rebuild it so that the next
// frames find every glyph of the new language. Real fonts, real translations, the real login
// screen in a headless ImGui context, taps through ImGuiIO.
#include <doctest/doctest.h>

#include <imgui.h>
#include <imgui_internal.h>

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/common/lang.h"
#include "core/intents/intents.h"
#include "ui/fonts.h"
#include "ui/login_screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace {

using pos::Lang;

// Every code point of utf8 found with FindGlyphNoFallback, else the first one missing.
std::optional<std::string> first_missing(const ImFont& font, const std::string& utf8) {
    const char* p = utf8.c_str();
    const char* end = p + utf8.size();
    while (p < end) {
        unsigned int c = 0;
        const int n = ImTextCharFromUtf8(&c, p, end);
        if (n <= 0) return std::string("invalid UTF-8");
        const char* at = p;
        p += n;
        if (c < 0x20) continue;
        if (c > 0xFFFF || font.FindGlyphNoFallback(static_cast<ImWchar>(c)) == nullptr) return std::string(at, p);
    }
    return std::nullopt;
}

struct LoginSession {
    LoginSession() {
        previous = ImGui::GetCurrentContext();
        context = ImGui::CreateContext();
        ImGui::SetCurrentContext(context);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.LogFilename = nullptr;
        io.DisplaySize = {1024.0f, 768.0f};
        io.DeltaTime = 1.0f / 60.0f;
        io.MousePos = {-1.0f, -1.0f};
        pos::ui::UiSetupOptions o;
        o.i18n_dir = POS_ASSETS_DIR "/i18n";
        o.extra_texts = names;
        o.language = Lang::en;
        o.fonts_for_language_only = true;  // as the app starts
        ui = pos::ui::setup_ui(o);
        ui->env.probe = &probe;
        view.store_name = "Showroom Hà Nội";
        view.clock = "14:05";
        view.staff = {{7, "Anna", "floor"}, {8, "王小明", "cashier"}, {9, "Đặng Thị Hương", "manager"}, {12, "陳美玲", "floor"}};
        view.language = Lang::en;
        frame();
    }
    ~LoginSession() {
        ui.reset();
        ImGui::DestroyContext(context);
        ImGui::SetCurrentContext(previous);
    }
    LoginSession(const LoginSession&) = delete;
    LoginSession& operator=(const LoginSession&) = delete;

    // One frame as the shell draws it: the service's language first, then the screen.
    void frame() {
        probe.clear();
        ImGui::NewFrame();
        pos::ui::use_language(view.language);
        pos::ui::draw_login(view, state, sink);
        ImGui::Render();
    }
    void tap(const std::string& name) {
        const pos::ui::UiProbe::Item* item = probe.find(name);
        REQUIRE_MESSAGE(item != nullptr, "no touch target named " << name);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = item->center();
        frame();
        io.MouseDown[0] = true;
        frame();
        io.MouseDown[0] = false;
        frame();
    }
    // What gui_main's apply step does with the intents of a frame: the service takes the
    // language, then the atlas follows it before the next frame.
    bool apply() {
        bool rebuilt = false;
        for (auto& i : sink.take()) {
            const auto* set = std::get_if<pos::intent::SetLanguage>(&i);
            REQUIRE(set != nullptr);
            const auto lang = pos::parse_lang(set->lang);
            REQUIRE(lang.has_value());
            view.language = *lang;
            rebuilt = pos::ui::fonts_follow_language(*ui, *lang) || rebuilt;
        }
        return rebuilt;
    }

    const std::vector<std::string> names{"王小明", "陳美玲", "Đặng Thị Hương", "Showroom Hà Nội", "骨"};
    ImGuiContext* previous = nullptr;
    ImGuiContext* context = nullptr;
    std::unique_ptr<pos::ui::UiResources> ui;
    pos::ui::UiProbe probe;
    pos::ui::LoginView view;
    pos::ui::LoginUiState state;
    pos::intent::IntentQueue sink;
};

// Every glyph the current language may draw, in the body and the large font.
void check_covers_current_language(LoginSession& s, Lang lang) {
    const std::string code(pos::lang_code(lang));
    CAPTURE(code);
    REQUIRE(pos::ui::current_language() == lang);
    for (const ImFont* font : {pos::ui::body_font(), pos::ui::large_font()}) {
        REQUIRE(font != nullptr);
        std::vector<std::string> texts;
        for (Lang l : pos::all_langs) texts.emplace_back(pos::ui::language_name(l));  // the login buttons
        for (const auto& [id, str] : s.ui->i18n.catalog(lang)) texts.push_back(lang == Lang::en ? id : str);
        if (lang == Lang::en)
            for (const auto& [id, str] : s.ui->i18n.catalog(Lang::zh_CN)) texts.push_back(id);
        for (const auto& n : s.names) texts.push_back(n);
        for (const auto& t : texts) {
            CAPTURE(t);
            CHECK(first_missing(*font, t) == std::nullopt);
        }
    }
    CHECK(ImGui::GetIO().FontDefault == pos::ui::body_font());
}

}  // namespace

TEST_CASE("the one-language atlas follows every language switch at the login screen") {
    LoginSession s;
    REQUIRE(s.ui->fonts.only == Lang::en);
    check_covers_current_language(s, Lang::en);
    // The English atlas really lacks the other languages' translations (so this test can fail).
    CHECK(first_missing(*pos::ui::body_font(), s.ui->i18n.tr(Lang::zh_CN, "Log in")).has_value());
    CHECK(first_missing(*pos::ui::body_font(), s.ui->i18n.tr(Lang::ru, "Log in")).has_value());

    for (Lang lang : {Lang::zh_TW, Lang::ru, Lang::vi, Lang::zh_CN, Lang::en, Lang::zh_TW}) {
        const std::string code(pos::lang_code(lang));
        CAPTURE(code);
        s.tap("login/lang/" + code);
        CHECK(s.apply());
        CHECK(s.ui->fonts.only == lang);
        s.frame();
        s.frame();
        check_covers_current_language(s, lang);
    }
    // The same language again: nothing to rebuild.
    s.tap("login/lang/zh_TW");
    CHECK_FALSE(s.apply());
}

// The coverage bitmap of one glyph in the current atlas (empty if absent).
std::vector<unsigned char> glyph_pixels(const ImFont& font, ImWchar c) {
    const ImFontGlyph* g = font.FindGlyphNoFallback(c);
    if (g == nullptr) return {};
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
    const auto x0 = static_cast<int>(g->U0 * static_cast<float>(w) + 0.5f);
    const auto x1 = static_cast<int>(g->U1 * static_cast<float>(w) + 0.5f);
    const auto y0 = static_cast<int>(g->V0 * static_cast<float>(h) + 0.5f);
    const auto y1 = static_cast<int>(g->V1 * static_cast<float>(h) + 0.5f);
    std::vector<unsigned char> out;
    for (int y = y0; y < y1; ++y)
        for (int x = x0; x < x1; ++x) out.push_back(pixels[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x)]);
    return out;
}

TEST_CASE("zh_TW gets the Traditional face, the other languages the Simplified one") {
    LoginSession s;  // the extra texts include 骨, which SC and TC draw differently
    const ImWchar gu = 0x9AA8;  // 骨
    const std::vector<unsigned char> en = glyph_pixels(*s.ui->fonts.body(Lang::en), gu);
    REQUIRE_FALSE(en.empty());
    REQUIRE(pos::ui::fonts_follow_language(*s.ui, Lang::zh_TW));
    CHECK(s.ui->fonts.body(Lang::zh_TW) == s.ui->fonts.body_tc);
    const std::vector<unsigned char> tc = glyph_pixels(*s.ui->fonts.body(Lang::zh_TW), gu);
    REQUIRE_FALSE(tc.empty());
    CHECK(tc != en);
    REQUIRE(pos::ui::fonts_follow_language(*s.ui, Lang::ru));
    CHECK(glyph_pixels(*s.ui->fonts.body(Lang::ru), gu) == en);
    REQUIRE(pos::ui::fonts_follow_language(*s.ui, Lang::zh_CN));
    CHECK(glyph_pixels(*s.ui->fonts.body(Lang::zh_CN), gu) == en);
}

TEST_CASE("an atlas for every language never needs a rebuild") {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGuiContext* context = ImGui::CreateContext();
    ImGui::SetCurrentContext(context);
    {
        pos::ui::UiSetupOptions o;
        o.i18n_dir = POS_ASSETS_DIR "/i18n";
        const auto ui = pos::ui::setup_ui(o);
        CHECK_FALSE(ui->fonts.only.has_value());
        for (Lang lang : pos::all_langs) CHECK_FALSE(pos::ui::fonts_follow_language(*ui, lang));
        CHECK(ui->fonts.body_sc != ui->fonts.body_tc);
    }
    ImGui::DestroyContext(context);
    ImGui::SetCurrentContext(previous);
}
