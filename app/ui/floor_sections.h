#pragma once
// Internal to the floor screen: the chip flow layout and the per-tab sections of the selected
// visit (needs, present, signals, objections, close, not sold), drawn by floor_screen.cpp.
#include <string>

#include "core/intents/intents.h"
#include "ui/floor_screen.h"
#include "ui/chip_flow.h"
#include "ui/theme.h"

namespace pos::ui::floor {

// Height of a chip (touch target) at the current scale.
float chip_height();

void draw_needs(const VisitDetail& visit, intent::IntentSink& sink);
void draw_present(const VisitDetail& visit, FloorUiState& ui, intent::IntentSink& sink);
void draw_signals(const VisitDetail& visit, intent::IntentSink& sink);
void draw_objections(const VisitDetail& visit, intent::IntentSink& sink);
void draw_close(const VisitDetail& visit, FloorUiState& ui, intent::IntentSink& sink);
void draw_not_sold(const FloorView& view, FloorUiState& ui);
// The selected visit's customer at the foot of the visit list: Link customer, or the name with
// Change customer and the be-back's "last time" lines. Its height for the left column.
float visit_customer_height(const FloorView& view);
void draw_visit_customer(const FloorView& view, FloorUiState& ui);
// The tab's action row kept below the scrolled section (Accepted / Declined, End visit, Save
// follow-up), so it is always on screen; footer_height is 0 for tabs without one.
float footer_height(FloorTab tab);
void draw_footer(const FloorView& view, FloorUiState& ui, intent::IntentSink& sink);

}  // namespace pos::ui::floor
