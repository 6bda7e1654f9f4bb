// checkout_preview: the checkout page in a real GLFW window on a temporary sample store, below
// the app's top bar, with a sample cart.
//   checkout_preview [--lang CODE] [--state catalog|pay|change|override|returns|done|search|edit|link]
//                    [--screenshot FILE.png] [--kiosk] [--scale F] [--size WxH]
// With --screenshot it renders a few frames, saves the PNG and exits. Otherwise it is live:
// tapped intents are applied to the sample store and refusals are printed on stderr.
#include <imgui.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "checkout_store.h"
#include "core/common/error.h"
#include "core/common/time.h"
#include "db/catalog.h"
#include "gui/checkout/checkout_page.h"
#include "gui/device_runtime.h"
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
    gui::CheckoutPage& page;
    gui::DeviceRuntime* devices = nullptr;
    std::string error;
    void apply(const intent::Intent& i) {
        auto reply = pos.try_apply(i);
        if (const auto* out = std::get_if<service::Outcome>(&reply)) {
            page.applied(i, *out);
            if (devices) devices->after(*out);
            error.clear();
        } else {
            const auto& refusal = std::get<service::Refusal>(reply);
            error = refusal.detail;
            std::fprintf(stderr, "refused: %s\n", error.c_str());
            page.refused(i, refusal, error);
        }
    }
};

void set_state(const std::string& state, Shell& shell, gui::CheckoutPage& page, service::PosService& pos) {
    auto& ui = page.ui_state();
    const auto olga = [&] {
        for (const auto& s : pos.staff())
            if (s.name == "Olga") return std::to_string(s.id);
        return std::string();
    };
    if (state == "returns" || state == "done") {
        shell.apply(intent::AddItem{"SOFA-1", 2});
        shell.apply(intent::AddItem{"LAMP-1", 1});
        shell.apply(intent::AddTender{"cash", 1500000, 1500000, {}});
        shell.apply(intent::CompleteSale{});
        if (state == "done") return;
        ui.panel = ui::CheckoutPanel::receipts;
        ui.receipt_digits = "1";
        ui.lookup_receipt = 1;
        ui.refund_qty[1] = 1;
        return;
    }
    shell.apply(intent::AddItem{"SOFA-1", 1});
    shell.apply(intent::AddItem{"LAMP-1", 2});
    shell.apply(intent::AddItem{"TABLE-1", 1});
    shell.apply(intent::LineDiscount{2, {true, 500}, std::nullopt});
    ui.selected_line = 1;
    ui.category = "Sofas";
    if (state == "pay" || state == "change") {
        shell.apply(intent::AddTender{"card", 800000, 0, "A12345"});
        ui.panel = ui::CheckoutPanel::pay;
        if (state == "change") shell.apply(intent::AddTender{"cash", 300000, 300000, {}});
        ui.amount_digits = "0";
    } else if (state == "override") {
        ui::open_override(ui, intent::LineDiscount{1, {true, 1500}, std::nullopt}, std::string(ui::tr("Discount")) + " 15 % · Sofa Milano");
        ui.dialog.manager = olga();
        ui.dialog.pin = "99";
        ui.dialog.reason = ui::tr("Loyal customer");
    } else if (state == "search") {
        ui.panel = ui::CheckoutPanel::search;
        ui.query = "o";
    } else if (state == "edit") {
        ui.panel = ui::CheckoutPanel::line_edit;
        ui.edit_digits = "15";
    } else if (state == "link") {
        ui.panel = ui::CheckoutPanel::link;
    }
}

int run(const std::vector<std::string>& all_args) {
    platform::RunnerOptions options;
    options.title = "Showroom POS - checkout preview";
    const std::vector<std::string> args = platform::parse_runner_args(all_args, options);
    Lang lang = Lang::en;
    std::string state = "catalog";
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

    char tmpl[] = "/tmp/pos-checkout-preview-XXXXXX";
    const char* made = mkdtemp(tmpl);
    if (made == nullptr) throw Error(Errc::io, "cannot create a temporary folder");
    const std::filesystem::path dir = made;
    service::Store opened = service::open_store(test::make_checkout_store(dir));
    db::Connection& conn = opened.connection();
    ManualClock clock(*parse_local_datetime("2026-11-20T10:30:00"));
    service::PosService pos(conn, clock, test::checkout_service_options());
    pos.apply(intent::Login{"Wei", "1234"});
    pos.apply(intent::SetLanguage{std::string(lang_code(lang))});

    platform::Runner runner(options);
    ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    for (const auto& p : db::list_products(conn)) setup.extra_texts.push_back(p.name + p.category);
    for (const auto& s : pos.staff()) setup.extra_texts.push_back(s.name);
    setup.scale = runner.scale();
    setup.language = lang;
    const auto resources = ui::setup_ui(setup);
    gui::DeviceRuntime devices((dir / "store.db").string(), pos.settings(), (dir / "receipts").string(), runner.waker());
    gui::CheckoutPage page;
    Shell shell{pos, page, &devices, {}};
    set_state(state, shell, page, pos);

    std::string tab = "terminal";
    int frames = 0;
    bool shot_requested = false;
    runner.run(
        [&](intent::IntentSink& sink) {
            for (auto& i : devices.pump()) sink.push(std::move(i));
            ui::use_language(lang);
            ui::TopBarView bar;
            bar.tabs = {{"floor", ui::tr("Floor")}, {"terminal", ui::tr("Terminal")}};
            bar.user_name = "Wei";
            bar.user_role = "cashier";
            bar.clock = "10:30";
            bar.status = devices.summary().printer;
            bar.message = shell.error;
            const float bar_h = ui::draw_top_bar(bar, tab, sink);
            const ImGuiViewport* vp = ImGui::GetMainViewport();
            ui::set_screen_area(ui::ScreenArea{{vp->WorkPos.x, vp->WorkPos.y + bar_h}, {vp->WorkSize.x, vp->WorkSize.y - bar_h}});
            gui::PageContext ctx{pos, devices};
            page.frame(ctx, sink);
            ui::set_screen_area(std::nullopt);
            if (!screenshot.empty() && ++frames == 4 && !shot_requested) {
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
        std::fprintf(stderr, "checkout_preview: %s\n", e.what());
        return 2;
    }
}
