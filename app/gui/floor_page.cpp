#include "gui/floor_page.h"

#include "gui/floor_model.h"

namespace pos::gui {

void FloorPage::frame(PageContext& ctx, intent::IntentSink& sink) {
    if (names_stale_) {
        staff_names_.clear();
        for (const auto& s : ctx.pos.staff()) staff_names_[s.id] = s.name;
        names_stale_ = false;
    }
    // A visit that ended (sold, lost, follow-up) is no longer open: nothing stays selected.
    if (state_.selected != 0 && ctx.pos.find_visit(state_.selected) == nullptr) state_.selected = 0;
    ui::draw_floor(make_floor_view(ctx.pos, staff_names_, state_.selected), state_, sink);
}

void FloorPage::applied(const intent::Intent& applied, const service::Outcome& outcome) {
    (void)applied;
    if (const auto* started = outcome.find<service::event::VisitStarted>()) state_.selected = started->visit;
    names_stale_ = true;  // staff may have been added or renamed; the list is short
}

}  // namespace pos::gui
