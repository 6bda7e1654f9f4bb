// The actions on one order, each over the whole screen: a balance payment (the amount keypad
// prefilled with the balance, cash with the cash handed over and the change, or card with its
// approval code), reschedule (delivery or pickup, the day on a calendar, the time window, the
// address) and cancel (a reason, how what was paid goes back). The page shows the refusal here
// and asks a manager when the service says a cancellation needs one.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "core/sale/money.h"
#include "core/sale/tender_kind.h"
#include "ui/checkout/cash_handed.h"
#include "ui/checkout/checkout_parts.h"
#include "ui/chip_flow.h"
#include "ui/keypad.h"
#include "ui/orders/orders_parts.h"
#include "ui/schedule_picker.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace orders {
namespace {

using checkout::approval_code_label;
using checkout::caption;
using checkout::cash_or_card_row;
using checkout::digits_value;
using checkout::row_height;
using checkout::share_row;
using checkout::title;
using checkout::with_id;

std::string money(const OrdersView& view, Minor amount) {
    const Currency* cur = find_currency(view.currency_code);
    return cur != nullptr ? format_money(amount, *cur, view.lang) : std::to_string(amount);
}

bool blank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

// Cash or card, and the card's approval code (typed on the text keyboard).
void draw_tender(OrdersUiState& ui, float w) {
    ProbeScope probe("tender");
    if (cash_or_card_row(ui.tender, w)) ui.cash = {};
    if (ui.tender == "card") {
        const std::string ref = std::string(approval_code_label()) + " " + (ui.reference.empty() ? "—" : ui.reference);
        if (touch_button(with_id(ref, "reference").c_str(), {w, row_height()})) ui.typing = OrdersField::reference;
    }
}

void draw_keyboard(OrdersUiState& ui) {
    std::string* text = &ui.reference;
    const char* label = approval_code_label();
    if (ui.typing == OrdersField::address) {
        text = &ui.schedule.address;
        label = tr("Address");
    } else if (ui.typing == OrdersField::reason) {
        text = &ui.reason;
        label = tr("Reason");
    }
    caption(label);
    {
        FontScope big(large_font());
        ImGui::TextUnformatted(text->empty() ? " " : text->c_str());
    }
    TextKeyboardOptions options;
    options.max_bytes = ui.typing == OrdersField::reference ? 32 : 200;
    if (text_keyboard("kb", *text, ui.keyboard, options) == KeyboardResult::done) ui.typing = OrdersField::none;
}

void back_button(OrdersUiState& ui, float w) {
    if (touch_button(with_id(tr("Back"), "back").c_str(), {w, row_height()})) {
        ui.action = OrderAction::none;
        ui.error.clear();
    }
}

// The keypad types the amount paid, or the cash handed over after "Other amount"; its key pays
// (greyed while the cash handed over does not cover the amount).
void draw_pay(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    const OrderDetail& d = *view.detail;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float key_w = px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f;
    const float key_h = std::clamp(ImGui::GetContentRegionAvail().y, px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 4.0f,
                                   px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f);
    const Minor amount = digits_value(ui.amount_digits);
    const bool cash = ui.tender == "cash";
    const bool typing_cash = cash && ui.cash.typing;
    KeypadOptions options;
    options.max_digits = 12;
    const std::string ok = std::string(tr("Pay")) + " " + money(view, amount);
    options.ok_label = ok.c_str();
    options.ok_enabled = amount > 0 && !ui.awaiting && (ui.tender != "card" || !ui.reference.empty()) && (!cash || cash_covers(ui.cash, amount));
    options.size = {key_w, key_h};
    ImGui::BeginGroup();
    const KeypadResult r = numeric_keypad("keypad", typing_cash ? ui.cash.digits : ui.amount_digits, options);
    ImGui::EndGroup();
    if (r == KeypadResult::changed) ui.error.clear();
    if (r == KeypadResult::ok)
        push_action(ui, sink,
                    intent::PayOrder{d.order_no, amount, ui.tender, cash ? cash_handed(ui.cash, amount) : 0, cash ? std::string() : ui.reference});
    ImGui::SameLine(0.0f, style.ItemSpacing.x * 3.0f);
    ImGui::BeginGroup();
    const float w = ImGui::GetContentRegionAvail().x;
    caption(tr("Balance due"));
    title(d.balance.c_str());
    // With cash the keypad types the amount (selected) or the cash handed over; "Amount" turns it back.
    const std::string whole = std::string(tr("Whole balance")) + " " + d.balance;
    float whole_w = w;
    if (cash) {
        const std::string typed = std::string(tr("Amount")) + " " + money(view, amount);
        const std::vector<float> widths = share_row({typed, whole}, w);
        if (touch_button(with_id(typed, "amount").c_str(), {widths[0], row_height()}, typing_cash ? ButtonKind::normal : ButtonKind::selected))
            ui.cash.typing = false;
        ImGui::SameLine();
        whole_w = widths[1];
    }
    if (touch_button(with_id(whole, "whole").c_str(), {whole_w, row_height()})) {
        ui.amount_digits = std::to_string(d.balance_minor);
        ui.cash.typing = false;
        ui.error.clear();
    }
    caption(tr("Paid by"));
    draw_tender(ui, w);
    if (cash) draw_cash_handed(ui.cash, amount, view.currency_code, view.lang, w);
    back_button(ui, w);
    ImGui::EndGroup();
}

void draw_reschedule(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    const OrderDetail& d = *view.detail;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ImGui::BeginChild("when", {std::floor(avail.x * 0.4f), avail.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float w = ImGui::GetContentRegionAvail().x;
    caption(tr("Delivery or pickup"));
    fulfilment_row(ui.schedule, w);
    caption(tr("Time window"));
    window_chips(ui.schedule.window);
    if (ui.schedule.delivery) {
        caption(tr("Address"));
        const std::string shown = ui.schedule.address.empty() ? std::string(tr("Tap to type the address")) : ui.schedule.address;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(at, {at.x + w, at.y + row_height()}, true);
        if (touch_button(with_id(shown, "address").c_str(), {w, row_height()})) ui.typing = OrdersField::address;
        ImGui::PopClipRect();
    }
    ImGui::SetCursorPosY(ImGui::GetWindowContentRegionMax().y - 2.0f * row_height() - ImGui::GetStyle().ItemSpacing.y);
    if (touch_button(with_id(tr("Save"), "save").c_str(), {w, row_height()}, ButtonKind::primary, !ui.awaiting && !ui.schedule.day.empty()))
        push_action(ui, sink,
                    intent::RescheduleOrder{d.order_no, ui.schedule.delivery ? "delivery" : "pickup", ui.schedule.day, ui.schedule.window,
                                            ui.schedule.delivery ? ui.schedule.address : std::string()});
    back_button(ui, w);
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap * 2.0f);
    ImGui::BeginChild("days", {0.0f, avail.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    caption(tr("Date"));
    ImGui::SameLine();
    ImGui::TextUnformatted(ui.schedule.day.empty() ? "—" : ui.schedule.day.c_str());
    const float rows_h = ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing();
    const float cell_h = std::clamp(std::floor(rows_h / 5.0f - ImGui::GetStyle().ItemSpacing.y), px(kMinTarget), px(64.0f));
    day_grid(view.today, ui.schedule.day, 5, ImGui::GetContentRegionAvail().x, cell_h);
    ImGui::EndChild();
}

void draw_cancel(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    const OrderDetail& d = *view.detail;
    const float w = ImGui::GetContentRegionAvail().x;
    caption(tr("Reason"));
    {
        ProbeScope probe("reason");
        const std::array<const char*, 3> reasons{tr("Customer changed their mind"), tr("Supplier cannot deliver"), tr("Ordered by mistake")};
        ImGui::BeginGroup();
        ChipFlow flow(px(52.0f));
        int n = 0;
        for (const char* r : reasons)
            if (flow.chip(with_id(r, std::to_string(n++)), ui.reason == r ? ButtonKind::selected : ButtonKind::normal)) ui.reason = r;
        ImGui::EndGroup();
    }
    const std::string typed = ui.reason.empty() ? std::string(tr("Type a reason")) : ui.reason;
    if (touch_button(with_id(typed, "type").c_str(), {w, row_height()})) ui.typing = OrdersField::reason;
    if (d.paid_minor > 0) {
        ImGui::Dummy({1.0f, px(8.0f)});
        caption((std::string(tr("Refund")) + " " + d.paid).c_str());
        draw_tender(ui, w);
    }
    ImGui::SetCursorPosY(ImGui::GetWindowContentRegionMax().y - row_height());
    const std::vector<float> bw = share_row({tr("Cancel the order"), tr("Back")}, w);
    if (touch_button(with_id(tr("Cancel the order"), "confirm").c_str(), {bw[0], row_height()}, ButtonKind::danger,
                     !ui.awaiting && !blank(ui.reason)))
        push_action(ui, sink,
                    intent::CancelOrder{d.order_no, ui.reason, ui.tender, ui.tender == "card" ? ui.reference : std::string(), std::nullopt});
    ImGui::SameLine();
    back_button(ui, bw[1]);
}

}  // namespace

void push_action(OrdersUiState& ui, intent::IntentSink& sink, intent::Intent i) {
    ui.pending = i;
    ui.awaiting = true;
    ui.error.clear();
    ui.notice.clear();
    sink.push(std::move(i));
}

void draw_action(const OrdersView& view, OrdersUiState& ui, intent::IntentSink& sink) {
    ImGui::BeginChild("action", ImGui::GetContentRegionAvail(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("action");
    const char* what = ui.action == OrderAction::pay ? tr("Balance payment") : ui.action == OrderAction::reschedule ? tr("Reschedule") : tr("Cancel order");
    title(what);
    ImGui::SameLine();
    ImGui::TextColored(palette::text_dim, "%s", view.detail->heading.c_str());
    if (!ui.error.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(palette::danger, "%s", ui.error.c_str());
        ImGui::PopTextWrapPos();
    }
    if (ui.typing != OrdersField::none) {
        draw_keyboard(ui);
    } else {
        switch (ui.action) {
        case OrderAction::pay: draw_pay(view, ui, sink); break;
        case OrderAction::reschedule: draw_reschedule(view, ui, sink); break;
        case OrderAction::cancel: draw_cancel(view, ui, sink); break;
        case OrderAction::none: break;
        }
    }
    ImGui::EndChild();
}

}  // namespace orders

void open_order_action(const OrdersView& view, OrdersUiState& ui, OrderAction action) {
    if (!view.detail) return;
    ui.action = action;
    ui.error.clear();
    ui.notice.clear();
    ui.tender = "cash";
    ui.cash = {};
    ui.reference.clear();
    ui.typing = OrdersField::none;
    ui.amount_digits = std::to_string(view.detail->balance_minor);
    ui.schedule = view.detail->schedule_now;
    ui.reason.clear();
}

}  // namespace pos::ui
