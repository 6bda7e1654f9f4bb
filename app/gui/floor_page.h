#pragma once
// The floor page: the open visits and the guided visit (ui/floor_screen.h), filled from the
// service by make_floor_view. Staff names are read from the database only after an intent.
// Refusals are shown by the shell's top bar.
#include <map>
#include <memory>
#include <string>

#include "gui/page.h"
#include "ui/floor_screen.h"

namespace pos::gui {

class FloorPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override;
    void applied(const intent::Intent& applied, const service::Outcome& outcome) override;

    const ui::FloorUiState& state() const noexcept { return state_; }

private:
    ui::FloorUiState state_;
    std::map<Id, std::string> staff_names_;
    bool names_stale_ = true;
};

}  // namespace pos::gui
