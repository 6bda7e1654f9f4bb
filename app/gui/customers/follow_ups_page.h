#pragma once
// My follow-ups (tab "follow_ups"): the logged-in salesperson's target progress and open
// follow-ups (a manager: everyone's, with Reassign), read through the service's read models
// after each applied intent, not per frame. A customer's name opens the customer page
// (CustomerDesk). A refused result or reassignment is shown on the page.
#include <memory>
#include <optional>
#include <string>

#include "gui/customers/customer_desk.h"
#include "gui/page.h"
#include "ui/customers/customer_views.h"

namespace pos::gui {

class FollowUpsPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override;
    void applied(const intent::Intent& applied, const service::Outcome& outcome) override;
    bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) override;

    // For tests and previews.
    ui::FollowUpsUiState& ui_state() noexcept { return ui_; }
    const ui::FollowUpsView& view() const noexcept { return view_; }
    CustomerDesk& desk() noexcept { return desk_; }

private:
    void read(const service::PosService& pos);

    ui::FollowUpsUiState ui_;
    ui::FollowUpsView view_;
    CustomerDesk desk_;
    bool stale_ = true;
    bool read_team_ = false;                // what view_ was read for
    std::optional<intent::Intent> pending_; // the last result or reassignment this page pushed
};

// The follow-ups view from a board (and the target progress) in the session language.
ui::FollowUpsView make_follow_ups_view(const service::PosService& pos, const service::FollowUpBoard& board, bool team,
                                       const std::optional<service::TargetProgress>& target);

std::unique_ptr<Page> make_follow_ups_page();

}  // namespace pos::gui
