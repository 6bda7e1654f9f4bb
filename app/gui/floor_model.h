#pragma once
// Fills the floor screen's view from the service: the open visits as cards, and the selected
// visit's stage rail, prompts, needs, signals, objections and closing choices from its
// playbook, all in the session language. Reads only in-memory service state.
#include <map>
#include <string>

#include "service/pos_service.h"
#include "ui/floor_screen.h"

namespace pos::gui {

// staff_names: id -> name (read from the database after each applied intent, not per frame).
ui::FloorView make_floor_view(const service::PosService& pos, const std::map<Id, std::string>& staff_names, Id selected);

// "12 min", "1 h 05 min" in the current UI language.
std::string elapsed_text(Timestamp from, Timestamp now);

// Follow-up date chips: today + 1, 3, 7 and 14 days, labelled for `lang`.
std::vector<ui::DateChip> follow_up_dates(Timestamp now, Lang lang);

}  // namespace pos::gui
