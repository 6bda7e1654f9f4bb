#pragma once
// Sample floor-screen data for the tests and the preview: the real furniture playbook mapped
// into a FloorView the way the app does it (visit 41 in the needs stage, two earlier stages
// done, "asks_price" recorded once, a price objection open, four follow-up dates).
#include "core/common/lang.h"
#include "core/visit/playbook.h"
#include "ui/floor_screen.h"

namespace pos::test {

const Playbook& furniture();
ui::FloorView sample_floor_view(Lang lang);

}  // namespace pos::test
