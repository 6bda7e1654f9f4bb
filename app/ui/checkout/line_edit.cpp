// Discounts (line or order, percent or amount) and price overrides typed on the keypad. Above
// the cashier's cap, or for a price override, the manager-override dialog opens with the intent.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/keypad.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

bool over_cap(const intent::DiscountSpec& d, Minor base, int cap_bp) {
    if (d.percent) return d.value > cap_bp;
    return static_cast<long double>(d.value) * 10000.0L > static_cast<long double>(cap_bp) * static_cast<long double>(base);
}

std::string discount_text(const CheckoutView& view, const intent::DiscountSpec& d) {
    if (d.percent) return std::to_string(d.value / 100) + " %";
    return money(view, d.value);
}

}  // namespace

void draw_line_edit(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("edit");
    const CheckoutLine* line = nullptr;
    if (ui.edit_kind != LineEditKind::order_discount) {
        if (ui.selected_line < 1 || ui.selected_line > static_cast<int>(view.lines.size())) {
            ui.panel = CheckoutPanel::catalog;
            return;
        }
        line = &view.lines[static_cast<std::size_t>(ui.selected_line - 1)];
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    const bool price = ui.edit_kind == LineEditKind::price;
    if (ui.edit_kind == LineEditKind::order_discount) title(tr("Discount on the whole order"));
    else title(price ? tr("New unit price") : tr("Discount on this line"));
    if (line != nullptr) caption(line->name.c_str());

    if (!price) {
        ProbeScope kinds("kind");
        const float half = std::floor((w - style.ItemSpacing.x) * 0.5f);
        if (touch_button(with_id(tr("Percent"), "percent").c_str(), {half, h}, ui.edit_percent ? ButtonKind::selected : ButtonKind::normal) &&
            !ui.edit_percent) {
            ui.edit_percent = true;
            ui.edit_digits.clear();
        }
        ImGui::SameLine();
        if (touch_button(with_id(tr("Amount"), "amount").c_str(), {half, h}, ui.edit_percent ? ButtonKind::normal : ButtonKind::selected) &&
            ui.edit_percent) {
            ui.edit_percent = false;
            ui.edit_digits.clear();
        }
    }
    const Minor value = digits_value(ui.edit_digits);
    intent::DiscountSpec spec{ui.edit_percent, ui.edit_percent ? value * 100 : value};
    // The keypad on the left; what was typed, the cap and Cancel beside it.
    KeypadOptions options;
    options.max_digits = price ? 12 : (ui.edit_percent ? 3 : 12);
    options.ok_label = tr("Apply");
    options.ok_enabled = !ui.edit_digits.empty() && (!ui.edit_percent || price || value <= 100);
    const float min_keys = px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 4.0f;
    const float kw = std::clamp(w * 0.6f, px(kKeyTarget) * 3.0f + style.ItemSpacing.x * 2.0f, px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f);
    const float kh = std::clamp(ImGui::GetContentRegionAvail().y, min_keys, px(72.0f) * 5.0f + style.ItemSpacing.y * 4.0f);
    options.size = {kw, kh};
    ImGui::BeginGroup();
    const KeypadResult r = numeric_keypad("keypad", ui.edit_digits, options);
    ImGui::EndGroup();
    ImGui::SameLine();
    const float side_w = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    {
        FontScope big(large_font());
        const std::string shown = price ? money(view, value) : discount_text(view, spec);
        ImGui::TextColored(palette::accent, "%s", shown.c_str());
    }
    if (!price && view.discount_cap_bp < 10000) {
        const std::string cap = std::string(tr("Your limit without a manager:")) + " " + std::to_string(view.discount_cap_bp / 100) + " %";
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + side_w);
        ImGui::TextColored(palette::text_dim, "%s", cap.c_str());
        ImGui::PopTextWrapPos();
    }
    const bool cancel = touch_button(with_id(tr("Cancel"), "cancel").c_str(), {side_w, h});
    ImGui::EndGroup();
    if (cancel) {
        ui.edit_digits.clear();
        ui.panel = CheckoutPanel::catalog;
    }
    if (r == KeypadResult::ok) {
        if (price) {
            intent::PriceOverride i{line->position, value, std::nullopt};
            if (view.price_needs_approval && value != line->list_price_minor)
                open_override(ui, i, std::string(tr("Price")) + " " + money(view, value) + " · " + line->name);
            else sink.push(i);
        } else if (line != nullptr) {
            intent::LineDiscount i{line->position, spec, std::nullopt};
            if (over_cap(spec, line->gross_minor, view.discount_cap_bp))
                open_override(ui, i, std::string(tr("Discount")) + " " + discount_text(view, spec) + " · " + line->name);
            else sink.push(i);
        } else {
            intent::OrderDiscount i{spec, std::nullopt};
            if (over_cap(spec, view.order_base_minor, view.discount_cap_bp))
                open_override(ui, i, std::string(tr("Order discount")) + " " + discount_text(view, spec));
            else sink.push(i);
        }
        ui.edit_digits.clear();
        ui.panel = CheckoutPanel::catalog;
    }
}

}  // namespace pos::ui::checkout
