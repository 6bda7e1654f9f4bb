// customers_preview: the customer screens in a real GLFW window on a temporary sample store (the
// checkout store with Trần Thị Mai, and Mai Anh who came before and was lost on price), below
// the app's top bar.
//   customers_preview [--lang CODE] [--state picker|results|form|duplicate|page|add-follow-up|follow-up-reason|
//                      merge|merge-confirm|floor|home|follow-ups|team]
//                     [--screenshot FILE.png] [--kiosk] [--scale F] [--size WxH]
// With --screenshot it renders a few frames, saves the PNG and exits. Otherwise it is live:
// tapped intents are applied to the sample store and refusals are printed on stderr.
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "checkout_ui/checkout_store.h"
#include "core/common/error.h"
#include "core/common/time.h"
#include "core/customer/customer_file.h"
#include "db/catalog.h"
#include "db/customers.h"
#include "gui/customers/follow_ups_page.h"
#include "gui/device_runtime.h"
#include "gui/floor_page.h"
#include "platform/runner.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "ui/screen.h"
#include "ui/top_bar.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace {

using namespace pos;

struct Shell {
    service::PosService& pos;
    std::vector<gui::Page*> pages;
    std::string error;
    Id apply(const intent::Intent& i) {
        auto reply = pos.try_apply(i);
        if (const auto* out = std::get_if<service::Outcome>(&reply)) {
            for (gui::Page* p : pages) p->applied(i, *out);
            error.clear();
            return out->id;
        }
        const auto& refusal = std::get<service::Refusal>(reply);
        error = refusal.detail;
        std::fprintf(stderr, "refused: %s\n", error.c_str());
        bool shown = false;
        for (gui::Page* p : pages) shown = p->refused(i, refusal, error) || shown;
        if (shown) error.clear();
        return 0;
    }
};

// Mai Anh's first visit two days ago with Lan: living room, a quote, the price objection, lost;
// today she is back and linked. Returns her id; `back` gets today's visit.
Id sample_be_back(Shell& shell, ManualClock& clock, Id& back) {
    const Id first = shell.apply(intent::StartVisit{2, "walk_in", "", ""});
    intent::SaveCustomer save;
    save.file.name = "Mai Anh";
    save.file.phone = "0912345678";
    save.file.companions = "chồng và hai con";
    save.file.likes = "grey fabric, low backs";
    save.file.buying_focus = "comfort";
    save.file.contact_consent = true;
    save.visit = intent::VisitRef{first, {}};
    const Id mai = shell.apply(save);
    shell.apply(intent::EnterStage{{first, {}}, "needs"});
    shell.apply(intent::SetNeed{{first, {}}, "use", "living_room"});
    shell.apply(intent::RecordSignal{{first, {}}, "asks_price"});
    shell.apply(intent::RecordQuote{{first, {}}, 450000});
    shell.apply(intent::RaiseObjection{{first, {}}, "price"});
    shell.apply(intent::ClosingAttempt{{first, {}}, "narrow_choice", false});
    shell.apply(intent::EndVisitLost{{first, {}}, "price_too_high"});
    clock.advance(2 * 24 * 3600 * 1000LL);
    back = shell.apply(intent::StartVisit{2, "be_back", "", ""});
    shell.apply(intent::LinkVisitCustomer{{back, {}}, mai});
    return mai;
}

// The playbook's texts in every language, as the app adds them to the font atlas.
std::vector<std::string> playbook_texts(const Playbook& pb) {
    std::vector<std::string> out;
    const auto add = [&](const Text& t) {
        for (Lang l : all_langs) out.push_back(t.in(l));
    };
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
    return out;
}

int run(const std::vector<std::string>& all_args) {
    platform::RunnerOptions options;
    options.title = "Showroom POS - customers preview";
    const std::vector<std::string> args = platform::parse_runner_args(all_args, options);
    Lang lang = Lang::en;
    std::string state = "picker";
    std::string screenshot;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        const bool has_value = i + 1 < args.size();
        if (a == "--lang" && has_value) {
            const auto l = parse_lang(args[++i]);
            if (!l) throw Error(Errc::invalid_input, "unknown language " + args[i]);
            lang = *l;
        } else if (a == "--state" && has_value) {
            state = args[++i];
        } else if (a == "--screenshot" && has_value) {
            screenshot = args[++i];
        } else {
            throw Error(Errc::invalid_input, "unknown option " + a);
        }
    }

    char tmpl[] = "/tmp/pos-customers-preview-XXXXXX";
    const char* made = mkdtemp(tmpl);
    if (made == nullptr) throw Error(Errc::io, "cannot create a temporary folder");
    const std::filesystem::path dir = made;
    service::Store opened = service::open_store(test::make_checkout_store(dir));
    db::Connection& conn = opened.connection();
    ManualClock clock(*parse_local_datetime("2026-11-18T10:30:00"));
    CustomerFile file;
    file.name = "Trần Thị Mai";
    file.phone = "0903123456";
    const Id tran = db::insert_customer(conn, file, clock.now());
    service::PosService pos(conn, clock, test::checkout_service_options());
    pos.apply(intent::Login{"Olga", "9999"});
    pos.apply(intent::SetTarget{"Lan", "2026-11", 12000000, 20});
    pos.apply(intent::Login{"Lan", "1111"});
    pos.apply(intent::SetLanguage{std::string(lang_code(lang))});

    gui::FloorPage floor;
    gui::FollowUpsPage follow_ups;
    Shell shell{pos, {&floor, &follow_ups}, {}};
    Id back = 0;
    const Id mai = sample_be_back(shell, clock, back);
    const Id call = shell.apply(intent::AddFollowUp{mai, "", "2026-11-20", "bring the fabric samples"});
    shell.apply(intent::AddFollowUp{tran, "", "2026-11-24", "delivery date for the sofa"});
    shell.apply(intent::AddFollowUp{mai, "", "2026-11-27", "new collection arrives"});
    clock.advance(24 * 3600 * 1000LL);  // 2026-11-21: the first call is a day late
    shell.apply(intent::AddFollowUp{tran, "", "2026-11-21", "confirm the colour"});
    const bool manager = state == "team" || state == "merge" || state == "merge-confirm";
    if (manager) shell.apply(intent::Login{"Olga", "9999"});

    platform::Runner runner(options);
    ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    setup.extra_texts = playbook_texts(pos.playbook());
    for (const auto& p : db::list_products(conn)) setup.extra_texts.push_back(p.name + p.category);
    for (const auto& s : pos.staff()) setup.extra_texts.push_back(s.name);
    setup.extra_texts.push_back(file.name + "chồng và hai con Nguyễn Văn Bình chị");
    setup.scale = runner.scale();
    setup.language = lang;
    const auto resources = ui::setup_ui(setup);
    gui::DeviceRuntime devices((dir / "store.db").string(), pos.settings(), (dir / "receipts").string(), runner.waker());

    const std::string tab = state == "follow-ups" || state == "team" ? "follow_ups" : "floor";
    floor.ui_state().selected = state == "home" ? 0 : back;  // home: the floor as after login
    auto& picker = floor.desk().picker();
    if (state == "picker" || state == "results") {
        floor.desk().open_picker(ui::CustomerLink::visit, back);
        picker.query = "0912";
        picker.typing_query = state == "picker";
    } else if (state == "form" || state == "duplicate") {
        floor.desk().open_picker(ui::CustomerLink::visit, back);
        picker.mode = state == "form" ? ui::PickerMode::form : ui::PickerMode::duplicate;
        picker.file.name = "Nguyễn Văn Bình";
        picker.file.phone = "0912345678";
        picker.file.companions = "chồng và hai con";
        picker.file.contact_consent = true;
        picker.duplicate_of = mai;
    } else if (state == "page") {
        floor.desk().open_file(mai);
    } else if (state == "add-follow-up" || state == "follow-up-reason") {
        floor.desk().open_file(mai);
        auto& draft = floor.desk().page_state().follow_up;
        draft.open = true;
        draft.day = "2026-11-24";
        draft.reason = "call about the fabric samples for the corner sofa";
        draft.typing = state == "follow-up-reason";
        if (!draft.typing) draft.error = "a follow-up date in the past: 2026-11-20 (today is 2026-11-21)";
    } else if (state == "merge" || state == "merge-confirm") {
        // A second file for Mai Anh, typed without the phone; the manager merges the first into it.
        intent::SaveCustomer again;
        again.file.name = "Mai Anh (chị Mai)";
        again.file.likes = "oak, linen";
        const Id kept = shell.apply(again);
        floor.desk().open_file(kept);
        if (state == "merge-confirm") {
            ui::open_customer_merger(picker, kept);
            picker.query = "0912";
            picker.typing_query = false;
            picker.mode = ui::PickerMode::merge;
            picker.merge_other = mai;
        }
    } else if (state == "follow-ups") {
        follow_ups.ui_state().choosing_day = call;
    } else if (state == "team") {
        follow_ups.ui_state().reassigning = call;
    }

    int frames = 0;
    bool shot_requested = false;
    runner.run(
        [&](intent::IntentSink& sink) {
            for (auto& i : devices.pump()) sink.push(std::move(i));
            ui::use_language(lang);
            ui::TopBarView bar;
            bar.tabs = {{"floor", ui::tr("Floor")}, {"terminal", ui::tr("Terminal")}, {"follow_ups", ui::tr("Follow-ups")}};
            if (pos.user()->role == Role::manager)  // the manager's five tabs, as the shell shows them
                bar.tabs = {{"floor", ui::tr("Floor")},           {"terminal", ui::tr("Terminal")}, {"orders", ui::tr("Orders")},
                            {"follow_ups", ui::tr("Follow-ups")}, {"manager", ui::tr("Manager")}};
            bar.user_name = pos.user()->name;
            bar.user_role = std::string(role_name(pos.user()->role));
            bar.clock = "10:30";
            bar.status = devices.summary().printer;
            bar.message = shell.error;
            std::string shown = tab;
            const float bar_h = ui::draw_top_bar(bar, shown, sink);
            const ImGuiViewport* vp = ImGui::GetMainViewport();
            ui::set_screen_area(ui::ScreenArea{{vp->WorkPos.x, vp->WorkPos.y + bar_h}, {vp->WorkSize.x, vp->WorkSize.y - bar_h}});
            gui::PageContext ctx{pos, devices};
            if (tab == "follow_ups") follow_ups.frame(ctx, sink);
            else floor.frame(ctx, sink);
            ui::set_screen_area(std::nullopt);
            ++frames;
            if (!screenshot.empty() && frames == 5 && !shot_requested) {
                shot_requested = true;
                runner.request_screenshot(screenshot, [&](const std::string& error) {
                    if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
                    runner.request_close();
                });
            }
        },
        [&](std::vector<intent::Intent> intents) {
            for (const auto& i : intents) shell.apply(i);
            runner.request_redraw();
        });
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const pos::Error& e) {
        std::fprintf(stderr, "customers_preview: %s\n", e.what());
        return 2;
    }
}
