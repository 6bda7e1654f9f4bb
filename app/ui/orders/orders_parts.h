#pragma once
// Internal to the orders screen: the action panels (a balance payment, reschedule, cancel) and
// pushing an action's intent so the page can tell its answer from others'.
#include "core/intents/intents.h"
#include "ui/orders/orders_view.h"

namespace pos::ui::orders {

// Pushes `i` for the selected order and remembers it as the one waited for.
void push_action(OrdersUiState& ui, intent::IntentSink& sink, intent::Intent i);
// The open action (or its text keyboard) over the whole screen.
void draw_action(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink);

}  // namespace pos::ui::orders
