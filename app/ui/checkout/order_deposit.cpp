// The "Take as order" dialog's deposit step: the amount (the store's minimum filled in,
// percentage buttons, or typed on the keypad), cash or card, and for cash what the customer
// hands over with the change. The keypad types the deposit, or the cash handed over after
// "Other amount"; its key takes the order (greyed while the cash does not cover the deposit).
#include <imgui.h>

#include <algorithm>

#include "core/sale/tender_kind.h"
#include "ui/checkout/cash_handed.h"
#include "ui/checkout/checkout_parts.h"
#include "ui/keypad.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

Minor deposit_amount(const CheckoutView& view, const OrderDialogState& d) {
    if (d.deposit_bp > 0)
        for (const auto& [bp, amount] : view.deposit_quick)
            if (bp == d.deposit_bp) return amount;
    return digits_value(d.deposit_digits);
}

bool gives_change(const std::string& kind) {
    const TenderKindInfo* k = tender_kinds.find(kind);
    return k != nullptr && k->may_exceed_due;
}

void push_order(const CheckoutView& view, OrderDialogState& d, intent::IntentSink& sink) {
    intent::TakeOrder t;
    t.customer_id = 0;  // the customer linked to the cart
    t.fulfilment = d.schedule.delivery ? "delivery" : "pickup";
    t.day = d.schedule.day;
    t.window = d.schedule.window;
    if (d.schedule.delivery) t.address = d.schedule.address;
    for (const CheckoutLine& l : view.lines) {
        auto c = d.lines.find(l.position);
        if (c != d.lines.end() && c->second.to_order) t.to_order.push_back({l.position, c->second.supplier, c->second.expected});
    }
    t.deposit = d.deposit_bp > 0 ? intent::DiscountSpec{true, d.deposit_bp} : intent::DiscountSpec{false, digits_value(d.deposit_digits)};
    t.tender = d.tender;
    if (gives_change(d.tender)) {
        const Minor deposit = deposit_amount(view, d);
        const Minor handed = cash_handed(d.cash, deposit);
        t.tendered = handed > deposit ? handed : 0;  // 0 = exactly the deposit
    }
    if (d.tender == "card") t.reference = d.reference;
    d.pending = intent::Intent{t};
    sink.push(intent::Intent{std::move(t)});
    d.awaiting = true;
    d.error.clear();
}

// Minimum and the percentage buttons; each puts the keypad back on the deposit.
void draw_deposit_quick(const CheckoutView& view, OrderDialogState& d, Minor amount, float w) {
    ProbeScope probe("quick");
    std::vector<std::string> labels{tr("Minimum")};
    for (const auto& q : view.deposit_quick) labels.push_back(std::to_string(q.first / 100) + " %");
    const std::vector<float> widths = share_row(labels, w);
    if (touch_button(with_id(labels[0], "min").c_str(), {widths[0], row_height()},
                     d.deposit_bp == 0 && amount == view.deposit_min_minor ? ButtonKind::selected : ButtonKind::normal)) {
        d.deposit_bp = 0;
        d.deposit_digits = std::to_string(view.deposit_min_minor);
        d.cash.typing = false;
    }
    for (std::size_t i = 0; i < view.deposit_quick.size(); ++i) {
        const auto& [bp, quick] = view.deposit_quick[i];
        ImGui::SameLine();
        if (touch_button(with_id(labels[i + 1], std::to_string(bp)).c_str(), {widths[i + 1], row_height()},
                         d.deposit_bp == bp ? ButtonKind::selected : ButtonKind::normal)) {
            d.deposit_bp = bp;
            d.deposit_digits = std::to_string(quick);
            d.cash.typing = false;
        }
    }
}

// "Paid by" on the row of its buttons, so the cash handed over has room below at 1024x768.
void draw_tender_kinds(OrderDialogState& d, float w) {
    ProbeScope probe("tender");
    const char* label = tr("Paid by");
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float label_w = ImGui::CalcTextSize(label).x + ImGui::GetStyle().ItemSpacing.x * 2.0f;
    ImGui::GetWindowDrawList()->AddText({at.x, at.y + (row_height() - ImGui::GetFontSize()) * 0.5f},
                                        ImGui::ColorConvertFloat4ToU32(palette::text_dim), label);
    ImGui::SetCursorScreenPos({at.x + label_w, at.y});
    if (cash_or_card_row(d.tender, w - label_w)) d.cash = {};
}

}  // namespace

void draw_order_deposit(const CheckoutView& view, OrderDialogState& d, intent::IntentSink& sink, ImVec2 size) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float key_w = px(88.0f) * 3.0f + style.ItemSpacing.x * 2.0f;
    const float left_w = size.x - key_w - style.ItemSpacing.x * 2.0f;
    const Minor amount = deposit_amount(view, d);
    const bool cash = gives_change(d.tender);
    ImGui::BeginChild("deposit", {left_w, size.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float w = ImGui::GetContentRegionAvail().x;
    if (cash) {
        // The keypad types the deposit (selected) or the cash handed over; a tap here turns it back.
        const std::string shown = std::string(tr("Deposit")) + " " + money(view, amount);
        FontScope big(fitting_font(shown, w));
        if (touch_button(with_id(shown, "amount").c_str(), {w, row_height()}, d.cash.typing ? ButtonKind::normal : ButtonKind::selected))
            d.cash.typing = false;
    } else {
        caption(tr("Deposit"));
        title(money(view, amount).c_str());
    }
    caption((std::string(tr("Store minimum")) + " " + money(view, view.deposit_min_minor) + "  ·  " + tr("Total") + " " + view.total).c_str());
    draw_deposit_quick(view, d, amount, w);
    draw_tender_kinds(d, w);
    if (cash) draw_cash_handed(d.cash, amount, view.currency_code, view.lang, w);
    if (d.tender == "card") {
        const std::string ref = std::string(approval_code_label()) + " " + (d.reference.empty() ? "—" : d.reference);
        if (touch_button(with_id(ref, "reference").c_str(), {w, row_height()})) d.typing = OrderField::reference;
    }
    ImGui::EndChild();
    ImGui::SameLine(0.0f, style.ItemSpacing.x * 2.0f);
    ImGui::BeginGroup();
    KeypadOptions options;
    options.max_digits = 12;
    const std::string ok = std::string(tr("Take order")) + " " + money(view, amount);
    options.ok_label = ok.c_str();
    options.ok_enabled = view.customer_id != 0 && !d.awaiting && amount > 0 && (!cash || cash_covers(d.cash, amount));
    options.size = {key_w, std::min(size.y, px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f)};
    const bool typing_cash = cash && d.cash.typing;
    const KeypadResult r = numeric_keypad("keypad", typing_cash ? d.cash.digits : d.deposit_digits, options);
    if (r == KeypadResult::changed && !typing_cash) d.deposit_bp = 0;
    if (r == KeypadResult::ok) push_order(view, d, sink);
    ImGui::EndGroup();
}

}  // namespace pos::ui::checkout
