// The floor's visit customer panel, at the foot of the visit list: a visit without a customer
// offers Link customer (a be-back is found by name, phone or receipt); a linked one shows who
// it is (tap: the customer page), Change customer, and "last time" from the customer's previous visit.
#include <imgui.h>

#include <algorithm>

#include "ui/floor_sections.h"
#include "ui/ui_env.h"

namespace pos::ui::floor {
namespace {

float button_h() { return px(56.0f); }
float customer_h() { return std::max(px(64.0f), ImGui::GetFontSize() * 2.6f); }

}  // namespace

float visit_customer_height(const FloorView& view) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line = ImGui::GetTextLineHeightWithSpacing();
    if (view.customer.id == 0) return line + button_h() + style.ItemSpacing.y * 2.0f;
    // The customer's button (name and phone), Change customer, and up to half the column for
    // "last time".
    const float fixed = customer_h() + button_h() + style.ItemSpacing.y * 3.0f;
    if (view.customer.last_time.empty()) return fixed + line;
    return fixed + std::max(px(160.0f), ImGui::GetContentRegionAvail().y * 0.45f);
}

void draw_visit_customer(const FloorView& view, FloorUiState& ui) {
    ProbeScope probe("customer");
    const float w = ImGui::GetContentRegionAvail().x;
    ImGui::Separator();
    const VisitCustomer& c = view.customer;
    if (c.id == 0) {
        ImGui::TextColored(palette::text_dim, "%s", tr("No customer linked"));
        if (touch_button((std::string(tr("Link customer")) + "###link").c_str(), {w, button_h()}, ButtonKind::primary)) ui.find_customer = true;
        return;
    }
    // The customer (tap: the customer page), then Change customer.
    if (touch_button("###file", {w, customer_h()})) ui.open_customer = c.id;
    const ImVec2 min = ImGui::GetItemRectMin();
    const float line = ImGui::GetFontSize() * 1.15f;
    const float top = min.y + (customer_h() - 2.0f * line) * 0.5f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImGui::PushClipRect(min, ImGui::GetItemRectMax(), true);
    const std::string name = c.name.empty() ? "#" + std::to_string(c.id) : c.name;
    draw->AddText({min.x + px(12.0f), top}, ImGui::ColorConvertFloat4ToU32(palette::text), name.c_str());
    draw->AddText({min.x + px(12.0f), top + line}, ImGui::ColorConvertFloat4ToU32(palette::text_dim), c.phone.c_str());
    ImGui::PopClipRect();
    if (touch_button((std::string(tr("Change customer")) + "###link").c_str(), {w, button_h()})) ui.find_customer = true;
    if (c.last_time.empty()) {
        ImGui::TextColored(palette::text_dim, "%s", tr("First visit"));
        return;
    }
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("last_time", {0.0f, 0.0f}, true);
    ImGui::TextColored(palette::accent, "%s", tr("Last time"));
    ImGui::PushTextWrapPos(0.0f);
    for (const std::string& line_text : c.last_time) ImGui::TextUnformatted(line_text.c_str());
    ImGui::PopTextWrapPos();
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace pos::ui::floor
