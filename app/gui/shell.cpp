#include "gui/shell.h"

#include <imgui.h>

#include "core/common/error.h"
#include "core/common/time.h"
#include "gui/device_text.h"
#include "ui/screen.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

std::string clock_text(Timestamp now) { return local_datetime(now).substr(11); }  // "HH:MM"

ui::LoginView login_view(service::PosService& pos, const std::string& error) {
    ui::LoginView v;
    v.store_name = pos.settings().store_name;
    v.clock = clock_text(pos.now());
    for (const auto& s : pos.staff()) v.staff.push_back({s.id, s.name, std::string(role_name(s.role))});
    v.error = error;
    v.language = pos.lang();
    return v;
}

bool may_open(Role role, const std::string& tab) {
    for (const auto& t : tabs_for(role))
        if (t.code == tab) return true;
    return false;
}

ui::TopBarView top_bar_view(service::PosService& pos, const DeviceSummary& devices, const std::string& message) {
    ui::TopBarView v;
    v.tabs = tabs_for(pos.user()->role);
    v.user_name = pos.user()->name;
    v.user_role = std::string(role_name(pos.user()->role));
    v.clock = clock_text(pos.now());
    const CartTotals t = pos.totals();
    v.status = device_state_short(devices.printer) + "  ·  " + ui::tr("Cart") + " " + std::to_string(t.totals.line_count) + " · " +
               format_money(t.totals.total, pos.settings().currency(), pos.lang());
    v.failed_job = devices.failed_job.value_or(0);
    v.failure = devices.failure;
    v.message = message;
    return v;
}

// A person-readable message in the session language for a refused intent: a translated
// headline for the kind of refusal, then the service's detail (names, codes, amounts). Before
// anyone is logged in, a wrong or locked PIN is said without the detail.
std::string error_text(const service::Refusal& r, bool logged_in) {
    if (!logged_in) {
        if (r.cause == Cause::wrong_pin) return ui::tr("Wrong PIN");
        if (r.code == Errc::locked_out) return ui::tr("Locked after too many wrong PINs. Try again later.");
    }
    const char* headline = nullptr;
    if (r.cause == Cause::unknown_barcode || r.cause == Cause::unreadable_barcode) {
        headline = r.cause == Cause::unknown_barcode ? ui::tr("Not in the catalog") : ui::tr("Barcode not readable, scan again");
        return std::string(headline) + ": " + r.subject + "  (" + r.detail + ")";
    }
    switch (r.code) {
    case Errc::permission_denied: headline = ui::tr("Needs a manager's approval"); break;
    case Errc::locked_out: headline = ui::tr("Locked after too many wrong PINs. Try again later."); break;
    case Errc::not_found: headline = ui::tr("Not found"); break;
    case Errc::invalid_input:
    case Errc::overflow: headline = ui::tr("Not accepted"); break;
    case Errc::conflict:
    case Errc::invalid_state: headline = ui::tr("Not possible now"); break;
    case Errc::io: headline = ui::tr("Could not save or read"); break;
    }
    return std::string(headline) + ": " + r.detail;
}

}  // namespace

std::vector<ui::NavTab> tabs_for(Role role) {
    std::vector<ui::NavTab> tabs{{"floor", ui::tr("Floor")}, {"terminal", ui::tr("Terminal")}};
    if (role == Role::cashier || role == Role::manager) tabs.push_back({"orders", ui::tr("Orders")});
    if (role == Role::floor || role == Role::manager) tabs.push_back({"follow_ups", ui::tr("Follow-ups")});
    if (role == Role::manager) tabs.push_back({"manager", ui::tr("Manager")});
    return tabs;
}

std::string home_screen(Role role) {
    switch (role) {
    case Role::floor: return "floor";
    case Role::cashier: return "terminal";
    case Role::manager: return "manager";
    }
    return "floor";
}

Shell::Shell(PageContext ctx) : ctx_(ctx), pages_(make_pages()) {}

std::string Shell::screen() const { return ctx_.pos.user() ? tab_ : std::string("login"); }

double Shell::frame(double now, bool input, intent::IntentSink& sink) {
    service::PosService& pos = ctx_.pos;
    if (input || last_input_ < 0.0) last_input_ = now;
    if (!pos.user()) {
        tab_.clear();
        ui::draw_login(login_view(pos, message_), login_, sink);
        return 0.0;
    }
    const Role role = pos.user()->role;
    if (!may_open(role, tab_)) tab_ = home_screen(role);
    if (now - last_input_ >= kAutoLockSeconds) sink.push(intent::Logout{});
    const float bar_h = ui::draw_top_bar(top_bar_view(pos, ctx_.devices.summary(), message_), tab_, sink);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ui::set_screen_area(ui::ScreenArea{{vp->WorkPos.x, vp->WorkPos.y + bar_h}, {vp->WorkSize.x, vp->WorkSize.y - bar_h}});
    pages_.at(tab_)->frame(ctx_, sink);
    ui::set_screen_area(std::nullopt);
    return last_input_ + kAutoLockSeconds;
}

// Only what the outcome brought: the saved file, the staff name, the imported catalog; never a
// rescan of every customer after one save.
void Shell::collect_new_texts(const service::Outcome& out) {
    if (const auto* saved = out.find<service::event::CustomerSaved>())
        if (const auto c = ctx_.pos.customer(saved->customer))
            for (const std::string* t : {&c->name, &c->companions, &c->job, &c->current_product, &c->plate, &c->likes, &c->buying_focus,
                                         &c->notes})
                if (!t->empty()) new_texts_.push_back(*t);
    if (const auto* staff = out.find<service::event::StaffChanged>()) new_texts_.push_back(staff->name);
    if (out.find<service::event::CatalogImported>()) new_texts_.push_back(ctx_.pos.catalog_characters());
}

void Shell::apply(const std::vector<intent::Intent>& intents) {
    for (const auto& i : intents) {
        const bool logged_in = ctx_.pos.user().has_value();
        auto reply = ctx_.pos.try_apply(i);
        if (const auto* out = std::get_if<service::Outcome>(&reply)) {
            ctx_.devices.after(*out);
            message_.clear();
            for (auto& [name, page] : pages_) page->applied(i, *out);
            if (out->find<service::event::VisitLinked>()) tab_ = "terminal";
            if (out->find<service::event::LoggedIn>()) login_ = {};
            collect_new_texts(*out);
        } else {
            const auto& refusal = std::get<service::Refusal>(reply);
            message_ = error_text(refusal, logged_in);
            bool shown = false;  // a page that shows the refusal itself (a dialog) takes it
            for (auto& [name, page] : pages_) shown = page->refused(i, refusal, message_) || shown;
            if (shown) message_.clear();
        }
    }
}

}  // namespace pos::gui
