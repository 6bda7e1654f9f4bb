#include "gui/floor_page.h"

#include "core/sale/money.h"
#include "gui/customers/customer_model.h"
#include "gui/floor_model.h"
#include "ui/ui_env.h"

namespace pos::gui {

void FloorPage::read_customer(const service::PosService& pos) {
    if (!customer_stale_ && customer_visit_ == state_.selected) return;
    customer_ = {};
    if (state_.selected != 0)
        if (const auto last = pos.last_time(state_.selected)) {
            customer_.id = last->customer_id;
            customer_.name = last->customer_name;
            if (const auto c = pos.customer(last->customer_id)) customer_.phone = c->phone;
            customer_.last_time = last_time_lines(pos, *last);
        }
    customer_visit_ = state_.selected;
    customer_stale_ = false;
}

void FloorPage::read_my_day(const service::PosService& pos) {
    if (!my_day_stale_ || !pos.user()) return;
    my_day_.clear();
    if (const auto t = pos.my_target(); t && t->has_target) {
        const auto money = [&](Minor m) { return format_money(m, pos.settings().currency(), pos.lang()); };
        my_day_.push_back(std::string(ui::tr("Today")) + ": " + money(t->revenue_today) + " / " + money(t->revenue_plan.today));
    }
    const service::FollowUpBoard board = pos.my_follow_ups();
    if (const std::size_t due = board.overdue.size() + board.today.size(); due > 0)
        my_day_.push_back(std::string(ui::tr("Follow-ups due")) + ": " + std::to_string(due));
    my_day_stale_ = false;
}

void FloorPage::frame(PageContext& ctx, intent::IntentSink& sink) {
    if (names_stale_) {
        staff_names_.clear();
        for (const auto& s : ctx.pos.staff()) staff_names_[s.id] = s.name;
        names_stale_ = false;
    }
    // A visit that ended (sold, lost, follow-up) is no longer open: nothing stays selected.
    if (state_.selected != 0 && ctx.pos.find_visit(state_.selected) == nullptr) state_.selected = 0;
    if (state_.find_customer && state_.selected != 0) desk_.open_picker(ui::CustomerLink::visit, state_.selected);
    if (state_.open_customer != 0) desk_.open_file(state_.open_customer);
    state_.find_customer = false;
    state_.open_customer = 0;
    if (desk_.open()) {
        desk_.frame(ctx.pos, sink);
        return;
    }
    read_customer(ctx.pos);
    read_my_day(ctx.pos);
    ui::FloorView view = make_floor_view(ctx.pos, staff_names_, state_.selected);
    view.customer = customer_;
    view.my_day = my_day_;
    ui::draw_floor(view, state_, sink);
}

void FloorPage::applied(const intent::Intent& applied, const service::Outcome& outcome) {
    (void)applied;
    if (const auto* started = outcome.find<service::event::VisitStarted>()) state_.selected = started->visit;
    names_stale_ = true;  // staff may have been added or renamed; the list is short
    customer_stale_ = true;
    my_day_stale_ = true;
    desk_.applied(outcome);
}

bool FloorPage::refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
    return desk_.refused(refused, refusal, message);
}

}  // namespace pos::gui
