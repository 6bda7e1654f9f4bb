#include "gui/checkout/checkout_page.h"

#include <type_traits>
#include <variant>

#include "ui/ui_env.h"

namespace pos::gui {
namespace {

// Whether an intent can carry a manager's approval, and whether it does.
bool takes_approval(const intent::Intent& i) {
    return std::visit([](const auto& x) { return requires { x.approval; }; }, i);
}

bool has_approval(const intent::Intent& i) {
    return std::visit(
        [](const auto& x) {
            if constexpr (requires { x.approval; }) return x.approval.has_value();
            else return false;
        },
        i);
}

// The approval refusals the manager must understand at once, in the session language; other
// refusals (the action itself refused) as the shell words them.
std::string dialog_error(const service::Refusal& r, const std::string& message) {
    if (r.cause == Cause::wrong_pin) return ui::tr("Wrong PIN");
    if (r.code == Errc::locked_out) return ui::tr("Locked after too many wrong PINs. Try again later.");
    return message;
}

}  // namespace

void CheckoutPage::frame(PageContext& ctx, intent::IntentSink& sink) {
    if (ui_.find_customer) desk_.open_picker(ui::CustomerLink::cart);
    ui_.find_customer = false;
    if (desk_.open()) {
        desk_.frame(ctx.pos, sink);
        return;
    }
    data_.refresh(ctx.pos, ctx.devices.summary(), ui_);
    view_ = make_checkout_view(ctx.pos, data_, ui_);
    if (refill_amount_) {
        ui_.amount_digits = std::to_string(view_.remaining_minor);
        refill_amount_ = false;
    }
    if (select_last_) {
        ui_.selected_line = static_cast<int>(view_.lines.size());
        select_last_ = false;
    }
    // A sale or refund finished elsewhere (script, another page) still shows its receipt; a new
    // cart hides it again.
    if (ui_.panel == ui::CheckoutPanel::done && !view_.lines.empty()) ui_.panel = ui::CheckoutPanel::catalog;
    if (ui_.panel == ui::CheckoutPanel::pay && view_.lines.empty()) ui_.panel = ui::CheckoutPanel::catalog;
    ui::draw_checkout(view_, ui_, sink);
}

void CheckoutPage::applied(const intent::Intent& applied, const service::Outcome& outcome) {
    namespace ev = service::event;
    data_.after_intent = true;
    desk_.applied(outcome);
    ui::OverrideDialogState& d = ui_.dialog;
    if (d.open && d.awaiting && d.pending && d.pending->index() == applied.index()) {
        const std::string manager = d.manager;
        d = ui::OverrideDialogState{};
        d.manager = manager;  // the same manager is preselected next time
    }
    ui::OrderDialogState& od = ui_.order;
    if (od.open && od.awaiting && outcome.find<ev::OrderTaken>()) od = ui::OrderDialogState{};
    for (const service::Event& e : outcome.events) {
        std::visit(
            [&](const auto& x) {
                using T = std::decay_t<decltype(x)>;
                if constexpr (std::is_same_v<T, ev::CartChanged>) {
                    // The amount keypad shows what is still due: put it in again when a line
                    // changed the due (a voided, held or recalled cart is not being paid).
                    switch (x.what) {
                    case ev::CartChange::line_added:
                        select_last_ = true;
                        refill_amount_ = true;
                        break;
                    case ev::CartChange::line_changed: refill_amount_ = true; break;
                    case ev::CartChange::line_removed:
                        ui_.selected_line = 0;
                        refill_amount_ = true;
                        break;
                    case ev::CartChange::voided:
                    case ev::CartChange::held: ui_.selected_line = 0; break;
                    case ev::CartChange::recalled:
                        ui_.selected_line = 0;
                        ui_.panel = ui::CheckoutPanel::catalog;
                        break;
                    }
                } else if constexpr (std::is_same_v<T, ev::TendersChanged>) {
                    refill_amount_ = true;
                } else if constexpr (std::is_same_v<T, ev::SaleCommitted>) {
                    ui_.selected_line = 0;
                    ui_.panel = ui::CheckoutPanel::done;
                } else if constexpr (std::is_same_v<T, ev::RefundCommitted>) {
                    ui_.panel = ui::CheckoutPanel::done;
                    ui_.lookup_receipt = 0;
                    ui_.receipt_digits.clear();
                    ui_.refund_qty.clear();
                    data_.refund_receipt = -1;  // what is left to return changed: read it again when asked
                } else if constexpr (std::is_same_v<T, ev::ReceiptScanned>) {
                    // A scanned receipt QR code is not a product: look the receipt up for a return.
                    ui_.panel = ui::CheckoutPanel::receipts;
                    ui_.receipt_digits = std::to_string(x.receipt_no);
                    ui_.lookup_receipt = x.receipt_no;
                    ui_.refund_qty.clear();
                } else if constexpr (std::is_same_v<T, ev::DrawerRequested>) {
                    data_.drawer_opened = true;
                } else if constexpr (std::is_same_v<T, ev::VisitLinked> || std::is_same_v<T, ev::CustomerLinked>) {
                    ui_.panel = ui::CheckoutPanel::catalog;
                }
            },
            e);
    }
}

bool CheckoutPage::refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
    if (desk_.refused(refused, refusal, message)) return true;
    ui::OverrideDialogState& d = ui_.dialog;
    if (d.open && d.awaiting && d.pending && d.pending->index() == refused.index()) {
        // Wrong PIN, locked manager, blank reason, or the action itself refused: the dialog
        // stays open with the reason and nothing changed.
        d.awaiting = false;
        d.pin.clear();
        d.error = dialog_error(refusal, message);
        return true;
    }
    ui::OrderDialogState& od = ui_.order;
    if (od.open && od.awaiting && od.pending && od.pending->index() == refused.index()) {
        // The order was not taken (past day, no address, deposit below the minimum, no card
        // code...): the dialog stays open with the reason.
        od.awaiting = false;
        od.error = message;
        return true;
    }
    // The service asked for a manager where the screen did not expect it (settings changed):
    // open the dialog for the same intent.
    if (refusal.needs_approval() && takes_approval(refused) && !has_approval(refused)) {
        ui::open_override(ui_, refused, message);
        return true;
    }
    return false;
}

std::unique_ptr<Page> make_checkout_page() { return std::make_unique<CheckoutPage>(); }

}  // namespace pos::gui
