// The touchscreen app's composition: window and loop (platform), views (ui), and the service
// that applies intents. Views only see view structs; intents are applied after each frame.
#include "gui/gui_main.h"

#include <cstdio>
#include <filesystem>
#include <cstdlib>
#include <ctime>
#include <map>

#include <imgui.h>

#include "core/common/args.h"
#include "core/common/log.h"
#include "core/common/time.h"
#include "drivers/scanner/wedge_detector.h"
#include "gui/default_store.h"
#include "gui/device_runtime.h"
#include "gui/shell.h"
#include "gui/probe_dump.h"
#include "platform/runner.h"
#include "service/assets.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "ui/i18n.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace pos::gui {
namespace {

// Every text the UI may draw beyond its own translations: the font atlas must cover them.
std::vector<std::string> texts_in_use(service::PosService& pos) {
    std::vector<std::string> out{pos.settings().store_name, pos.settings().receipt_header, pos.settings().receipt_footer};
    for (const auto& s : pos.staff()) out.push_back(s.name);
    const Playbook& pb = pos.playbook();
    const auto add = [&](const Text& t) {
        for (Lang l : all_langs) out.push_back(t.in(l));
    };
    add(pb.name);
    for (const auto& s : pb.stages) {
        add(s.name);
        for (const auto& p : s.prompts) add(p.text);
    }
    for (const auto* list : {&pb.techniques, &pb.objections, &pb.closing_methods, &pb.lost_reasons})
        for (const auto& e : *list) add(e.name);
    for (const auto& s : pb.signals) add(s.name);
    for (const auto& g : pb.needs) {
        add(g.name);
        for (const auto& o : g.options) add(o.name);
    }
    out.push_back(pos.catalog_characters());  // not every product: 100k rows with barcodes
    out.push_back(pos.customer_characters());
    for (Lang l : all_langs) out.push_back(format_money(1234567890, pos.settings().currency(), l));
    return out;
}

bool input_this_frame() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f || io.InputQueueCharacters.Size > 0) return true;
    for (bool down : io.MouseDown)
        if (down) return true;
    return false;
}

// Keyboard-wedge scanners type into the window: every key goes through the detector first, so a
// scan becomes a Scan intent whichever widget has focus, and typing reaches the widget unchanged.
class WedgeInput {
public:
    explicit WedgeInput(platform::Runner& runner) : runner_(runner) {
        runner_.set_key_filter([this](const platform::KeyInput& k) {
            apply(detector_.feed(to_wedge(k)));
            return false;  // the detector decides; passed keys are injected in order
        });
        // No frame is drawn while keys are held: the burst's next key is timed when it comes.
        runner_.set_input_hold([this]() -> std::optional<double> {
            if (!detector_.holding()) return std::nullopt;
            const auto d = detector_.deadline();
            return d ? std::optional<double>(static_cast<double>(*d) / 1000.0 + 0.001) : std::nullopt;
        });
    }
    // Call at the start of each frame: releases held keys, completes idle-ended scans.
    void poll(intent::IntentSink& sink) {
        apply(detector_.poll(ms(runner_.now())));
        for (auto& code : scans_) sink.push(intent::Scan{std::move(code)});
        scans_.clear();
        if (auto d = detector_.deadline()) runner_.redraw_at(static_cast<double>(*d) / 1000.0 + 0.001);
    }

private:
    static Timestamp ms(double seconds) { return static_cast<Timestamp>(seconds * 1000.0); }
    static scanner::WedgeKey to_wedge(const platform::KeyInput& k) {
        switch (k.kind) {
        case platform::KeyInput::Kind::enter: return scanner::WedgeKey::enter(ms(k.t));
        case platform::KeyInput::Kind::tab: return scanner::WedgeKey::tab(ms(k.t));
        case platform::KeyInput::Kind::character: break;
        }
        return scanner::WedgeKey::character(k.ch, ms(k.t));
    }
    void apply(const scanner::Decision& d) {
        for (const auto& key : d.pass) {
            using K = scanner::WedgeKey::Kind;
            const auto kind = key.kind == K::enter ? platform::KeyInput::Kind::enter
                              : key.kind == K::tab ? platform::KeyInput::Kind::tab
                                                   : platform::KeyInput::Kind::character;
            runner_.inject({kind, key.ch, runner_.now()});
        }
        if (d.action == scanner::Decision::Action::scan) scans_.push_back(d.code);
        if (detector_.holding() || !scans_.empty()) runner_.request_redraw();
    }

    platform::Runner& runner_;
    scanner::WedgeDetector detector_;
    std::vector<std::string> scans_;
};

}  // namespace

std::string default_db_path() {
    std::string base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = std::string(home) + "/.local/share";
    else base = ".";
    return base + "/showroom-pos/demo.db";
}

int run(const std::vector<std::string>& args) {
    platform::RunnerOptions ro;
    const std::vector<std::string> rest = platform::parse_runner_args(args, ro);
    const Args a(rest, {"db", "lang", "probe-file"}, {});
    a.expect_positionals(0, "");
    std::string path;
    if (auto db = a.get("db")) {
        path = *db;
    } else {
        path = default_db_path();
        ensure_demo_store(path);
    }
    service::Store store = service::open_store(path);
    SystemClock clock;
    service::ServiceOptions opts;
    opts.playbooks_dir = service::playbooks_dir();
    service::PosService pos(store, clock, opts);
    for (const std::string& w : pos.startup_warnings()) log::warning("start-up: " + w);
    if (auto l = a.get("lang")) pos.apply(intent::SetLanguage{*l});

    platform::Runner runner(ro);
    ui::UiSetupOptions uo;
    uo.i18n_dir = service::assets_dir() + "/i18n";
    uo.extra_texts = texts_in_use(pos);
    uo.scale = runner.scale();
    uo.language = pos.lang();
    uo.fonts_for_language_only = true;  // start-up: rasterise one language, follow changes below
    const auto resources = ui::setup_ui(uo);

    WedgeInput wedge(runner);
    // Receipts of the virtual printer go next to the database.
    const std::string receipts_dir = (std::filesystem::path(path).parent_path() / "receipts").string();
    DeviceRuntime devices(path, pos.settings(), receipts_dir, runner.waker());
    Shell shell(PageContext{pos, devices});
    std::optional<ProbeDump> probe_dump;
    if (auto p = a.get("probe-file")) {
        probe_dump.emplace(*p);
        resources->env.probe = &probe_dump->probe();
    }
    runner.run(
        [&](intent::IntentSink& sink) {
            wedge.poll(sink);
            for (auto& i : devices.pump()) sink.push(std::move(i));
            ui::use_language(pos.lang());
            if (const double lock_at = shell.frame(runner.now(), input_this_frame(), sink); lock_at > 0.0) runner.redraw_at(lock_at);
            if (probe_dump) probe_dump->frame_done(shell.screen(), shell.message());
            // Redraw when the minute changes so the clock stays right while idle.
            runner.redraw_at(runner.now() + static_cast<double>(60'000 - pos.now() % 60'000) / 1000.0);
        },
        [&](std::vector<intent::Intent> intents) {
            shell.apply(intents);
            if (std::vector<std::string> texts = shell.take_new_texts(); !texts.empty()) {
                // A customer file, a staff name or the catalog brought characters the atlas may lack.
                texts.insert(texts.begin(), resources->extra_texts.begin(), resources->extra_texts.end());
                ui::rebuild_fonts(*resources, texts);
                runner.reload_fonts();
            } else if (ui::fonts_follow_language(*resources, pos.lang())) {
                runner.reload_fonts();
            }
            runner.request_redraw();
        });
    return 0;
}

}  // namespace pos::gui
