#include "gui/customers/follow_ups_page.h"

#include "core/sale/money.h"
#include "gui/floor_model.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

// Remembers what the page's screen pushed, so a refusal of it is shown on the page.
class RecordingSink final : public intent::IntentSink {
public:
    RecordingSink(intent::IntentSink& next, std::optional<intent::Intent>& last) : next_(next), last_(last) {}
    void push(intent::Intent i) override {
        last_ = i;
        next_.push(std::move(i));
    }

private:
    intent::IntentSink& next_;
    std::optional<intent::Intent>& last_;
};

std::vector<ui::FollowUpRow> rows(const std::vector<service::FollowUpItem>& items) {
    std::vector<ui::FollowUpRow> out;
    out.reserve(items.size());
    for (const auto& i : items)
        out.push_back({i.follow_up.id, i.follow_up.customer_id, i.follow_up.due, i.customer_name, i.customer_phone, i.follow_up.reason,
                       i.owner_name});
    return out;
}

float share(Minor done, Minor target) {
    return target > 0 ? static_cast<float>(static_cast<double>(done) / static_cast<double>(target)) : 0.0f;
}

std::string of(const std::string& done, const std::string& target) { return done + " / " + target; }

std::vector<ui::TargetLine> target_lines(const service::PosService& pos, const service::TargetProgress& t) {
    const auto money = [&](Minor m) { return format_money(m, pos.settings().currency(), pos.lang()); };
    const std::string units = ui::tr("units");
    std::vector<ui::TargetLine> out;
    out.push_back({ui::tr("This month"),
                   of(money(t.revenue_done), money(t.revenue_target)) + "  ·  " +
                       of(std::to_string(t.units_done), std::to_string(t.units_target)) + " " + units,
                   share(t.revenue_done, t.revenue_target)});
    out.push_back({ui::tr("This week"),
                   std::string(ui::tr("to sell")) + " " + money(t.revenue_plan.this_week) + "  ·  " + std::to_string(t.units_plan.this_week) +
                       " " + units,
                   0.0f});
    out.push_back({ui::tr("Today"),
                   of(money(t.revenue_today), money(t.revenue_plan.today)) + "  ·  " +
                       of(std::to_string(t.units_today), std::to_string(t.units_plan.today)) + " " + units,
                   share(t.revenue_today, t.revenue_plan.today)});
    return out;
}

}  // namespace

ui::FollowUpsView make_follow_ups_view(const service::PosService& pos, const service::FollowUpBoard& board, bool team,
                                       const std::optional<service::TargetProgress>& target) {
    ui::FollowUpsView v;
    v.team = team;
    v.overdue = rows(board.overdue);
    v.today = rows(board.today);
    v.upcoming = rows(board.upcoming);
    v.next_days = follow_up_dates(pos.now(), pos.lang());
    if (target && target->has_target) v.target = target_lines(pos, *target);
    return v;
}

void FollowUpsPage::read(const service::PosService& pos) {
    const bool manager = pos.user() && pos.user()->role == Role::manager;
    const bool team = manager && ui_.team;
    if (!stale_ && team == read_team_) return;
    view_ = make_follow_ups_view(pos, team ? pos.team_follow_ups() : pos.my_follow_ups(), team, pos.my_target());
    if (manager)
        for (const auto& s : pos.staff())
            if (s.role != Role::cashier) view_.staff.push_back(s.name);
    read_team_ = team;
    stale_ = false;
}

void FollowUpsPage::frame(PageContext& ctx, intent::IntentSink& sink) {
    if (ui_.show_file != 0) desk_.open_file(ui_.show_file);
    ui_.show_file = 0;
    if (desk_.open()) {
        desk_.frame(ctx.pos, sink);
        return;
    }
    read(ctx.pos);
    RecordingSink recording(sink, pending_);
    ui::draw_follow_ups(view_, ui_, recording);
}

void FollowUpsPage::applied(const intent::Intent& applied, const service::Outcome& outcome) {
    if (pending_ && pending_->index() == applied.index()) {
        pending_.reset();
        ui_.error.clear();
    }
    stale_ = true;
    desk_.applied(outcome);
}

bool FollowUpsPage::refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
    if (desk_.refused(refused, refusal, message)) return true;
    if (!pending_ || pending_->index() != refused.index()) return false;
    pending_.reset();
    ui_.error = message;
    return true;
}

std::unique_ptr<Page> make_follow_ups_page() { return std::make_unique<FollowUpsPage>(); }

}  // namespace pos::gui
