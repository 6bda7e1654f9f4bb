// manager_preview: the manager's day summary in a real GLFW window with a realistic sample day.
//   manager_preview [--lang CODE] [--screenshot FILE.png] [--kiosk] [--scale F] [--size WxH]
// With --screenshot it renders a few frames, saves the PNG and exits (a tall --size shows it all).
// The day buttons change the sample's date so the offset can be seen working.
#include <cstdio>
#include <string>
#include <vector>

#include "core/common/error.h"
#include "core/report/day_summary.h"
#include "platform/runner.h"
#include "ui/manager_screen.h"
#include "ui/ui_env.h"
#include "ui/ui_setup.h"

namespace {

pos::report::DaySummary sample_day() {
    pos::report::DaySummary s;
    s.day = "2026-11-20";
    s.store_name = "Showroom Hà Nội";
    s.currency = "USD";
    s.traffic = {46, 38, 27, 17, 12, 21, 9, 4};
    s.sales_count = 14;
    s.gross_sales = 4872000;
    s.refunds_total = 89900;
    s.revenue = 4782100;
    s.tax_total = 398500;
    s.items_sold = 37;
    s.staff = {{7, "Anna Petrova", "floor", 15, 5, 0, 1893000},
               {9, "Đặng Thị Hương", "manager", 6, 3, 2, 1122000},
               {12, "陳美玲", "floor", 14, 3, 0, 941100},
               {8, "王小明", "cashier", 0, 0, 12, 0},
               {13, "Иван Смирнов", "floor", 11, 1, 0, 826000}};
    s.closing_methods = {{"assumptive", "Assumptive close", 11, 5},
                         {"alternative", "Alternative choice", 9, 4},
                         {"summary", "Summary close", 6, 2},
                         {"urgency", "Limited-time offer", 4, 1},
                         {"trial", "Trial close", 0, 0}};
    s.signals = {{"asks_price", "Asks about price", 10, 9},
                 {"asks_delivery", "Asks about delivery", 9, 3},
                 {"partner", "Brings in partner", 6, 2},
                 {"touches", "Sits, touches, lingers", 8, 7}};
    s.objections = {{"price", "Price too high", 14, 8},
                    {"think", "Need to think", 9, 3},
                    {"partner", "Ask partner", 5, 2},
                    {"delivery", "Delivery time", 3, 3}};
    s.lost_reasons = {{"price", "Too expensive", 8}, {"browsing", "Just browsing", 6}, {"stock", "Not in stock", 4},
                      {"competitor", "Bought elsewhere", 3}};
    const int visits[24] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 5, 6, 4, 3, 5, 6, 7, 5, 3, 0, 0, 0, 0, 0};
    const int sales[24] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 1, 1, 1, 2, 3, 2, 1, 0, 0, 0, 0, 0};
    for (std::size_t h = 0; h < 24; ++h) {
        s.hourly_visits[h] = visits[h];
        s.hourly_sales[h] = sales[h];
    }
    s.tenders = {{"card", 9, 3650000}, {"cash", 5, 1042100}, {"voucher", 1, 90000}};
    s.voids = 3;
    s.refund_count = 1;
    s.overrides = {{0, "void_line", "Anna Petrova", "Đặng Thị Hương", "damaged", ""},
                   {0, "discount_over_cap", "陳美玲", "Đặng Thị Hương", "display model", ""}};
    s.no_sale_opens = 1;
    s.cash.opening_float = 20000;
    s.cash.cash_sales = 1042100;
    s.cash.cash_refunds = 89900;
    s.cash.expected = 972200;
    s.cash.counted = 970200;
    s.cash.variance = -2000;
    s.cash.closed_by = "Đặng Thị Hương";
    return s;
}

int run(const std::vector<std::string>& all_args) {
    pos::platform::RunnerOptions options;
    options.title = "Showroom POS - manager preview";
    const std::vector<std::string> args = pos::platform::parse_runner_args(all_args, options);
    pos::Lang lang = pos::Lang::en;
    std::string screenshot;
    for (std::size_t i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == "--lang") {
            const auto l = pos::parse_lang(args[i + 1]);
            if (!l) throw pos::Error(pos::Errc::invalid_input, "unknown language " + args[i + 1]);
            lang = *l;
        } else if (args[i] == "--screenshot") {
            screenshot = args[i + 1];
        } else {
            throw pos::Error(pos::Errc::invalid_input, "unknown option " + args[i]);
        }
    }
    if (args.size() % 2 != 0) throw pos::Error(pos::Errc::invalid_input, "option without a value: " + args.back());

    const pos::report::DaySummary day = sample_day();
    pos::platform::Runner runner(options);
    pos::ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    for (const auto& st : day.staff) setup.extra_texts.push_back(st.name);
    setup.extra_texts.push_back(day.store_name);
    setup.scale = runner.scale();
    setup.language = lang;
    const auto ui = pos::ui::setup_ui(setup);

    pos::ui::ManagerUiState state;
    int loaded_offset = 0;
    pos::ui::ManagerSummaryView view = pos::ui::make_manager_summary_view(day, lang);
    int frames = 0;
    bool shot_requested = false;
    runner.run(
        [&](pos::intent::IntentSink& sink) {
            if (state.day_offset != loaded_offset) {  // what the app does: reload the chosen day
                loaded_offset = state.day_offset;
                auto other = day;
                other.day = "2026-11-" + std::to_string(20 + loaded_offset);
                view = pos::ui::make_manager_summary_view(other, lang);
            }
            pos::ui::use_language(lang);
            pos::ui::draw_manager_summary(view, state, sink);
            if (!screenshot.empty() && ++frames == 4 && !shot_requested) {
                shot_requested = true;
                runner.request_screenshot(screenshot, [&](const std::string& error) {
                    if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
                    runner.request_close();
                });
            }
            if (!screenshot.empty()) runner.redraw_at(runner.now());
        },
        [&](std::vector<pos::intent::Intent>) {});
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(std::vector<std::string>(argv + 1, argv + argc));
    } catch (const pos::Error& e) {
        std::fprintf(stderr, "manager_preview: %s\n", e.what());
        return 2;
    }
}
