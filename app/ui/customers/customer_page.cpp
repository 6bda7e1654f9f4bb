// The customer page: the file on the left (Edit opens it in the editor) with Add follow-up and
// Merge with… under it, and its history on the right, newest first: visits, quotes, sales and
// refunds, orders, follow-ups. Add follow-up opens a panel over the page: a day on the calendar
// (no past days) and the reason typed on the text keyboard.
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "ui/checkout/checkout_parts.h"
#include "ui/customers/customer_views.h"
#include "ui/schedule_picker.h"
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

bool blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n'; });
}

// The reason with its keyboard, the keyboard at the bottom of the panel.
void draw_reason_keyboard(FollowUpDraft& d) {
    caption(tr("Reason"));
    {
        FontScope big(large_font());
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(d.reason.empty() ? " " : d.reason.c_str());
        ImGui::PopTextWrapPos();
    }
    TextKeyboardOptions options;
    options.max_bytes = 200;  // the core's limit for a follow-up's reason
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowContentRegionMax().y - px(kKeyTarget) * 5.0f -
                                                               ImGui::GetStyle().ItemSpacing.y * 4.0f));
    if (text_keyboard("kb", d.reason, d.keyboard, options) == KeyboardResult::done) d.typing = false;
}

// Add follow-up: the title with Cancel, the calendar on the left, the reason, the refusal and
// Save on the right.
void draw_follow_up_panel(const CustomerPageView& view, FollowUpDraft& d, intent::IntentSink& sink) {
    ProbeScope probe("follow_up");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float h = row_height();
    const std::string cancel = tr("Cancel");
    const float bw = std::max(px(120.0f), ImGui::CalcTextSize(cancel.c_str()).x + style.FramePadding.x * 2.0f);
    const float y = ImGui::GetCursorPosY();
    {
        FontScope big(large_font());
        ImGui::SetCursorPosY(y + (h - ImGui::GetTextLineHeight()) * 0.5f);
        const std::string name = view.name.empty() ? "#" + std::to_string(view.id) : view.name;
        const std::string heading = std::string(tr("Add follow-up")) + ":  " + name;
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::PushClipRect(at, {at.x + ImGui::GetContentRegionAvail().x - bw - style.ItemSpacing.x, at.y + h}, true);
        ImGui::TextUnformatted(heading.c_str());
        ImGui::PopClipRect();
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - bw);
    ImGui::SetCursorPosY(y);
    if (touch_button(with_id(cancel, "cancel").c_str(), {bw, h}, ButtonKind::normal, !d.awaiting)) {
        d = FollowUpDraft{};
        return;
    }
    if (d.typing) {
        draw_reason_keyboard(d);
        return;
    }
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float gap = style.ItemSpacing.x;
    const float left_w = std::floor(avail.x * 0.55f);
    ImGui::BeginChild("days", {left_w, avail.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    caption(tr("Date"));
    ImGui::SameLine();
    ImGui::TextUnformatted(d.day.empty() ? "—" : d.day.c_str());
    const float rows_h = ImGui::GetContentRegionAvail().y - ImGui::GetTextLineHeightWithSpacing();
    const float cell_h = std::clamp(std::floor(rows_h / 5.0f - style.ItemSpacing.y), px(kMinTarget), px(64.0f));
    day_grid(view.today, d.day, 5, ImGui::GetContentRegionAvail().x, cell_h);
    ImGui::EndChild();
    ImGui::SameLine(0.0f, gap * 2.0f);
    ImGui::BeginChild("reason", {0.0f, avail.y}, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float w = ImGui::GetContentRegionAvail().x;
    caption(tr("Reason"));
    const std::string shown = d.reason.empty() ? std::string(tr("Tap to type the reason")) : d.reason;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float reason_h = std::max(h, px(96.0f));
    ImGui::PushClipRect(at, {at.x + w, at.y + reason_h}, true);
    if (touch_button(with_id(shown, "reason").c_str(), {w, reason_h}, ButtonKind::normal, !d.awaiting)) {
        d.typing = true;
        d.keyboard = {};
        d.error.clear();
    }
    ImGui::PopClipRect();
    const bool ready = !d.day.empty() && !blank(d.reason);
    if (!d.error.empty()) {
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextColored(palette::danger, "%s", d.error.c_str());
        ImGui::PopTextWrapPos();
    } else if (!ready) {
        ImGui::PushTextWrapPos(0.0f);
        caption(tr("Choose the day and type the reason, then Save."));
        ImGui::PopTextWrapPos();
    }
    ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowContentRegionMax().y - h));
    if (touch_button(with_id(tr("Save"), "save").c_str(), {w, h}, ButtonKind::primary, ready && !d.awaiting)) {
        d.awaiting = true;
        d.error.clear();
        sink.push(intent::AddFollowUp{view.id, "", d.day, d.reason});  // owner: the logged-in salesperson
    }
    ImGui::EndChild();
}

}  // namespace

CustomerPageAction draw_customer_page(const CustomerPageView& view, CustomerPageState& s, intent::IntentSink& sink) {
    CustomerPageAction action = CustomerPageAction::none;
    ImGui::BeginChild("customer_page", ImGui::GetContentRegionAvail(), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("customer_page");
    if (s.follow_up.open) {
        draw_follow_up_panel(view, s.follow_up, sink);
        ImGui::EndChild();
        return action;
    }
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
    // The file's actions under it, one per row (long labels in Russian or Vietnamese fit).
    const int actions = view.can_merge ? 2 : 1;
    const float actions_h = static_cast<float>(actions) * (h + style.ItemSpacing.y);
    ImGui::BeginGroup();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("file", {left_w, avail.y - actions_h}, true);
    draw_fields(view);
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    if (touch_button(with_id(tr("Add follow-up"), "add_follow_up").c_str(), {left_w, h}, ButtonKind::primary)) {
        s.follow_up = FollowUpDraft{};
        s.follow_up.open = true;
    }
    if (view.can_merge && touch_button(with_id(tr("Merge with…"), "merge").c_str(), {left_w, h})) action = CustomerPageAction::merge;
    ImGui::EndGroup();
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("history", {avail.x - left_w - style.ItemSpacing.x, avail.y}, true);
    draw_history(view);
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::EndChild();
    return action;
}

}  // namespace pos::ui
