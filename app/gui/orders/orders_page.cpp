#include "gui/orders/orders_page.h"

#include <type_traits>
#include <variant>

#include "ui/ui_env.h"

namespace pos::gui {
namespace {

bool takes_approval(const intent::Intent& i) {
    return std::visit([](const auto& x) { return requires { x.approval; }; }, i);
}

bool waits_for(const std::optional<intent::Intent>& pending, const intent::Intent& i) { return pending && pending->index() == i.index(); }

// What an applied action did, for the line under the order.
std::string notice_of(const service::Outcome& outcome) {
    namespace ev = service::event;
    if (const auto* paid = outcome.find<ev::OrderPaid>())
        return paid->paid_in_full ? ui::tr("Paid in full. The receipt is printing.") : ui::tr("Payment taken. The receipt is printing.");
    if (const auto* changed = outcome.find<ev::OrderChanged>()) {
        switch (changed->what) {
        case ev::OrderChange::ready: return ui::tr("The goods are in: ready to hand over.");
        case ev::OrderChange::handed_over: return ui::tr("Handed over.");
        case ev::OrderChange::rescheduled: return ui::tr("Rescheduled.");
        case ev::OrderChange::cancelled: return ui::tr("Cancelled.");
        }
    }
    if (const auto* page = outcome.find<ev::PagePrintRequested>())
        if (page->page == ev::PageKind::dispatch) return ui::tr("The dispatch list is printing.");
    return {};
}

}  // namespace

void OrdersPage::frame(PageContext& ctx, intent::IntentSink& sink) {
    data_.refresh(ctx.pos, ui_);
    view_ = make_orders_view(ctx.pos, data_);
    if (ui_.action != ui::OrderAction::none && !view_.detail) ui_.action = ui::OrderAction::none;
    ui::draw_orders(view_, ui_, sink);
}

void OrdersPage::applied(const intent::Intent& applied, const service::Outcome& outcome) {
    namespace ev = service::event;
    data_.dirty = true;  // orders, payments or staff may have changed: read again at the next frame
    if (outcome.find<ev::LoggedOut>()) {
        ui_ = ui::OrdersUiState{};
        return;
    }
    // An order taken at the checkout is the one to look at here next.
    if (const auto* taken = outcome.find<ev::OrderTaken>()) ui_.selected = taken->order_no;
    bool mine = false;
    ui::OverrideDialogState& d = ui_.approval;
    if (d.open && d.awaiting && waits_for(d.pending, applied)) {
        const std::string manager = d.manager;
        d = ui::OverrideDialogState{};
        d.manager = manager;  // the same manager is preselected next time
        mine = true;
    }
    if (ui_.awaiting && waits_for(ui_.pending, applied)) {
        ui_.awaiting = false;
        ui_.pending.reset();
        mine = true;
    }
    if (mine) {
        ui_.action = ui::OrderAction::none;
        ui_.error.clear();
        ui_.notice = notice_of(outcome);
    }
}

bool OrdersPage::refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
    ui::OverrideDialogState& d = ui_.approval;
    if (d.open && d.awaiting && waits_for(d.pending, refused)) {
        // Wrong PIN, locked manager, or the cancellation itself refused: the dialog stays open.
        d.awaiting = false;
        d.pin.clear();
        if (refusal.cause == Cause::wrong_pin) d.error = ui::tr("Wrong PIN");
        else if (refusal.code == Errc::locked_out) d.error = ui::tr("Locked after too many wrong PINs. Try again later.");
        else d.error = message;
        return true;
    }
    if (!ui_.awaiting || !waits_for(ui_.pending, refused)) return false;
    ui_.awaiting = false;
    ui_.pending.reset();
    if (refusal.needs_approval() && takes_approval(refused)) {
        // Money was taken: a manager approves the cancellation and its refund.
        std::string what = ui::tr("Cancel order");
        if (view_.detail) what += " " + view_.detail->heading + " · " + ui::tr("Refund") + " " + view_.detail->paid;
        ui::open_override(ui_.approval, refused, what);
        return true;
    }
    ui_.error = message;
    return true;
}

std::unique_ptr<Page> make_orders_page() { return std::make_unique<OrdersPage>(); }

}  // namespace pos::gui
