// Returns, reprints and the "no sale" drawer opening: the cashier types the receipt number (or
// scans the receipt's QR code, which the page turns into a lookup), picks lines and quantities,
// and refunds them; a copy or a gift receipt of any receipt can be printed again.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/keypad.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

void draw_no_sale(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    if (touch_button(with_id(tr("No sale: open the drawer"), "no_sale").c_str(), {ImGui::GetContentRegionAvail().x, row_height()})) {
        if (view.no_sale_needs_approval) open_override(ui, intent::OpenDrawer{std::nullopt}, tr("No sale: open the drawer"));
        else sink.push(intent::OpenDrawer{std::nullopt});
    }
}

void draw_lookup(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    const ImGuiStyle& style = ImGui::GetStyle();
    caption(tr("Receipt number (type it or scan the receipt's QR code)"));
    {
        FontScope big(large_font());
        const std::string shown = "#" + ui.receipt_digits;
        ImGui::TextColored(palette::accent, "%s", shown.c_str());
    }
    if (!view.refund.error.empty() && view.refund.receipt_no == ui.lookup_receipt)
        ImGui::TextColored(palette::danger, "%s", view.refund.error.c_str());
    const float w = ImGui::GetContentRegionAvail().x;
    const float key_w = std::min(w, px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f);
    const float below = row_height() + style.ItemSpacing.y;
    const float key_h = std::clamp(ImGui::GetContentRegionAvail().y - below, px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 4.0f,
                                   px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f);
    KeypadOptions options;
    options.max_digits = 12;
    options.ok_label = tr("Find");
    options.ok_enabled = !ui.receipt_digits.empty();
    options.size = {key_w, key_h};
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (w - key_w) * 0.5f);
    ImGui::BeginGroup();
    if (numeric_keypad("receipt", ui.receipt_digits, options) == KeypadResult::ok) {
        ui.lookup_receipt = digits_value(ui.receipt_digits);
        ui.refund_qty.clear();
    }
    ImGui::EndGroup();
    draw_no_sale(view, ui, sink);
}

void draw_found(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    const RefundSource& src = view.refund;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    {
        const std::string head = std::string(tr("Receipt")) + " #" + std::to_string(src.receipt_no);
        title(head.c_str());
        caption(src.summary.c_str());
    }
    const float actions_h = 3.0f * (h + style.ItemSpacing.y);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("refund_lines", {0.0f, std::max(h, ImGui::GetContentRegionAvail().y - actions_h)}, false);
    {
        ProbeScope probe("rline");
        const float lw = ImGui::GetContentRegionAvail().x;
        for (const RefundLineView& l : src.lines) {
            const std::string id = std::to_string(l.line_no);
            int& qty = ui.refund_qty[l.line_no];
            qty = std::clamp(qty, 0, l.qty_left);
            const ImVec2 pos = ImGui::GetCursorPos();
            const float text_w = lw - 3.0f * h - 2.0f * style.ItemSpacing.x;
            ImGui::SetCursorPos({pos.x, pos.y + (h - 2.0f * ImGui::GetTextLineHeight()) * 0.5f});
            ImGui::PushClipRect(ImGui::GetCursorScreenPos(), {ImGui::GetCursorScreenPos().x + text_w, ImGui::GetCursorScreenPos().y + h}, true);
            ImGui::TextUnformatted(l.name.c_str());
            const std::string left = l.unit_price + " · " + tr("can return") + " " + std::to_string(l.qty_left);
            ImGui::TextColored(palette::text_dim, "%s", left.c_str());
            ImGui::PopClipRect();
            ImGui::SetCursorPos({pos.x + text_w, pos.y});
            FontScope big(large_font());
            if (touch_button(with_id("–", id + "/minus").c_str(), {h, h}, ButtonKind::normal, qty > 0)) --qty;
            ImGui::SameLine();
            const std::string n = std::to_string(qty);
            const ImVec2 at = ImGui::GetCursorPos();
            ImGui::SetCursorPos({at.x + (h - ImGui::CalcTextSize(n.c_str()).x) * 0.5f, at.y + (h - ImGui::GetTextLineHeight()) * 0.5f});
            ImGui::TextUnformatted(n.c_str());
            ImGui::SetCursorPos({at.x + h + style.ItemSpacing.x, at.y});
            if (touch_button(with_id("+", id + "/plus").c_str(), {h, h}, ButtonKind::normal, qty < l.qty_left)) ++qty;
        }
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    intent::Refund refund{src.receipt_no, {}, ui.refund_tender, {}, std::nullopt};
    for (const auto& [line, qty] : ui.refund_qty)
        if (qty > 0) refund.lines.push_back({line, qty});
    const float half = std::floor((w - style.ItemSpacing.x) * 0.5f);
    if (touch_button(with_id(tr("Refund selected in cash"), "refund").c_str(), {w, h}, ButtonKind::primary, !refund.lines.empty())) {
        const std::string what = std::string(tr("Refund")) + " #" + std::to_string(src.receipt_no);
        if (view.refund_needs_approval) open_override(ui, refund, what);
        else sink.push(refund);
    }
    if (touch_button(with_id(tr("Reprint"), "reprint").c_str(), {half, h})) sink.push(intent::Reprint{src.receipt_no, false});
    ImGui::SameLine();
    if (touch_button(with_id(tr("Gift receipt"), "gift").c_str(), {half, h})) sink.push(intent::Reprint{src.receipt_no, true});
    if (touch_button(with_id(tr("Other receipt"), "other").c_str(), {w, h})) {
        ui.lookup_receipt = 0;
        ui.receipt_digits.clear();
        ui.refund_qty.clear();
    }
}

}  // namespace

void draw_receipts(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("returns");
    const bool found = ui.lookup_receipt != 0 && view.refund.receipt_no == ui.lookup_receipt && view.refund.error.empty();
    if (found) draw_found(view, ui, sink);
    else draw_lookup(view, ui, sink);
}

}  // namespace pos::ui::checkout
