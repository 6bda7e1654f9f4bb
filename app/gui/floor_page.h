#pragma once
// The floor page: the open visits and the guided visit (ui/floor_screen.h), filled from the
// service by make_floor_view. Staff names and the selected visit's customer ("last time" for a
// be-back) are read from the database only after an intent or when another visit is chosen.
// The customer picker and customer page (CustomerDesk) open over it; other refusals are shown
// by the shell's top bar.
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gui/customers/customer_desk.h"
#include "gui/page.h"
#include "ui/floor_screen.h"

namespace pos::gui {

class FloorPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override;
    void applied(const intent::Intent& applied, const service::Outcome& outcome) override;
    bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) override;

    const ui::FloorUiState& state() const noexcept { return state_; }
    ui::FloorUiState& ui_state() noexcept { return state_; }
    CustomerDesk& desk() noexcept { return desk_; }
    const ui::VisitCustomer& customer() const noexcept { return customer_; }
    const std::vector<std::string>& my_day() const noexcept { return my_day_; }

private:
    void read_customer(const service::PosService& pos);
    void read_my_day(const service::PosService& pos);

    ui::FloorUiState state_;
    CustomerDesk desk_;
    ui::VisitCustomer customer_;
    Id customer_visit_ = 0;       // the visit customer_ was read for
    bool customer_stale_ = true;
    std::vector<std::string> my_day_;  // read after each applied intent (a login among them)
    bool my_day_stale_ = true;
    std::map<Id, std::string> staff_names_;
    bool names_stale_ = true;
};

}  // namespace pos::gui
