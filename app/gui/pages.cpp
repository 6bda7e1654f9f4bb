#include "gui/pages.h"

#include "core/common/time.h"
#include "db/sales.h"
#include "gui/floor_page.h"
#include "gui/manager_model.h"
#include "ui/manager_screen.h"
#include "ui/session_screen.h"

namespace pos::gui {
namespace {

// The terminal's state at a glance: who is logged in, the cart, today's sales, the devices.
class SessionPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override {
        service::PosService& pos = ctx.pos;
        if (stale_) {
            today_ = db::day_totals(pos.connection(), local_day(pos.now()));
            stale_ = false;
        }
        const DeviceSummary& devices = ctx.devices.summary();
        ui::SessionView v;
        const Currency& cur = pos.settings().currency();
        v.store_name = pos.settings().store_name;
        v.clock = local_datetime(pos.now()).substr(11);
        v.user_name = pos.user()->name;
        v.user_role = std::string(role_name(pos.user()->role));
        v.open_visits = static_cast<int>(pos.open_visits().size());
        const CartTotals t = pos.totals();
        v.cart_lines = t.totals.line_count;
        v.cart_total = format_money(t.totals.total, cur, pos.lang());
        if (pos.last_commit()) v.last_receipt = "#" + std::to_string(pos.last_commit()->receipt_no);
        v.printer = devices.printer;
        v.scanner = devices.scanner;
        v.failed_job = devices.failed_job.value_or(0);
        v.failure = devices.failure;
        v.today_sales = static_cast<int>(today_.sale_count);
        v.today_revenue = format_money(today_.net_total, cur, pos.lang());
        ui::draw_session(v, sink);
    }
    void applied(const intent::Intent&, const service::Result&) override { stale_ = true; }

private:
    db::DaySummaryRow today_;
    bool stale_ = true;
};

// The manager's day summary with its charts.
class SummaryPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override {
        ui::draw_manager_summary(model_.view(ctx.pos, state_), state_, sink);
    }
    void applied(const intent::Intent&, const service::Result&) override { model_.mark_dirty(); }

private:
    ManagerModel model_;
    ui::ManagerUiState state_;
};

}  // namespace

Pages make_pages() {
    Pages pages;
    pages["floor"] = std::make_unique<FloorPage>();
    pages["terminal"] = std::make_unique<SessionPage>();
    pages["manager"] = std::make_unique<SummaryPage>();
    return pages;
}

}  // namespace pos::gui
