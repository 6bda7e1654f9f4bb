// floor_preview: the floor screen in a real GLFW window with the furniture playbook sample.
//   floor_preview [--lang CODE] [--tab needs|signals|objections|close|not_sold] [--follow-up]
//                 [--typing] [--new] [--suggest] [--accepted] [--screenshot FILE.png]
//                 [--kiosk] [--scale F] [--size WxH]
// With --screenshot it renders a few frames, saves the PNG and exits. Otherwise it is live:
// tapped intents are printed on stdout.
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "platform/runner.h"
#include "ui/floor_sample.h"
#include "ui/floor_screen.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace {

std::optional<pos::ui::FloorTab> parse_tab(const std::string& s) {
    if (s == "needs") return pos::ui::FloorTab::needs;
    if (s == "present") return pos::ui::FloorTab::present;
    if (s == "signals") return pos::ui::FloorTab::signals;
    if (s == "objections") return pos::ui::FloorTab::objections;
    if (s == "close") return pos::ui::FloorTab::close;
    if (s == "not_sold") return pos::ui::FloorTab::not_sold;
    return std::nullopt;
}

// Every playbook text in every language, so the font atlas covers what the screen shows.
std::vector<std::string> playbook_texts(const pos::Playbook& pb) {
    std::vector<std::string> out;
    auto add = [&](const pos::Text& t) { out.insert(out.end(), t.by_lang.begin(), t.by_lang.end()); };
    for (const auto& s : pb.stages) {
        add(s.name);
        for (const auto& p : s.prompts) add(p.text);
    }
    for (const auto& s : pb.signals) add(s.name);
    for (const auto* list : {&pb.objections, &pb.closing_methods, &pb.lost_reasons})
        for (const auto& e : *list) add(e.name);
    for (const auto& n : pb.needs) {
        add(n.name);
        for (const auto& o : n.options) add(o.name);
    }
    out.push_back("王小明");
    return out;
}

int run(const std::vector<std::string>& all_args) {
    pos::platform::RunnerOptions options;
    options.title = "Showroom POS - floor preview";
    const std::vector<std::string> args = pos::platform::parse_runner_args(all_args, options);
    pos::Lang lang = pos::Lang::en;
    pos::ui::FloorUiState state;
    state.selected = 41;
    std::string screenshot;
    bool suggest = false;
    bool accepted = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--lang" && has_value) {
            const auto l = pos::parse_lang(args[++i]);
            if (!l) throw pos::Error(pos::Errc::invalid_input, "unknown language " + args[i]);
            lang = *l;
        } else if (a == "--tab" && has_value) {
            const auto t = parse_tab(args[++i]);
            if (!t) throw pos::Error(pos::Errc::invalid_input, "unknown tab " + args[i]);
            state.tab = *t;
        } else if (a == "--screenshot" && has_value) {
            screenshot = args[++i];
        } else if (a == "--follow-up") {
            state.follow_up = true;
            state.follow_up_date = "2026-11-30";
        } else if (a == "--typing") {
            state.typing = true;
        } else if (a == "--new") {
            state.new_customer = true;
        } else if (a == "--suggest") {
            suggest = true;
        } else if (a == "--accepted") {
            accepted = true;
        } else {
            throw pos::Error(pos::Errc::invalid_input, "unknown option " + a);
        }
    }

    pos::platform::Runner runner(options);
    pos::ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    setup.extra_texts = playbook_texts(pos::test::furniture());
    setup.scale = runner.scale();
    setup.language = lang;
    const auto ui = pos::ui::setup_ui(setup);
    pos::ui::FloorView view = pos::test::sample_floor_view(lang);
    view.detail.suggest_close = suggest;
    view.detail.close_accepted = accepted;

    int frames = 0;
    bool shot_requested = false;
    runner.run(
        [&](pos::intent::IntentSink& sink) {
            pos::ui::use_language(lang);
            pos::ui::draw_floor(view, state, sink);
            if (!screenshot.empty() && ++frames == 3 && !shot_requested) {
                shot_requested = true;
                runner.request_screenshot(screenshot, [&](const std::string& error) {
                    if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
                    runner.request_close();
                });
            }
        },
        [&](std::vector<pos::intent::Intent> intents) {
            for (const auto& intent : intents) std::printf("intent #%zu\n", intent.index());
            std::fflush(stdout);
        });
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const pos::Error& e) {
        std::fprintf(stderr, "floor_preview: %s\n", e.what());
        return 2;
    }
}
