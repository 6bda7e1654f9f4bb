// The smaller right-column panels: held carts, linking a visit or a customer, and the receipt
// of the sale just finished (printing status with Retry / Skip / Reprint, drawer, change).
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/keypad.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

const char* print_text(PrintStatus s) {
    switch (s) {
    case PrintStatus::none: return "";
    case PrintStatus::pending: return tr("Receipt waiting for the printer");
    case PrintStatus::printing: return tr("Printing the receipt…");
    case PrintStatus::done: return tr("Receipt printed");
    case PrintStatus::failed: return tr("Printing stopped");
    case PrintStatus::skipped: return tr("Receipt skipped");
    }
    return "";
}

}  // namespace

void draw_held(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("held");
    (void)ui;
    const bool can_recall = view.lines.empty();
    if (view.held.empty()) caption(tr("No held carts."));
    else if (!can_recall) caption(tr("Finish, hold or void the current cart first."));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("held_list", {0.0f, 0.0f}, false);
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = std::max(px(64.0f), ImGui::GetFontSize() * 2.6f);
    for (const HeldCartTile& t : view.held) {
        if (touch_button(with_id("", std::to_string(t.id)).c_str(), {w, h}, ButtonKind::normal, can_recall)) sink.push(intent::RecallCart{t.id});
        const ImVec2 min = ImGui::GetItemRectMin();
        const float line = ImGui::GetFontSize() * 1.15f;
        const float top = min.y + (h - 2.0f * line) * 0.5f;
        ImDrawList* draw = ImGui::GetWindowDrawList();
        ImGui::PushClipRect(min, ImGui::GetItemRectMax(), true);
        draw->AddText({min.x + px(12.0f), top}, ImGui::ColorConvertFloat4ToU32(palette::text), t.label.c_str());
        draw->AddText({min.x + px(12.0f), top + line}, ImGui::ColorConvertFloat4ToU32(palette::text_dim), t.detail.c_str());
        ImGui::PopClipRect();
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_link(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("link");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    title(tr("Link a visit"));
    const float key_h = px(kKeyTarget) * 5.0f + style.ItemSpacing.y * 4.0f;
    const float below = ImGui::GetTextLineHeightWithSpacing() + key_h + h + style.ItemSpacing.y * 2.0f;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("visits", {0.0f, std::max(h, ImGui::GetContentRegionAvail().y - below)}, false);
    {
        ProbeScope visits("visit");
        if (view.open_visits.empty()) caption(tr("No open visits."));
        for (const VisitTile& v : view.open_visits)
            if (touch_button(with_id(v.label, std::to_string(v.id)).c_str(), {ImGui::GetContentRegionAvail().x, h}))
                sink.push(intent::LinkVisit{{v.id, {}}});
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (touch_button(with_id(tr("Find or add a customer"), "find_customer").c_str(), {w, h}, ButtonKind::primary)) ui.find_customer = true;
    caption(tr("Customer number"));
    // The keypad on the left; the number typed, Unlink and Back beside it.
    const float key_w = std::clamp(w * 0.6f, px(kKeyTarget) * 3.0f + style.ItemSpacing.x * 2.0f, px(96.0f) * 3.0f + style.ItemSpacing.x * 2.0f);
    KeypadOptions options;
    options.max_digits = 10;
    options.ok_label = tr("Link customer");
    options.ok_enabled = !ui.customer_digits.empty();
    options.size = {key_w, key_h};
    ImGui::BeginGroup();
    if (numeric_keypad("customer", ui.customer_digits, options) == KeypadResult::ok) {
        sink.push(intent::LinkCustomer{digits_value(ui.customer_digits)});
        ui.customer_digits.clear();
    }
    ImGui::EndGroup();
    ImGui::SameLine();
    const float side_w = ImGui::GetContentRegionAvail().x;
    ImGui::BeginGroup();
    {
        FontScope big(large_font());
        const std::string shown = ui.customer_digits.empty() ? std::string("#") : "#" + ui.customer_digits;
        ImGui::TextColored(palette::accent, "%s", shown.c_str());
    }
    if (touch_button(with_id(tr("Unlink the customer"), "unlink").c_str(), {side_w, h}, ButtonKind::normal, !view.customer_label.empty()))
        sink.push(intent::LinkCustomer{0});
    if (touch_button(with_id(tr("Back"), "back").c_str(), {side_w, h})) ui.panel = CheckoutPanel::catalog;
    ImGui::EndGroup();
}

void draw_done(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("done");
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = row_height();
    const ImGuiStyle& style = ImGui::GetStyle();
    if (!view.last) {
        ui.panel = CheckoutPanel::catalog;
        return;
    }
    const ReceiptStatus& r = *view.last;
    title(r.refund ? tr("Refund complete") : tr("Sale complete"));
    const std::string head = std::string(tr("Receipt")) + " #" + std::to_string(r.receipt_no) + " · " + r.total;
    ImGui::TextUnformatted(head.c_str());
    if (!r.change.empty()) {
        ImGui::Dummy({1.0f, px(8.0f)});
        caption(tr("Change"));
        // The change is what the cashier must read at a glance: twice the large font.
        ImFont* big = large_font();
        const float size = (big != nullptr ? big->FontSize : ImGui::GetFontSize()) * 2.0f;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddText(big, size, at, ImGui::ColorConvertFloat4ToU32(palette::accent), r.change.c_str());
        ImGui::Dummy({w, size});
    }
    ImGui::Dummy({1.0f, px(8.0f)});
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextColored(r.print == PrintStatus::failed ? palette::danger : palette::text, "%s", print_text(r.print));
    if (r.print == PrintStatus::failed && !r.print_error.empty()) ImGui::TextColored(palette::text_dim, "%s", r.print_error.c_str());
    if (r.drawer_opened) ImGui::TextUnformatted(tr("Cash drawer opened: close it after giving change."));
    ImGui::PopTextWrapPos();
    if (r.print == PrintStatus::failed) {
        const float half = std::floor((w - style.ItemSpacing.x) * 0.5f);
        if (touch_button(with_id(tr("Retry"), "retry").c_str(), {half, h}, ButtonKind::primary)) sink.push(intent::RetryPrint{r.job_id});
        ImGui::SameLine();
        if (touch_button(with_id(tr("Skip"), "skip").c_str(), {half, h})) sink.push(intent::SkipPrint{r.job_id, {}});
    }
    ImGui::Dummy({1.0f, px(8.0f)});
    const float half = std::floor((w - style.ItemSpacing.x) * 0.5f);
    if (touch_button(with_id(tr("Reprint"), "reprint").c_str(), {half, h})) sink.push(intent::Reprint{r.receipt_no, false});
    ImGui::SameLine();
    if (touch_button(with_id(tr("Gift receipt"), "gift").c_str(), {half, h}, ButtonKind::normal, !r.refund))
        sink.push(intent::Reprint{r.receipt_no, true});
    FontScope big(fitting_font(tr("Next customer"), w));
    if (touch_button(with_id(tr("Next customer"), "next").c_str(), {w, px(72.0f)}, ButtonKind::primary)) ui.panel = CheckoutPanel::catalog;
}

}  // namespace pos::ui::checkout
