#include "gui/checkout/checkout_page.h"

#include <type_traits>
#include <variant>

#include "receipt/receipt_qr.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

// The intents the manager-override dialog may be waiting for.
bool needs_approval_kind(const intent::Intent& i) {
    return std::holds_alternative<intent::LineDiscount>(i) || std::holds_alternative<intent::OrderDiscount>(i) ||
           std::holds_alternative<intent::PriceOverride>(i) || std::holds_alternative<intent::VoidCart>(i) ||
           std::holds_alternative<intent::RemoveLine>(i) || std::holds_alternative<intent::Refund>(i) ||
           std::holds_alternative<intent::OpenDrawer>(i);
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
// refusals (the action itself refused) as the service words them.
std::string dialog_error(const std::string& message) {
    if (message.find("wrong manager PIN") != std::string::npos) return ui::tr("Wrong PIN");
    if (message.find("locked") != std::string::npos) return ui::tr("Locked after too many wrong PINs. Try again later.");
    return message;
}

}  // namespace

void CheckoutPage::frame(PageContext& ctx, intent::IntentSink& sink) {
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

void CheckoutPage::applied(const intent::Intent& applied, const service::Result& result) {
    (void)result;
    data_.after_intent = true;
    ui::OverrideDialogState& d = ui_.dialog;
    if (d.open && d.awaiting && d.pending && d.pending->index() == applied.index()) {
        const std::string manager = d.manager;
        d = ui::OverrideDialogState{};
        d.manager = manager;  // the same manager is preselected next time
    }
    std::visit(
        [&](const auto& i) {
            using T = std::decay_t<decltype(i)>;
            if constexpr (std::is_same_v<T, intent::Scan> || std::is_same_v<T, intent::AddItem>) {
                select_last_ = true;
            } else if constexpr (std::is_same_v<T, intent::RemoveLine> || std::is_same_v<T, intent::VoidCart> ||
                                 std::is_same_v<T, intent::HoldCart>) {
                ui_.selected_line = 0;
            } else if constexpr (std::is_same_v<T, intent::RecallCart>) {
                ui_.selected_line = 0;
                ui_.panel = ui::CheckoutPanel::catalog;
            } else if constexpr (std::is_same_v<T, intent::AddTender> || std::is_same_v<T, intent::RemoveTender>) {
                refill_amount_ = true;
            } else if constexpr (std::is_same_v<T, intent::CompleteSale>) {
                ui_.selected_line = 0;
                ui_.panel = ui::CheckoutPanel::done;
            } else if constexpr (std::is_same_v<T, intent::Refund>) {
                ui_.panel = ui::CheckoutPanel::done;
                ui_.lookup_receipt = 0;
                ui_.receipt_digits.clear();
                ui_.refund_qty.clear();
            } else if constexpr (std::is_same_v<T, intent::OpenDrawer>) {
                data_.drawer_opened = true;
            } else if constexpr (std::is_same_v<T, intent::LinkVisit> || std::is_same_v<T, intent::LinkCustomer>) {
                ui_.panel = ui::CheckoutPanel::catalog;
            }
        },
        applied);
    // The amount keypad shows what is still due: put it in again when the due changed.
    if (std::holds_alternative<intent::Scan>(applied) || std::holds_alternative<intent::AddItem>(applied) ||
        std::holds_alternative<intent::SetQty>(applied) || std::holds_alternative<intent::RemoveLine>(applied) ||
        std::holds_alternative<intent::LineDiscount>(applied) || std::holds_alternative<intent::OrderDiscount>(applied) ||
        std::holds_alternative<intent::PriceOverride>(applied))
        refill_amount_ = true;
    // A refund changes what is left to return on the receipt: read it again when asked.
    if (std::holds_alternative<intent::Refund>(applied)) data_.refund_receipt = -1;
}

bool CheckoutPage::refused(const intent::Intent& refused, const std::string& message) {
    ui::OverrideDialogState& d = ui_.dialog;
    if (d.open && d.awaiting && d.pending && d.pending->index() == refused.index()) {
        // Wrong PIN, locked manager, blank reason, or the action itself refused: the dialog
        // stays open with the reason and nothing changed.
        d.awaiting = false;
        d.pin.clear();
        d.error = dialog_error(message);
        return true;
    }
    // The service asked for a manager where the screen did not expect it (settings changed):
    // open the dialog for the same intent.
    if (needs_approval_kind(refused) && !has_approval(refused) && message.find("manager") != std::string::npos) {
        ui::open_override(ui_, refused, message);
        return true;
    }
    // A scanned receipt QR code is not a product: look the receipt up for a return.
    if (const auto* scan = std::get_if<intent::Scan>(&refused)) {
        std::string code = scan->code;
        if (code.size() > 3 && code[0] == ']') code = code.substr(3);  // AIM symbology prefix
        while (!code.empty() && (code.back() == '\r' || code.back() == '\n')) code.pop_back();
        if (const auto receipt_no = receipt::parse_receipt_qr(code)) {
            ui_.panel = ui::CheckoutPanel::receipts;
            ui_.receipt_digits = std::to_string(*receipt_no);
            ui_.lookup_receipt = *receipt_no;
            ui_.refund_qty.clear();
            return true;
        }
    }
    return false;
}

std::unique_ptr<Page> make_checkout_page() { return std::make_unique<CheckoutPage>(); }

}  // namespace pos::gui
