// The left column of the checkout screen: what is being sold and what it comes to.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/keypad.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

// The visit / customer link, and Hold and Void for the whole cart.
void draw_link_row(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float pad = ImGui::GetStyle().FramePadding.x * 2.0f;
    const float h = row_height();
    const float hold_w = std::max(px(88.0f), ImGui::CalcTextSize(tr("Hold")).x + pad);
    const float void_w = std::max(px(88.0f), ImGui::CalcTextSize(tr("Void")).x + pad);
    std::string text = view.visit_label.empty() ? std::string(tr("No visit linked")) : view.visit_label;
    if (!view.customer_label.empty()) text += "  ·  " + view.customer_label;
    const float link_w = ImGui::GetContentRegionAvail().x - hold_w - void_w - 2.0f * spacing;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushClipRect(at, {at.x + link_w, at.y + h}, true);
    if (touch_button(with_id(text, "link").c_str(), {link_w, h}, ui.panel == CheckoutPanel::link ? ButtonKind::selected : ButtonKind::normal))
        ui.panel = ui.panel == CheckoutPanel::link ? CheckoutPanel::catalog : CheckoutPanel::link;
    ImGui::PopClipRect();
    const bool has_cart = !view.lines.empty();
    const bool no_tenders = view.tenders.empty();
    ImGui::SameLine();
    if (touch_button(with_id(tr("Hold"), "hold").c_str(), {hold_w, h}, ButtonKind::normal, has_cart && no_tenders)) {
        sink.push(intent::HoldCart{{}});
        ui.selected_line = 0;
    }
    ImGui::SameLine();
    if (touch_button(with_id(tr("Void"), "void").c_str(), {void_w, h}, ButtonKind::danger, has_cart && no_tenders)) {
        if (view.void_needs_approval) open_override(ui, intent::VoidCart{std::nullopt}, tr("Void the whole cart"));
        else sink.push(intent::VoidCart{std::nullopt});
        ui.selected_line = 0;
    }
}

float line_height() { return std::max(px(60.0f), ImGui::GetFontSize() * 2.6f); }

void draw_lines(const CheckoutView& view, CheckoutUiState& ui, float height) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("lines", {0.0f, height}, false);
    ProbeScope probe("line");
    if (view.lines.empty()) {
        ImGui::Dummy({1.0f, px(24.0f)});
        text_centered(tr("Scan an item or pick one from the catalog."), palette::text_dim);
    }
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = line_height();
    for (const CheckoutLine& l : view.lines) {
        const bool selected = ui.selected_line == l.position;
        if (touch_button(with_id("", std::to_string(l.position)).c_str(), {w, h}, selected ? ButtonKind::selected : ButtonKind::normal))
            ui.selected_line = selected ? 0 : l.position;
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImU32 fg = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text);
        const ImU32 dim = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text_dim);
        const float pad = px(12.0f);
        const float total_w = ImGui::CalcTextSize(l.line_total.c_str()).x;
        const float top = min.y + (h - 2.0f * ImGui::GetFontSize() * 1.15f) * 0.5f;
        std::string detail = std::to_string(l.qty) + " × " + l.unit_price;
        if (!l.list_price.empty()) detail += "  (" + std::string(tr("list")) + " " + l.list_price + ")";
        if (!l.discount.empty()) detail += "  " + l.discount;
        ImGui::PushClipRect(min, {max.x - total_w - pad * 2.0f, max.y}, true);
        draw->AddText({min.x + pad, top}, fg, l.name.c_str());
        draw->AddText({min.x + pad, top + ImGui::GetFontSize() * 1.15f}, dim, detail.c_str());
        ImGui::PopClipRect();
        draw->AddText({max.x - pad - total_w, top}, fg, l.line_total.c_str());
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// −, qty, +, Discount, Price, Remove for the selected line.
void draw_line_actions(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    const float h = row_height();
    if (ui.selected_line == 0 || view.lines.empty()) {
        const ImVec2 pos = ImGui::GetCursorPos();
        if (!view.lines.empty()) {
            ImGui::SetCursorPos({pos.x, pos.y + (h - ImGui::GetTextLineHeight()) * 0.5f});
            caption(tr("Tap a line to change it."));
            ImGui::SetCursorPos(pos);
        }
        ImGui::Dummy({1.0f, h});
        return;
    }
    const CheckoutLine& l = view.lines[static_cast<std::size_t>(ui.selected_line - 1)];
    const bool editable = view.tenders.empty();
    ProbeScope probe("sel");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = ImGui::GetContentRegionAvail().x;
    bool minus = false;
    bool plus = false;
    float qty_w = 0.0f;
    {
        FontScope big(large_font());
        qty_w = std::max(px(44.0f), ImGui::CalcTextSize("9999").x);
        minus = touch_button("–###minus", {h, h}, ButtonKind::normal, editable && l.qty > 1);
        ImGui::SameLine();
        const std::string qty = std::to_string(l.qty);
        const ImVec2 pos = ImGui::GetCursorPos();
        const ImVec2 text = ImGui::CalcTextSize(qty.c_str());
        ImGui::SetCursorPos({pos.x + (qty_w - text.x) * 0.5f, pos.y + (h - text.y) * 0.5f});
        ImGui::TextUnformatted(qty.c_str());
        ImGui::SameLine();
        ImGui::SetCursorPos({pos.x + qty_w + spacing, pos.y});
        plus = touch_button("+###plus", {h, h}, ButtonKind::normal, editable);
    }
    if (minus) sink.push(intent::SetQty{l.position, l.qty - 1});
    if (plus) sink.push(intent::SetQty{l.position, l.qty + 1});
    ImGui::SameLine();
    const float used = 2.0f * h + qty_w + 3.0f * spacing;
    const std::vector<float> bw = share_row({tr("Discount"), tr("Price"), tr("Remove")}, avail - used);
    if (touch_button(with_id(tr("Discount"), "discount").c_str(), {bw[0], h}, ButtonKind::normal, editable)) {
        ui.panel = CheckoutPanel::line_edit;
        ui.edit_kind = LineEditKind::discount;
        ui.edit_percent = true;
        ui.edit_digits.clear();
    }
    ImGui::SameLine();
    if (touch_button(with_id(tr("Price"), "price").c_str(), {bw[1], h}, ButtonKind::normal, editable)) {
        ui.panel = CheckoutPanel::line_edit;
        ui.edit_kind = LineEditKind::price;
        ui.edit_digits.clear();
    }
    ImGui::SameLine();
    if (touch_button(with_id(tr("Remove"), "remove").c_str(), {bw[2], h}, ButtonKind::danger, editable)) {
        sink.push(intent::RemoveLine{l.position, std::nullopt});
        ui.selected_line = 0;
    }
}

void draw_totals(const CheckoutView& view) {
    const float w = ImGui::GetContentRegionAvail().x;
    for (const AmountRow& r : view.totals) {
        caption(r.label.c_str());
        ImGui::SameLine(w - ImGui::CalcTextSize(r.amount.c_str()).x);
        ImGui::TextUnformatted(r.amount.c_str());
    }
    FontScope big(large_font());
    ImGui::TextUnformatted(tr("Total"));
    ImGui::SameLine(w - ImGui::CalcTextSize(view.total.c_str()).x);
    ImGui::TextUnformatted(view.total.c_str());
}

void draw_bottom(const CheckoutView& view, CheckoutUiState& ui) {
    const float h = px(64.0f);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = ImGui::GetContentRegionAvail().x;
    const bool has_cart = !view.lines.empty();
    const float order_w = std::max(px(120.0f), ImGui::CalcTextSize(tr("Order discount")).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    if (touch_button(with_id(tr("Order discount"), "order_discount").c_str(), {order_w, h}, ButtonKind::normal,
                     has_cart && view.tenders.empty())) {
        ui.panel = CheckoutPanel::line_edit;
        ui.edit_kind = LineEditKind::order_discount;
        ui.edit_percent = true;
        ui.edit_digits.clear();
    }
    ImGui::SameLine();
    const float as_order_w = std::max(px(120.0f), ImGui::CalcTextSize(tr("Take as order")).x + ImGui::GetStyle().FramePadding.x * 2.0f);
    if (touch_button(with_id(tr("Take as order"), "take_order").c_str(), {as_order_w, h}, ButtonKind::normal, has_cart && view.tenders.empty()))
        open_order_dialog(view, ui);
    ImGui::SameLine();
    const float pay_w = w - order_w - as_order_w - 2.0f * spacing;
    // With tenders under way it shows what is left; once everything is paid, the total again.
    const std::string pay = std::string(tr("Pay")) + "  " + (view.tenders.empty() || view.remaining_minor <= 0 ? view.total : view.remaining);
    // The large font when the amount fits, else the body font: the amount is never cut.
    ImFont* big = large_font();
    const bool fits = big == nullptr || big->CalcTextSizeA(big->FontSize, FLT_MAX, 0.0f, pay.c_str()).x + px(24.0f) <= pay_w;
    FontScope font(fits ? big : nullptr);
    if (touch_button(with_id(pay, "pay").c_str(), {pay_w, h}, ui.panel == CheckoutPanel::pay ? ButtonKind::selected : ButtonKind::primary,
                     has_cart)) {
        ui.panel = CheckoutPanel::pay;
        ui.tender_kind = "cash";
        ui.field = TenderField::amount;
        ui.amount_digits = std::to_string(view.tenders.empty() ? view.total_minor : view.remaining_minor);
        ui.reference.clear();
    }
}

}  // namespace

void draw_cart(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink, ImVec2 size) {
    ImGui::BeginChild("cart", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const ImGuiStyle& style = ImGui::GetStyle();
    draw_link_row(view, ui, sink);
    const float rows = static_cast<float>(view.totals.size());
    const float totals_h = rows * ImGui::GetTextLineHeightWithSpacing() +
                           (large_font() != nullptr ? large_font()->FontSize : ImGui::GetFontSize()) + style.ItemSpacing.y;
    const float below = row_height() + style.ItemSpacing.y + totals_h + style.ItemSpacing.y + px(64.0f) + style.ItemSpacing.y;
    draw_lines(view, ui, std::max(px(64.0f), ImGui::GetContentRegionAvail().y - below));
    draw_line_actions(view, ui, sink);
    draw_totals(view);
    draw_bottom(view, ui);
    ImGui::EndChild();
}

}  // namespace pos::ui::checkout
