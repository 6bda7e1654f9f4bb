#pragma once
// The cashier's checkout page for the app shell (tab "terminal"): builds the CheckoutView from
// the service each frame (in-memory state only) and from the database only when something
// changed (catalog, search results, managers, the looked-up receipt, print job status), draws
// it, and keeps the UI state in step with what the service accepted or refused. The customer
// picker (CustomerDesk) opens over it to find or add the cart's customer.
#include <memory>
#include <string>

#include "gui/checkout/checkout_data.h"
#include "gui/customers/customer_desk.h"
#include "gui/page.h"
#include "ui/checkout/checkout_view.h"

namespace pos::gui {

class CheckoutPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override;
    void applied(const intent::Intent& applied, const service::Outcome& outcome) override;
    bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) override;

    // The catalog is read again at the next frame (after an import, for instance).
    void mark_catalog_dirty() noexcept { data_.catalog_dirty = true; }

    // For tests and previews.
    ui::CheckoutUiState& ui_state() noexcept { return ui_; }
    const ui::CheckoutView& view() const noexcept { return view_; }
    CustomerDesk& desk() noexcept { return desk_; }

private:
    CustomerDesk desk_;  // the customer picker for the cart (Find or add a customer)
    ui::CheckoutUiState ui_;
    ui::CheckoutView view_;
    CheckoutData data_;
    bool refill_amount_ = false;   // put the remaining due into the amount keypad
    bool select_last_ = false;     // select the line just added
};

// The factory the shell uses.
std::unique_ptr<Page> make_checkout_page();

}  // namespace pos::gui
