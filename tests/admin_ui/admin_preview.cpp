// admin_preview: the manager's pages in a real GLFW window on a demo store (30 days of history,
// created in --dir), with the real device runtime (virtual printer).
// The devices page first prints the test page on the virtual printer, to show its preview.
//   admin_preview --dir DIR [--page summary|periods|close_day|staff|catalog|devices|settings]
//                 [--state summary_calendar|close_counts|close_pin|staff_name|staff_pin|catalog_typing|settings_edit]
//                 [--import FILE.csv] [--lang CODE] [--screenshot FILE.png] [--size WxH] [--scale F]
// --state draws that page's view in one of its inner steps (keypad, keyboard) with sample input.
// With --screenshot it renders a few frames, saves the PNG and exits.
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/common/time.h"
#include "gui/admin/admin_models.h"
#include "gui/admin/manager_page.h"
#include "gui/default_store.h"
#include "gui/device_runtime.h"
#include "platform/runner.h"
#include "service/assets.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace {

using pos::ui::admin::AdminPage;

AdminPage page_named(const std::string& name) {
    for (AdminPage p : pos::ui::admin::kAdminPages)
        if (name == pos::ui::admin::page_code(p)) return p;
    throw pos::Error(pos::Errc::invalid_input, "unknown page " + name);
}

// One inner step of a page, drawn from its view with sample input (below the page tabs).
struct StatePreview {
    std::string state;
    pos::ui::admin::CloseDayView close;
    pos::ui::admin::CloseDayUiState close_ui;
    pos::ui::admin::StaffView staff;
    pos::ui::admin::StaffUiState staff_ui;
    pos::ui::admin::CatalogView catalog;
    pos::ui::admin::CatalogUiState catalog_ui;
    pos::ui::admin::SettingsView settings;
    pos::ui::admin::SettingsUiState settings_ui;
    pos::ui::admin::SummaryToolbarView toolbar;
    pos::ui::admin::SummaryToolbarState toolbar_ui;

    AdminPage page() const {
        if (state.rfind("summary", 0) == 0) return AdminPage::summary;
        if (state.rfind("close", 0) == 0) return AdminPage::close_day;
        if (state.rfind("staff", 0) == 0) return AdminPage::staff;
        if (state.rfind("catalog", 0) == 0) return AdminPage::catalog;
        return AdminPage::settings;
    }
    void load(pos::service::PosService& pos) {
        close = pos::gui::admin::close_day_view(pos, pos::local_day(pos.now()));
        staff = pos::gui::admin::staff_view(pos);
        catalog = pos::gui::admin::catalog_view(pos);
        settings = pos::gui::admin::settings_view(pos);
        toolbar.day = toolbar.today = pos::local_day(pos.now());
        toolbar.export_path = pos::gui::admin::export_folder(pos) + "/summary-" + toolbar.day + ".csv";
        if (state == "summary_calendar") {
            toolbar_ui.picking = true;
            toolbar.feedback = {std::string(pos::ui::tr("Exported to")) + " " + toolbar.export_path, false, {}};
        } else if (state == "close_counts" || state == "close_pin") {
            int n = 3;
            for (const auto& d : close.denominations) close_ui.counts[d.value] = n++ % 7;
            close_ui.confirming = state == "close_pin";
            close_ui.pin = close_ui.confirming ? "99" : "";
        } else if (state == "staff_name") {
            staff_ui.step = pos::ui::admin::StaffUiState::Step::name;
            staff_ui.name = "Mai Linh";
        } else if (state == "staff_pin") {
            staff_ui.step = pos::ui::admin::StaffUiState::Step::pin_again;
            staff_ui.name = "Mai Linh";
            staff_ui.role = "cashier";
            staff_ui.pin = "4321";
            staff_ui.pin_again = "43";
        } else if (state == "catalog_typing") {
            catalog_ui.typing = true;
            catalog_ui.path = "catalog-2026";
            catalog.feedback = {"catalog not imported: 1 error", true, {catalog.folder + "/new.csv:3:12: price: not a number"}};
        } else if (state == "settings_edit") {
            settings_ui.editing = pos::ui::admin::SettingsUiState::Field::receipt_footer;
            settings_ui.text = "Thank you";
        } else {
            throw pos::Error(pos::Errc::invalid_input, "unknown state " + state);
        }
    }
    void draw(pos::intent::IntentSink& sink) {
        const pos::ui::ScreenArea area = pos::ui::screen_area();
        const float nav_h = pos::ui::px(pos::ui::kMinTarget) + ImGui::GetStyle().WindowPadding.y * 2.0f;
        pos::ui::set_screen_area(pos::ui::ScreenArea{area.min, {area.size.x, nav_h}});
        pos::ui::begin_screen("##nav");
        AdminPage p = page();
        pos::ui::admin::draw_manager_nav(p);
        pos::ui::end_screen();
        pos::ui::set_screen_area(pos::ui::ScreenArea{{area.min.x, area.min.y + nav_h}, {area.size.x, area.size.y - nav_h}});
        switch (page()) {
        case AdminPage::summary:
            pos::ui::begin_screen("##bar");
            pos::ui::admin::draw_summary_toolbar(toolbar, toolbar_ui, sink);
            pos::ui::admin::draw_day_picker(toolbar, toolbar_ui);
            pos::ui::end_screen();
            break;
        case AdminPage::close_day: pos::ui::admin::draw_close_day(close, close_ui, sink); break;
        case AdminPage::staff: pos::ui::admin::draw_staff(staff, staff_ui, sink); break;
        case AdminPage::catalog: pos::ui::admin::draw_catalog(catalog, catalog_ui, sink); break;
        default: pos::ui::admin::draw_settings(settings, settings_ui, sink); break;
        }
        pos::ui::set_screen_area(area);
    }
};

int run(const std::vector<std::string>& all_args) {
    pos::platform::RunnerOptions options;
    options.title = "Showroom POS - manager pages preview";
    const std::vector<std::string> args = pos::platform::parse_runner_args(all_args, options);
    pos::Lang lang = pos::Lang::en;
    std::string screenshot, dir, page = "summary", state, import;
    if (args.size() % 2 != 0) throw pos::Error(pos::Errc::invalid_input, "option without a value: " + args.back());
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == "--lang") {
            const auto l = pos::parse_lang(args[i + 1]);
            if (!l) throw pos::Error(pos::Errc::invalid_input, "unknown language " + args[i + 1]);
            lang = *l;
        } else if (args[i] == "--screenshot") {
            screenshot = args[i + 1];
        } else if (args[i] == "--dir") {
            dir = args[i + 1];
        } else if (args[i] == "--page") {
            page = args[i + 1];
        } else if (args[i] == "--import") {
            import = args[i + 1];
        } else if (args[i] == "--state") {
            state = args[i + 1];
        } else {
            throw pos::Error(pos::Errc::invalid_input, "unknown option " + args[i]);
        }
    }
    if (dir.empty()) throw pos::Error(pos::Errc::invalid_input, "--dir is required (the demo store is created there)");
    const std::string db_path = dir + "/demo.db";
    pos::gui::ensure_demo_store(db_path);
    pos::service::Store opened = pos::service::open_store(db_path);
    pos::db::Connection& conn = opened.connection();
    const pos::SystemClock clock;
    pos::service::ServiceOptions so;
    so.playbooks_dir = pos::service::playbooks_dir();
    pos::service::PosService pos(conn, clock, so);
    pos.apply(pos::intent::Login{"Ольга", "9999"});
    pos.apply(pos::intent::SetLanguage{std::string(pos::lang_code(lang))});

    pos::platform::Runner runner(options);
    pos::ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    setup.extra_texts = {pos.settings().store_name, pos.settings().receipt_header, pos.settings().receipt_footer, dir, "Mai Linh"};
    for (const auto& s : pos.staff()) setup.extra_texts.push_back(s.name);
    for (pos::Lang l : pos::all_langs) setup.extra_texts.push_back(pos::format_money(1234567890, pos.settings().currency(), l));
    setup.scale = runner.scale();
    setup.language = lang;
    const auto ui = pos::ui::setup_ui(setup);

    pos::gui::DeviceRuntime devices(db_path, pos.settings(), dir + "/receipts", runner.waker());
    pos::gui::ManagerPage manager;
    manager.open(page_named(page));
    StatePreview preview;
    preview.state = state;
    if (!state.empty()) preview.load(pos);
    if (page == "periods") {  // targets of this month for the floor staff, to show their progress
        const std::string month = pos::local_day(pos.now()).substr(0, 7);
        for (const auto& s : pos.staff())
            if (s.role == pos::Role::floor) pos.apply(pos::intent::SetTarget{std::to_string(s.id), month, 30'000'000, 40});
    }
    if (page == "devices" && state.empty()) {  // something for the virtual printer's preview
        devices.after(pos.apply(pos::intent::PrintTest{}));
    }
    if (!import.empty()) {  // as if the file was tapped and imported: shows the result or the problems
        const pos::intent::Intent i = pos::intent::ImportCatalog{import};
        manager.open(pos::ui::admin::AdminPage::catalog);
        manager.sent_from_open_page(i);
        auto reply = pos.try_apply(i);
        if (const auto* out = std::get_if<pos::service::Outcome>(&reply)) manager.applied(i, *out);
        else manager.refused(i, std::get<pos::service::Refusal>(reply), std::get<pos::service::Refusal>(reply).detail);
    }
    int frames = 0;
    int waited = 0;
    bool shot_requested = false;
    runner.run(
        [&](pos::intent::IntentSink& sink) {
            for (auto& i : devices.pump()) sink.push(std::move(i));
            pos::ui::use_language(lang);
            if (state.empty()) {
                pos::gui::PageContext ctx{pos, devices};
                manager.frame(ctx, sink);
            } else {
                preview.draw(sink);
            }
            const bool printing = page == "devices" && devices.summary().last_receipt_png.empty() && ++waited < 2000;
            if (!screenshot.empty() && !printing && ++frames == 6 && !shot_requested) {
                shot_requested = true;
                runner.request_screenshot(screenshot, [&](const std::string& error) {
                    if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
                    runner.request_close();
                });
            }
            if (!screenshot.empty()) runner.redraw_at(runner.now());
        },
        [&](std::vector<pos::intent::Intent> intents) {
            for (auto& i : intents) {
                auto reply = pos.try_apply(i);
                if (const auto* out = std::get_if<pos::service::Outcome>(&reply)) {
                    devices.after(*out);
                    manager.applied(i, *out);
                } else {
                    const auto& refusal = std::get<pos::service::Refusal>(reply);
                    manager.refused(i, refusal, refusal.detail);
                }
            }
            runner.request_redraw();
        });
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const pos::Error& e) {
        std::fprintf(stderr, "admin_preview: %s\n", e.what());
        return 2;
    }
}
