// Adding items without a scanner: catalog categories with product tiles, and the search panel
// (on-screen keyboard; a typed barcode or sku is added like a scan).
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/text_keyboard.h"
#include "ui/ui_env.h"

namespace pos::ui::checkout {
namespace {

float tile_height() { return std::max(px(72.0f), ImGui::GetFontSize() * 2.8f); }

// Product tiles in `columns` columns; a tap adds one of the product.
void product_grid(const std::vector<ProductTile>& products, int columns, intent::IntentSink& sink) {
    ProbeScope probe("product");
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = std::floor((ImGui::GetContentRegionAvail().x - spacing * static_cast<float>(columns - 1)) / static_cast<float>(columns));
    const float h = tile_height();
    int n = 0;
    for (const ProductTile& p : products) {
        if (n++ % columns != 0) ImGui::SameLine();
        if (touch_button(with_id("", p.sku).c_str(), {w, h})) sink.push(intent::AddItem{p.sku, 1});
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const float pad = px(10.0f);
        const float line = ImGui::GetFontSize() * 1.15f;
        const float top = min.y + (h - 2.0f * line) * 0.5f;
        ImGui::PushClipRect(min, max, true);
        draw->AddText({min.x + pad, top}, ImGui::ColorConvertFloat4ToU32(palette::text), p.name.c_str());
        draw->AddText({min.x + pad, top + line}, ImGui::ColorConvertFloat4ToU32(palette::accent), p.price.c_str());
        ImGui::PopClipRect();
    }
}

}  // namespace

void draw_catalog(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    if (view.categories.empty()) {
        caption(tr("The catalog is empty."));
        return;
    }
    if (ui.category.empty() || std::find(view.categories.begin(), view.categories.end(), ui.category) == view.categories.end())
        ui.category = view.categories.front();
    const float chip_h = row_height();
    const float rows_h = std::min(2.0f, std::ceil(static_cast<float>(view.categories.size()) / 3.0f)) *
                         (chip_h + ImGui::GetStyle().ItemSpacing.y);
    ImGui::BeginChild("categories", {0.0f, rows_h}, false);
    {
        ProbeScope probe("cat");
        ChipFlow flow(chip_h);
        int n = 0;
        for (const std::string& c : view.categories)
            if (flow.chip(with_id(c, std::to_string(n++)), c == ui.category ? ButtonKind::selected : ButtonKind::normal) && c != ui.category) {
                ui.category = c;
                ui.catalog_pages = 1;
            }
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("products", {0.0f, 0.0f}, false);
    if (view.products_category == ui.category) {
        product_grid(view.products, 2, sink);
        // The catalog is read a page at a time: the next page when asked.
        ProbeScope probe("catalog");
        if (view.products_more && touch_button(with_id(tr("More"), "more").c_str(), {ImGui::GetContentRegionAvail().x, tile_height()}))
            ++ui.catalog_pages;
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

// Text typed on a hardware keyboard (or through the system IME: Chinese, Russian, Vietnamese
// names) goes into the query too; the on-screen keyboard is Latin only.
void take_typed_text(std::string& query) {
    ImGuiIO& io = ImGui::GetIO();
    if (ImGui::GetActiveID() != 0) return;
    for (int i = 0; i < io.InputQueueCharacters.Size; ++i) {
        const ImWchar c = io.InputQueueCharacters[i];
        if (c < 0x20 || query.size() >= 48) continue;
        char utf8[5] = {};
        ImTextCharToUtf8(utf8, c);
        query += utf8;
    }
    io.InputQueueCharacters.resize(0);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Backspace))) pop_utf8_char(query);
}

void draw_search(const CheckoutView& view, CheckoutUiState& ui, intent::IntentSink& sink) {
    take_typed_text(ui.query);
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = row_height();
    const float w = ImGui::GetContentRegionAvail().x;
    const float button_w = std::max(px(150.0f), ImGui::CalcTextSize(tr("Add this code")).x + style.FramePadding.x * 2.0f);
    const float close_w = std::max(px(120.0f), ImGui::CalcTextSize(tr("Close")).x + style.FramePadding.x * 2.0f);
    const std::string shown = ui.query.empty() ? std::string(tr("Type a name, sku or barcode")) : ui.query;
    {
        FontScope big(large_font());
        touch_button(with_id(shown, "query").c_str(), {w - button_w - close_w - 2.0f * style.ItemSpacing.x, h}, ButtonKind::normal);
    }
    ImGui::SameLine();
    if (touch_button(with_id(tr("Add this code"), "add_code").c_str(), {button_w, h}, ButtonKind::normal, !ui.query.empty())) {
        sink.push(intent::Scan{ui.query});
        ui.query.clear();
    }
    ImGui::SameLine();
    if (touch_button(with_id(tr("Close"), "close").c_str(), {close_w, h})) ui.panel = CheckoutPanel::catalog;

    const float key_rows_h = 5.0f * px(kKeyTarget) + 5.0f * style.ItemSpacing.y;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("results", {0.0f, std::max(tile_height(), ImGui::GetContentRegionAvail().y - key_rows_h)}, false);
    if (ui.query.empty()) caption(tr("Results appear while you type."));
    else if (view.search_query == ui.query && view.search_results.empty()) caption(tr("Nothing found."));
    else if (view.search_query == ui.query) product_grid(view.search_results, 3, sink);
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    TextKeyboardOptions options;
    options.max_bytes = 48;
    if (text_keyboard("kb", ui.query, ui.query_keyboard, options) == KeyboardResult::done && !ui.query.empty() &&
        view.search_query == ui.query && view.search_results.size() == 1) {
        sink.push(intent::AddItem{view.search_results.front().sku, 1});
        ui.query.clear();
    }
}

}  // namespace pos::ui::checkout
