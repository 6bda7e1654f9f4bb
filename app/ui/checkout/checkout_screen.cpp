#include <imgui.h>

#include <algorithm>
#include <array>
#include <cfloat>
#include <cmath>

#include "core/sale/money.h"
#include "core/sale/tender_kind.h"
#include "ui/checkout/checkout_parts.h"
#include "ui/checkout/checkout_view.h"
#include "ui/screen.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace checkout {

std::string with_id(const std::string& label, const std::string& id) { return label + "###" + id; }

float row_height() { return px(56.0f); }

std::string money(const CheckoutView& view, Minor amount) {
    const Currency* cur = find_currency(view.currency_code);
    if (cur == nullptr) return std::to_string(amount);
    return format_money(amount, *cur, view.lang);
}

Minor digits_value(const std::string& digits) {
    Minor v = 0;
    for (std::size_t i = 0; i < digits.size() && i < 15; ++i)
        if (digits[i] >= '0' && digits[i] <= '9') v = v * 10 + (digits[i] - '0');
    return v;
}

ImFont* fitting_font(const std::string& text, float width) {
    ImFont* big = large_font();
    if (big == nullptr) return nullptr;
    const float pad = ImGui::GetStyle().FramePadding.x * 2.0f;
    const std::size_t hidden = text.find("###");
    const std::string shown = hidden == std::string::npos ? text : text.substr(0, hidden);
    return big->CalcTextSizeA(big->FontSize, FLT_MAX, 0.0f, shown.c_str()).x + pad <= width ? big : body_font();
}

std::vector<float> share_row(const std::vector<std::string>& labels, float width) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float pad = ImGui::GetStyle().FramePadding.x * 2.0f;
    const float n = static_cast<float>(labels.size());
    float text_total = 0.0f;
    for (const std::string& l : labels) text_total += ImGui::CalcTextSize(l.c_str(), nullptr, true).x + pad;
    const float extra = (width - spacing * (n - 1.0f) - text_total) / n;
    std::vector<float> out;
    if (extra < 0.0f) {
        // Not room for the full padding: each label gets its text width and an equal share of
        // what is left; if even the texts do not fit, equal shares (labels clip).
        const float bare = (width - spacing * (n - 1.0f) - (text_total - pad * n)) / n;
        for (const std::string& l : labels)
            out.push_back(bare >= 0.0f ? std::floor(ImGui::CalcTextSize(l.c_str(), nullptr, true).x + bare)
                                       : std::floor((width - spacing * (n - 1.0f)) / n));
        return out;
    }
    for (const std::string& l : labels) out.push_back(std::floor(ImGui::CalcTextSize(l.c_str(), nullptr, true).x + pad + extra));
    return out;
}

void caption(const char* text) { ImGui::TextColored(palette::text_dim, "%s", text); }

void title(const char* text) {
    FontScope big(large_font());
    ImGui::TextUnformatted(text);
}

const char* approval_code_label() {
    const TenderKindInfo* card = tender_kinds.find("card");
    return card != nullptr && card->reference_msgid != nullptr ? tr(card->reference_msgid) : "";
}

bool cash_or_card_row(std::string& tender, float width) {
    const std::array<const char*, 2> kinds{"cash", "card"};
    std::vector<std::string> labels;
    for (const char* k : kinds) labels.emplace_back(tr(tender_kinds.find(k)->label_msgid));
    const std::vector<float> widths = share_row(labels, width);
    bool changed = false;
    for (std::size_t i = 0; i < kinds.size(); ++i) {
        if (i != 0) ImGui::SameLine();
        if (touch_button(with_id(labels[i], kinds[i]).c_str(), {widths[i], row_height()},
                         tender == kinds[i] ? ButtonKind::selected : ButtonKind::normal) &&
            tender != kinds[i]) {
            tender = kinds[i];
            changed = true;
        }
    }
    return changed;
}

namespace {

// Tabs of the right column while no payment is under way.
void draw_panel_tabs(const CheckoutView& view, CheckoutUiState& ui) {
    ProbeScope probe("tab");
    struct Tab {
        CheckoutPanel panel;
        const char* code;
        std::string label;
    };
    const std::vector<Tab> tabs{{CheckoutPanel::catalog, "catalog", tr("Catalog")},
                                {CheckoutPanel::search, "search", tr("Search")},
                                {CheckoutPanel::held, "held", std::string(tr("Held")) + " (" + std::to_string(view.held.size()) + ")"},
                                {CheckoutPanel::receipts, "receipts", tr("Returns")}};
    std::vector<std::string> labels;
    for (const Tab& t : tabs) labels.push_back(t.label);
    const std::vector<float> widths = share_row(labels, ImGui::GetContentRegionAvail().x);
    for (std::size_t i = 0; i < tabs.size(); ++i) {
        const Tab& t = tabs[i];
        if (i != 0) ImGui::SameLine();
        if (touch_button(with_id(t.label, t.code).c_str(), {widths[i], row_height()},
                         ui.panel == t.panel ? ButtonKind::selected : ButtonKind::normal))
            ui.panel = t.panel;
    }
}

void draw_right(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink, ImVec2 size) {
    ImGui::BeginChild("right", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    switch (ui.panel) {
    case CheckoutPanel::catalog:
    case CheckoutPanel::held:
    case CheckoutPanel::receipts:
    case CheckoutPanel::search:
        draw_panel_tabs(view, ui);
        if (ui.panel == CheckoutPanel::catalog) draw_catalog(view, ui, sink);
        else if (ui.panel == CheckoutPanel::held) draw_held(view, ui, sink);
        else if (ui.panel == CheckoutPanel::receipts) draw_receipts(view, ui, sink);
        break;
    case CheckoutPanel::line_edit: draw_line_edit(view, ui, sink); break;
    case CheckoutPanel::pay: draw_tender(view, ui, sink); break;
    case CheckoutPanel::link: draw_link(view, ui, sink); break;
    case CheckoutPanel::done: draw_done(view, ui, sink); break;
    }
    ImGui::EndChild();
}

}  // namespace
}  // namespace checkout

void open_override(CheckoutUiState& ui, intent::Intent pending, std::string what) { open_override(ui.dialog, std::move(pending), std::move(what)); }

void open_override(OverrideDialogState& d, intent::Intent pending, std::string what) {
    d.open = true;
    d.pending = std::move(pending);
    d.what = std::move(what);
    d.pin.clear();
    d.error.clear();
    d.typing = false;
    d.awaiting = false;
    // manager and reason stay: the same manager usually approves the next one too
}

void draw_checkout(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    FontScope body(body_font());
    begin_screen("checkout");
    ProbeScope probe("checkout");
    if (ui.selected_line > static_cast<int>(view.lines.size())) ui.selected_line = 0;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    if (ui.order.open && view.lines.empty()) ui.order = OrderDialogState{};  // the cart went (voided, held, taken)
    const bool full_width = ui.dialog.open || ui.order.open || ui.panel == CheckoutPanel::search || ui.typing_reference;
    if (ui.dialog.open) {
        checkout::draw_override(view, ui, sink);
    } else if (ui.order.open) {
        checkout::draw_order_dialog(view, ui, sink);
    } else if (full_width) {
        ImGui::BeginChild("full", avail, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
        if (ui.panel == CheckoutPanel::search) checkout::draw_search(view, ui, sink);
        else checkout::draw_tender(view, ui, sink);
        ImGui::EndChild();
    } else {
        const float left_w = std::floor(std::clamp(avail.x * 0.52f, px(420.0f), px(900.0f)));
        checkout::draw_cart(view, ui, sink, {left_w, avail.y});
        ImGui::SameLine();
        checkout::draw_right(view, ui, sink, {avail.x - left_w - ImGui::GetStyle().ItemSpacing.x, avail.y});
    }
    end_screen();
}

}  // namespace pos::ui
