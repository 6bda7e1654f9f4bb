#include <doctest/doctest.h>

#include <imgui.h>

#include "ui/headless.h"
#include "ui/keypad.h"
#include "ui/text_keyboard.h"
#include "ui/theme.h"
#include "ui/ui_setup.h"

using pos::test::HeadlessUi;

namespace {

void full_window(const char* name) {
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin(name, nullptr, ImGuiWindowFlags_NoDecoration);
}

}  // namespace

TEST_CASE("touch_button enforces the minimum target size") {
    HeadlessUi ui;
    bool tapped = false;
    auto draw = [&] {
        full_window("w");
        if (pos::ui::touch_button("x###tiny", {10.0f, 10.0f})) tapped = true;
        pos::ui::touch_button("A long label###auto");
        ImGui::End();
    };
    ui.frame(draw);
    CHECK(ui.item("tiny").width() == doctest::Approx(48.0f));
    CHECK(ui.item("tiny").height() == doctest::Approx(48.0f));
    CHECK(ui.item("auto").height() == doctest::Approx(48.0f));
    CHECK(ui.item("auto").width() > 100.0f);
    ui.tap("tiny", draw);
    CHECK(tapped);
}

TEST_CASE("a disabled touch_button does not react") {
    HeadlessUi ui;
    int taps = 0;
    auto draw = [&] {
        full_window("w");
        if (pos::ui::touch_button("Go###go", {120, 60}, pos::ui::ButtonKind::primary, false)) ++taps;
        ImGui::End();
    };
    ui.frame(draw);
    ui.tap("go", draw);
    CHECK(taps == 0);
}

TEST_CASE("the numeric keypad reports OK and its keys are at least 64 px") {
    HeadlessUi ui;
    std::string value;
    pos::ui::KeypadResult last = pos::ui::KeypadResult::none;
    auto draw = [&] {
        full_window("w");
        const auto r = pos::ui::numeric_keypad("qty", value, {3, nullptr, true, {0, 0}});
        if (r != pos::ui::KeypadResult::none) last = r;
        ImGui::End();
    };
    ui.frame(draw);
    for (const char* k : {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "clear", "back"}) {
        CAPTURE(k);
        CHECK(ui.item(std::string("qty/") + k).height() >= 64.0f);
        CHECK(ui.item(std::string("qty/") + k).width() >= 64.0f);
    }
    for (const char* k : {"4", "2", "1", "9"}) ui.tap(std::string("qty/") + k, draw);
    CHECK(value == "421");  // max 3 digits
    CHECK(last == pos::ui::KeypadResult::changed);
    ui.tap("qty/ok", draw);
    CHECK(last == pos::ui::KeypadResult::ok);
}

TEST_CASE("the text keyboard types letters, shift, space, backspace and done") {
    HeadlessUi ui;
    std::string text;
    pos::ui::TextKeyboardState state;
    bool done = false;
    auto draw = [&] {
        full_window("w");
        if (pos::ui::text_keyboard("kb", text, state) == pos::ui::KeyboardResult::done) done = true;
        ImGui::End();
    };
    ui.frame(draw);
    for (const char* k : {"shift", "l", "e", "space", "space", "m", "x", "back", "a", "n", "'", "s"})
        ui.tap(std::string("kb/") + k, draw);
    CHECK(text == "Le man's");  // shift applies to one letter; no double space
    CHECK_FALSE(done);
    ui.tap("kb/done", draw);
    CHECK(done);
    for (const auto& item : ui.probe().items()) {
        CAPTURE(item.name);
        CHECK(item.height() >= 64.0f);
        CHECK(item.max.x <= 1024.0f);
    }
}

TEST_CASE("while the text keyboard is open a hardware keyboard types into it: any script, Backspace, Enter") {
    HeadlessUi ui;
    std::string text = "A";
    pos::ui::TextKeyboardState state;
    bool done = false;
    auto draw = [&] {
        full_window("w");
        if (pos::ui::text_keyboard("kb", text, state) == pos::ui::KeyboardResult::done) done = true;
        ImGui::End();
    };
    ImGuiIO& io = ImGui::GetIO();
    io.KeyMap[ImGuiKey_Backspace] = 300;
    io.KeyMap[ImGuiKey_Enter] = 301;
    io.AddInputCharactersUTF8(" 王芳 Đức Ёж");  // what the input method committed
    ui.frame(draw);
    CHECK(text == "A 王芳 Đức Ёж");
    const auto press = [&](int key) {
        io.KeysDown[key] = true;
        ui.frame(draw);
        io.KeysDown[key] = false;
        ui.frame(draw);
    };
    press(300);
    CHECK(text == "A 王芳 Đức Ё");  // one character, not one byte
    CHECK_FALSE(done);
    press(301);
    CHECK(done);
    io.AddInputCharactersUTF8("\t");  // control characters are not text
    ui.frame(draw);
    CHECK(text == "A 王芳 Đức Ё");
}

TEST_CASE("pop_utf8_char removes whole characters") {
    std::string s = "Việt";
    pos::ui::pop_utf8_char(s);
    CHECK(s == "Việ");
    pos::ui::pop_utf8_char(s);
    CHECK(s == "Vi");
    s = "王";
    pos::ui::pop_utf8_char(s);
    CHECK(s.empty());
    pos::ui::pop_utf8_char(s);
    CHECK(s.empty());
}

TEST_CASE("setup_ui loads translations and fonts into a fresh context and installs the env") {
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGuiContext* context = ImGui::CreateContext();
    {
        pos::ui::UiSetupOptions options;
        options.i18n_dir = POS_ASSETS_DIR "/i18n";
        options.extra_texts = {"李雷"};
        options.scale = 1.5f;
        options.language = pos::Lang::zh_TW;
        const auto ui = pos::ui::setup_ui(options);
        CHECK(pos::ui::ui_env() == &ui->env);
        CHECK(std::string(pos::ui::tr("Log in")) == "登入");
        CHECK(ImGui::GetIO().FontDefault == ui->fonts.body_tc);
        CHECK(ui->fonts.body_tc->FontSize == doctest::Approx(33.0f));
        CHECK(pos::ui::px(48.0f) == doctest::Approx(72.0f));
        CHECK(ImGui::GetStyle().ScrollbarSize == doctest::Approx(48.0f));
        CHECK(pos::ui::font_covers(*ui->fonts.body_sc, "李雷"));
        CHECK_FALSE(pos::ui::font_covers(*ui->fonts.body_sc, "韩梅梅"));
        pos::ui::rebuild_fonts(*ui, {"韩梅梅"});
        CHECK(pos::ui::font_covers(*ui->fonts.body_sc, "韩梅梅"));
        CHECK(ImGui::GetIO().FontDefault == ui->fonts.body_tc);
    }
    CHECK(pos::ui::ui_env() == nullptr);  // the resources detached themselves
    ImGui::DestroyContext(context);
    ImGui::SetCurrentContext(previous);
}
