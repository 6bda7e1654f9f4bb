// The customer page: the file on the left (Edit opens it in the editor) and its history on the
// right, newest first: visits, quotes, sales and refunds, orders, follow-ups.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/customers/customer_views.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

using checkout::caption;
using checkout::row_height;
using checkout::with_id;

void draw_fields(const CustomerPageView& view) {
    ImGui::PushTextWrapPos(0.0f);
    for (const LabelledText& f : view.fields) {
        caption(f.label.c_str());
        ImGui::TextUnformatted(f.text.c_str());
    }
    ImGui::PopTextWrapPos();
}

void draw_history(const CustomerPageView& view) {
    ImGui::PushTextWrapPos(0.0f);
    for (const HistorySection& section : view.history) {
        {
            FontScope big(large_font());
            ImGui::TextColored(palette::accent, "%s", section.title.c_str());
        }
        if (section.entries.empty()) caption(tr("None yet."));
        for (const HistoryEntry& e : section.entries) {
            ImGui::TextColored(palette::text_dim, "%s", e.when.c_str());
            ImGui::SameLine();
            ImGui::TextUnformatted(e.headline.c_str());
            ImGui::Indent(px(16.0f));
            for (const std::string& line : e.lines) ImGui::TextUnformatted(line.c_str());
            ImGui::Unindent(px(16.0f));
        }
        ImGui::Separator();
    }
    ImGui::PopTextWrapPos();
}

}  // namespace

CustomerPageAction draw_customer_page(const CustomerPageView& view) {
    CustomerPageAction action = CustomerPageAction::none;
    ImGui::BeginChild("customer_page", ImGui::GetContentRegionAvail(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("customer_page");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = row_height();
    const float bw = std::max(px(120.0f), std::max(ImGui::CalcTextSize(tr("Edit")).x, ImGui::CalcTextSize(tr("Back")).x) +
                                              style.FramePadding.x * 2.0f);
    const float y = ImGui::GetCursorPosY();
    {
        FontScope big(large_font());
        ImGui::SetCursorPosY(y + (h - ImGui::GetTextLineHeight()) * 0.5f);
        const std::string name = view.name.empty() ? "#" + std::to_string(view.id) : view.name;
        ImGui::TextUnformatted(name.c_str());
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - 2.0f * bw - style.ItemSpacing.x);
    ImGui::SetCursorPosY(y);
    if (touch_button(with_id(tr("Edit"), "edit").c_str(), {bw, h})) action = CustomerPageAction::edit;
    ImGui::SameLine();
    if (touch_button(with_id(tr("Back"), "back").c_str(), {bw, h})) action = CustomerPageAction::back;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float left_w = std::floor(std::clamp(avail.x * 0.3f, px(220.0f), px(420.0f)));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("file", {left_w, avail.y}, true);
    draw_fields(view);
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("history", {avail.x - left_w - style.ItemSpacing.x, avail.y}, true);
    draw_history(view);
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::EndChild();
    return action;
}

}  // namespace pos::ui
