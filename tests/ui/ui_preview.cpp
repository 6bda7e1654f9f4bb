// ui_preview: the login screen (or the text keyboard) in a real GLFW window with sample data.
//   ui_preview [--lang CODE] [--select STAFF_ID] [--error TEXT] [--screen login|keyboard]
//              [--screenshot FILE.png] [--kiosk] [--scale F] [--size WxH]
// With --screenshot it renders a few frames, saves the PNG and exits. Otherwise it is live:
// language buttons switch the language, any PIN other than 1234 shows an error.
#include <cstdio>
#include <ctime>
#include <string>
#include <variant>
#include <vector>

#include "core/common/error.h"
#include "platform/runner.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/login_screen.h"
#include "ui/text_keyboard.h"
#include "ui/theme.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace {

std::string clock_text() {
    const std::time_t t = std::time(nullptr);
    std::tm local{};
    localtime_r(&t, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%H:%M", &local);
    return buf;
}

void draw_keyboard_screen(std::string& typed, pos::ui::TextKeyboardState& state) {
    ImGui::SetNextWindowPos({0, 0});
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("keyboard", nullptr, ImGuiWindowFlags_NoDecoration);
    {
        pos::ui::FontScope big(pos::ui::large_font());
        ImGui::TextUnformatted(typed.empty() ? " " : typed.c_str());
    }
    ImGui::Separator();
    ImGui::SetCursorPosY(ImGui::GetWindowHeight() - pos::ui::px(5 * 64.0f + 4 * 12.0f) - ImGui::GetStyle().WindowPadding.y);
    pos::ui::text_keyboard("kb", typed, state);
    ImGui::End();
}

int run(const std::vector<std::string>& all_args) {
    pos::platform::RunnerOptions options;
    options.title = "Showroom POS - UI preview";
    const std::vector<std::string> args = pos::platform::parse_runner_args(all_args, options);
    pos::ui::LoginView view;
    view.store_name = "Showroom Hà Nội";
    view.staff = {{7, "Anna Petrova", "floor"},  {8, "王小明", "cashier"},      {9, "Đặng Thị Hương", "manager"},
                  {12, "陳美玲", "floor"},        {13, "Иван Смирнов", "cashier"}, {14, "Nguyễn Văn An", "floor"}};
    pos::ui::LoginUiState state;
    std::string screenshot;
    std::string screen = "login";
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == "--lang") {
            const auto lang = pos::parse_lang(args[i + 1]);
            if (!lang) throw pos::Error(pos::Errc::invalid_input, "unknown language " + args[i + 1]);
            view.language = *lang;
        } else if (args[i] == "--select") {
            state.selected = std::stoll(args[i + 1]);
        } else if (args[i] == "--error") {
            view.error = args[i + 1];
        } else if (args[i] == "--screen") {
            screen = args[i + 1];
        } else if (args[i] == "--screenshot") {
            screenshot = args[i + 1];
        } else {
            throw pos::Error(pos::Errc::invalid_input, "unknown option " + args[i]);
        }
    }
    if (args.size() % 2 != 0) throw pos::Error(pos::Errc::invalid_input, "option without a value: " + args.back());

    pos::platform::Runner runner(options);
    pos::ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    for (const auto& s : view.staff) setup.extra_texts.push_back(s.name);
    setup.extra_texts.push_back(view.store_name);
    setup.scale = runner.scale();
    setup.language = view.language;
    const auto ui = pos::ui::setup_ui(setup);
    std::string typed = "Nguyen";
    pos::ui::TextKeyboardState keyboard;

    int frames = 0;
    bool shot_requested = false;
    runner.run(
        [&](pos::intent::IntentSink& sink) {
            view.clock = clock_text();
            pos::ui::use_language(view.language);
            if (screen == "keyboard") draw_keyboard_screen(typed, keyboard);
            else pos::ui::draw_login(view, state, sink);
            runner.redraw_at(runner.now() + 1.0);  // the clock
            if (!screenshot.empty() && ++frames == 3 && !shot_requested) {
                shot_requested = true;
                runner.request_screenshot(screenshot, [&](const std::string& error) {
                    if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
                    runner.request_close();
                });
            }
        },
        [&](std::vector<pos::intent::Intent> intents) {
            for (auto& intent : intents) {
                if (auto* lang = std::get_if<pos::intent::SetLanguage>(&intent)) {
                    if (auto l = pos::parse_lang(lang->lang)) view.language = *l;
                } else if (auto* login = std::get_if<pos::intent::Login>(&intent)) {
                    view.error = login->pin == "1234" ? "" : "Wrong PIN, 3 tries left";
                }
            }
        });
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const pos::Error& e) {
        std::fprintf(stderr, "ui_preview: %s\n", e.what());
        return 2;
    }
}
