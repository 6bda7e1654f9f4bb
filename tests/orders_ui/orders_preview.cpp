// orders_preview: the checkout's "Take as order" dialog and the orders page in a real GLFW window
// on a temporary sample store (the checkout store with one customer and two orders), below the
// app's top bar.
//   orders_preview [--lang CODE] [--state order|order-lines|order-deposit|order-cash|order-short|orders|pay|pay-cash|pay-short|
//                                         reschedule|cancel|approval|dispatch]
//                  [--screenshot FILE.png] [--kiosk] [--scale F] [--size WxH]
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
#include "gui/checkout/checkout_page.h"
#include "gui/device_runtime.h"
#include "gui/orders/orders_page.h"
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
    gui::DeviceRuntime* devices = nullptr;
    std::string error;
    void apply(const intent::Intent& i) {
        auto reply = pos.try_apply(i);
        if (const auto* out = std::get_if<service::Outcome>(&reply)) {
            if (devices) devices->after(*out);
            for (gui::Page* p : pages) p->applied(i, *out);
            error.clear();
        } else {
            const auto& refusal = std::get<service::Refusal>(reply);
            error = refusal.detail;
            std::fprintf(stderr, "refused: %s\n", error.c_str());
            bool shown = false;
            for (gui::Page* p : pages) shown = p->refused(i, refusal, error) || shown;
            if (shown) error.clear();
        }
    }
};

// Two orders (a delivery with a line from the supplier, a pickup), then a cart for the dialog.
std::int64_t sample_orders(Shell& shell, Id customer) {
    shell.apply(intent::AddItem{"SOFA-1", 1});
    shell.apply(intent::AddItem{"LAMP-1", 2});
    shell.apply(intent::LinkCustomer{customer});
    intent::TakeOrder t;
    t.day = "2026-11-27";
    t.window = "15:00-18:00";
    t.address = "12 Lê Lợi, Quận 1";
    t.to_order.push_back({1, "Natuzzi", "week 51"});
    t.deposit = {true, 3000};
    shell.apply(t);
    shell.apply(intent::AddItem{"TABLE-1", 1});
    shell.apply(intent::LinkCustomer{customer});
    intent::TakeOrder p;
    p.fulfilment = "pickup";
    p.day = "2026-11-24";
    p.window = "09:00-12:00";
    p.deposit = {false, 100000};
    p.tender = "card";
    p.reference = "A12345";
    shell.apply(p);
    return shell.pos.open_orders(10).empty() ? 0 : shell.pos.open_orders(10).back().order_no;
}

std::string staff_key(const service::PosService& pos, const char* name) {
    for (const auto& s : pos.staff())
        if (s.name == name) return std::to_string(s.id);
    return {};
}

int run(const std::vector<std::string>& all_args) {
    platform::RunnerOptions options;
    options.title = "Showroom POS - orders preview";
    const std::vector<std::string> args = platform::parse_runner_args(all_args, options);
    Lang lang = Lang::en;
    std::string state = "order";
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

    char tmpl[] = "/tmp/pos-orders-preview-XXXXXX";
    const char* made = mkdtemp(tmpl);
    if (made == nullptr) throw Error(Errc::io, "cannot create a temporary folder");
    const std::filesystem::path dir = made;
    service::Store opened = service::open_store(test::make_checkout_store(dir));
    db::Connection& conn = opened.connection();
    ManualClock clock(*parse_local_datetime("2026-11-20T10:30:00"));
    CustomerFile file;
    file.name = "Trần Thị Mai";
    file.phone = "0903123456";
    const Id customer = db::insert_customer(conn, file, clock.now());
    service::PosService pos(conn, clock, test::checkout_service_options());
    pos.apply(intent::Login{"Wei", "1234"});
    pos.apply(intent::SetLanguage{std::string(lang_code(lang))});

    platform::Runner runner(options);
    ui::UiSetupOptions setup;
    setup.i18n_dir = POS_ASSETS_DIR "/i18n";
    for (const auto& p : db::list_products(conn)) setup.extra_texts.push_back(p.name + p.category);
    for (const auto& s : pos.staff()) setup.extra_texts.push_back(s.name);
    setup.extra_texts.push_back(file.name + "12 Lê Lợi, Quận 1");
    setup.scale = runner.scale();
    setup.language = lang;
    const auto resources = ui::setup_ui(setup);
    gui::DeviceRuntime devices((dir / "store.db").string(), pos.settings(), (dir / "receipts").string(), runner.waker());
    gui::CheckoutPage checkout;
    gui::OrdersPage orders;
    Shell shell{pos, {&checkout, &orders}, &devices, {}};
    const std::int64_t pickup = sample_orders(shell, customer);
    shell.apply(intent::AddItem{"SOFA-1", 2});
    shell.apply(intent::AddItem{"LAMP-1", 1});
    shell.apply(intent::LinkCustomer{customer});

    std::string tab = state.rfind("order", 0) == 0 && state != "orders" ? "terminal" : "orders";
    auto& o = orders.ui_state();
    bool prepared = false;
    const auto prepare = [&] {
        // After the first frame: the pages have built their views.
        prepared = true;
        auto& d = checkout.ui_state();
        if (tab == "terminal") {
            ui::open_order_dialog(checkout.view(), d);
            d.order.schedule.day = "2026-11-27";
            d.order.schedule.address = "12 Lê Lợi, Quận 1";
            if (state == "order-lines") {
                d.order.step = ui::OrderStep::lines;
                d.order.lines[1].to_order = true;
                d.order.lines[1].supplier = "Natuzzi";
                d.order.lines[1].expected = "week 51";
            } else if (state == "order-deposit") {
                d.order.step = ui::OrderStep::deposit;
                d.order.tender = "card";
                d.order.reference = "A12345";
            } else if (state == "order-cash" || state == "order-short") {
                // Cash handed over typed on the keypad: more than the deposit, or less.
                d.order.step = ui::OrderStep::deposit;
                d.order.cash.typing = true;
                d.order.cash.digits = state == "order-cash" ? "500000" : "300000";
            }
            return;
        }
        o.selected = pickup;
        if (state == "pay" || state == "pay-cash" || state == "pay-short") {
            ui::open_order_action(orders.view(), o, ui::OrderAction::pay);
            if (state != "pay") {
                o.cash.typing = true;
                o.cash.digits = state == "pay-cash" ? "600000" : "500000";
            }
        } else if (state == "reschedule") {
            ui::open_order_action(orders.view(), o, ui::OrderAction::reschedule);
        } else if (state == "cancel") {
            ui::open_order_action(orders.view(), o, ui::OrderAction::cancel);
            o.reason = ui::tr("Ordered by mistake");
            o.tender = "card";
        } else if (state == "approval") {
            ui::open_override(o.approval, intent::CancelOrder{pickup, ui::tr("Ordered by mistake"), "card", "A12345", std::nullopt},
                              ui::tr("Cancel order"));
            o.approval.manager = staff_key(pos, "Olga");
            o.approval.pin = "99";
        } else if (state == "dispatch") {
            o.tab = ui::OrdersTab::dispatch;
            o.dispatch_day = "2026-11-27";
        }
    };

    int frames = 0;
    bool shot_requested = false;
    runner.run(
        [&](intent::IntentSink& sink) {
            for (auto& i : devices.pump()) sink.push(std::move(i));
            ui::use_language(lang);
            ui::TopBarView bar;
            bar.tabs = {{"floor", ui::tr("Floor")}, {"terminal", ui::tr("Terminal")}, {"orders", ui::tr("Orders")}};
            bar.user_name = "Wei";
            bar.user_role = "cashier";
            bar.clock = "10:30";
            bar.status = devices.summary().printer;
            bar.message = shell.error;
            const float bar_h = ui::draw_top_bar(bar, tab, sink);
            const ImGuiViewport* vp = ImGui::GetMainViewport();
            ui::set_screen_area(ui::ScreenArea{{vp->WorkPos.x, vp->WorkPos.y + bar_h}, {vp->WorkSize.x, vp->WorkSize.y - bar_h}});
            gui::PageContext ctx{pos, devices};
            if (tab == "orders") orders.frame(ctx, sink);
            else checkout.frame(ctx, sink);
            ui::set_screen_area(std::nullopt);
            // The order is selected at the first frame; its action opens once its detail is read.
            if (frames == 0 && tab == "orders") orders.ui_state().selected = pickup;
            else if (!prepared) prepare();
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
        std::fprintf(stderr, "orders_preview: %s\n", e.what());
        return 2;
    }
}
