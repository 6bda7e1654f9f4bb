#pragma once
// The manager's tab of the app shell: a sub-navigation over the day summary (with day picker,
// print and CSV export), the periods with the salespeople's targets, the day close with the cash count, staff, the catalog import, the
// devices (with the virtual printer's last receipt) and the store settings.
#include <memory>
#include <string>

#include "gui/page.h"
#include "ui/admin/admin_views.h"

namespace pos::gui {

class ManagerPage final : public Page {
public:
    ManagerPage();
    ~ManagerPage() override;
    ManagerPage(const ManagerPage&) = delete;
    ManagerPage& operator=(const ManagerPage&) = delete;

    // Draws the page tabs and the open page into ui::screen_area(). Page views are rebuilt from
    // the service only when the page opens or after an intent, never every frame.
    void frame(PageContext& ctx, intent::IntentSink& sink) override;
    void applied(const intent::Intent& applied, const service::Outcome& outcome) override;
    bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) override;

    ui::admin::AdminPage current() const noexcept;
    // For previews: `i` was sent from the open page outside a frame (its outcome or refusal is
    // shown there).
    void sent_from_open_page(const intent::Intent& i);
    void open(ui::admin::AdminPage page) noexcept;  // as if its tab was tapped
    // What the last admin intent did (or why it was refused), shown on its page.
    const ui::admin::Feedback& feedback() const noexcept;

private:
    struct State;
    std::unique_ptr<State> s_;
};

// The shell shows it for the "manager" tab (managers only).
std::unique_ptr<Page> make_manager_page();

}  // namespace pos::gui
