#pragma once
// Internal to the checkout screen: the panels draw_checkout composes (cart list, catalog browser,
// tender panel, manager-override dialog, returns / reprint dialog, held carts and links) and the
// small layout helpers they share.
#include <string>
#include <vector>

#include "core/intents/intents.h"
#include "ui/checkout/checkout_view.h"
#include "ui/chip_flow.h"
#include "ui/theme.h"

namespace pos::ui::checkout {

// "label###id" for a touch button whose text changes but whose probe name does not.
std::string with_id(const std::string& label, const std::string& id);
// Height of a row button / chip (touch target) at the current scale.
float row_height();
// Money of the screen's currency in the session language.
std::string money(const CheckoutView& view, Minor amount);
// Minor units typed on a keypad (digits only); 0 for empty, clamped to 15 digits.
Minor digits_value(const std::string& digits);
// The large font when `text` fits in `width` (with the button padding), else the body font.
ImFont* fitting_font(const std::string& text, float width);
// Widths for labels sharing one row of `count` buttons: each gets its text width plus an
// equal share of what is left (long labels get more room, none is cut while they fit).
std::vector<float> share_row(const std::vector<std::string>& labels, float width);
// A dim caption line.
void caption(const char* text);
// A panel title in the large font.
void title(const char* text);
// What a card payment's reference is called ("Approval code"), translated.
const char* approval_code_label();
// The Cash and Card buttons of a special-order payment sharing `width` (probes "cash", "card");
// true when a tap changed `tender`.
bool cash_or_card_row(std::string& tender, float width);

// The left column: linked visit / customer, cart lines, the selected line's actions, totals
// and the Pay / Hold / Void row.
void draw_cart(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink, ImVec2 size);
// Right column panels.
void draw_catalog(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_search(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_line_edit(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_tender(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_receipts(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_held(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_link(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
void draw_done(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
// The whole-screen manager-override dialog (drawn instead of the columns while open).
void draw_override(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
// The whole-screen "Take as order" dialog (drawn instead of the columns while open).
void draw_order_dialog(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink);
// Its deposit step in `size`: the amount, its tender and the cash handed over beside the keypad,
// whose key takes the order.
void draw_order_deposit(const CheckoutView& view, OrderDialogState& d, intent::IntentSink& sink, ImVec2 size);

}  // namespace pos::ui::checkout
