#include "ui/floor_screen.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>

#include "ui/floor_sections.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {

namespace {

struct SourceOption {
    const char* code;
    const char* label;
};

std::array<SourceOption, 4> source_options() {
    return {{{"walk_in", tr("Walk-in")}, {"be_back", tr("Be-back")}, {"phone", tr("Phone")}, {"internet", tr("Internet")}}};
}

void draw_new_customer(FloorUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("new");
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = floor::chip_height();
    ImGui::TextColored(palette::text_dim, "%s", tr("Party size"));
    bool minus = false;
    {
        FontScope big(large_font());
        minus = touch_button("–###minus", {h, h}, ButtonKind::normal, ui.party_size > 1);
    }
    if (minus) ui.party_size = std::max(1, ui.party_size - 1);
    ImGui::SameLine();
    const std::string count = std::to_string(ui.party_size);
    const float count_w = w - 2.0f * (h + ImGui::GetStyle().ItemSpacing.x);
    {
        FontScope big(large_font());
        const ImVec2 pos = ImGui::GetCursorPos();
        const ImVec2 text = ImGui::CalcTextSize(count.c_str());
        ImGui::SetCursorPos({pos.x + (count_w - text.x) * 0.5f, pos.y + (h - text.y) * 0.5f});
        ImGui::TextUnformatted(count.c_str());
        ImGui::SameLine();
        ImGui::SetCursorPos({pos.x + count_w + ImGui::GetStyle().ItemSpacing.x, pos.y});
    }
    bool plus = false;
    {
        FontScope big(large_font());
        plus = touch_button("+###plus", {h, h}, ButtonKind::normal, ui.party_size < kMaxPartySize);
    }
    if (plus) ui.party_size = std::min(kMaxPartySize, ui.party_size + 1);

    ImGui::TextColored(palette::text_dim, "%s", tr("How they came"));
    {
        ProbeScope sources("source");
        const float half = (w - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
        int column = 0;
        for (const SourceOption& s : source_options()) {
            if (column++ % 2 != 0) ImGui::SameLine();
            const std::string label = std::string(s.label) + "###" + s.code;
            if (touch_button(label.c_str(), {half, h}, ui.source == s.code ? ButtonKind::selected : ButtonKind::normal))
                ui.source = s.code;
        }
    }
    ImGui::Dummy({1.0f, px(8.0f)});
    if (touch_button((std::string(tr("Start visit")) + "###start").c_str(), {w, h}, ButtonKind::primary)) {
        sink.push(intent::StartVisit{ui.party_size, ui.source, {}, {}});
        ui.new_customer = false;
        ui.party_size = 1;
        ui.source = "walk_in";
    }
    if (touch_button((std::string(tr("Cancel")) + "###cancel").c_str(), {w, h})) ui.new_customer = false;
}

void draw_visit_cards(const FloorView& view, FloorUiState& ui, float height) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 0.0f);
    ImGui::BeginChild("visits", {0.0f, height}, false);
    ProbeScope probe("visit");
    if (view.visits.empty()) ImGui::TextWrapped("%s", tr("No open visits."));
    const float w = ImGui::GetContentRegionAvail().x;
    for (const VisitCard& card : view.visits) {
        const bool selected = card.id == ui.selected;
        const std::string label = "###" + std::to_string(card.id);
        const float card_h = std::max(px(84.0f), px(16.0f) + 3.0f * ImGui::GetFontSize() * 1.3f);
        if (touch_button(label.c_str(), {w, card_h}, selected ? ButtonKind::selected : ButtonKind::normal)) {
            if (ui.selected != card.id) {  // choices made for another customer do not carry over
                ui.close_method.clear();
                ui.lost_reason.clear();
                ui.follow_up = false;
                ui.follow_up_date.clear();
                ui.contact.clear();
                ui.typing = false;
            }
            ui.selected = card.id;
            ui.new_customer = false;
        }
        const ImVec2 min = ImGui::GetItemRectMin();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImU32 fg = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text);
        const ImU32 dim = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text_dim);
        const float pad = px(12.0f);
        const float line = ImGui::GetFontSize() * 1.3f;
        const std::string first = "#" + std::to_string(card.id) + "  " + card.staff;
        const std::string second = card.stage;
        const std::string third = card.elapsed + "  ·  " + std::to_string(card.party_size) + " " + tr("people");
        ImGui::PushClipRect(min, ImGui::GetItemRectMax(), true);
        draw->AddText({min.x + pad, min.y + px(8.0f)}, fg, first.c_str());
        draw->AddText({min.x + pad, min.y + px(8.0f) + line}, dim, second.c_str());
        draw->AddText({min.x + pad, min.y + px(8.0f) + 2.0f * line}, dim, third.c_str());
        ImGui::PopClipRect();
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void draw_left(const FloorView& view, FloorUiState& ui, intent::IntentSink& sink, ImVec2 size) {
    ImGui::BeginChild("left", size, false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const float w = ImGui::GetContentRegionAvail().x;
    if (ui.new_customer) {
        draw_new_customer(ui, sink);
    } else {
        if (touch_button((std::string(tr("New customer")) + "###new").c_str(), {w, px(56.0f)}, ButtonKind::primary))
            ui.new_customer = true;
        const bool chosen = ui.selected != 0 && view.detail.id == ui.selected;
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float below = chosen ? floor::visit_customer_height(view)
                                   : (view.my_day.empty() ? 0.0f : line * static_cast<float>(view.my_day.size()) + ImGui::GetStyle().ItemSpacing.y);
        draw_visit_cards(view, ui, ImGui::GetContentRegionAvail().y - below);
        if (chosen) {
            floor::draw_visit_customer(view, ui);
        } else {
            ImGui::Separator();
            for (const std::string& l : view.my_day) ImGui::TextColored(palette::text_dim, "%s", l.c_str());
        }
    }
    ImGui::EndChild();
}

// drag_to_scroll for a horizontal strip: a sideways drag scrolls it and does not tap.
void drag_to_scroll_x() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID started_id = window->GetID("##drag_x_started");
    const ImGuiID dragging_id = window->GetID("##drag_x_dragging");
    const ImGuiIO& io = ImGui::GetIO();
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left))
        storage->SetBool(started_id, ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem));
    if (!io.MouseDown[ImGuiMouseButton_Left]) {
        storage->SetBool(started_id, false);
        storage->SetBool(dragging_id, false);
        return;
    }
    if (!storage->GetBool(started_id)) return;
    if (!storage->GetBool(dragging_id)) {
        if (std::fabs(ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f).x) < px(12.0f)) return;
        storage->SetBool(dragging_id, true);
        ImGui::ClearActiveID();
    }
    ImGui::SetScrollX(window, window->Scroll.x - io.MouseDelta.x);
}

// One row of stage chips, scrolled sideways by dragging; the current stage is scrolled into
// view when it changes.
void draw_stage_rail(const VisitDetail& visit, FloorUiState& ui, intent::IntentSink& sink) {
    const float h = px(kMinTarget);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {0.0f, 0.0f});
    ImGui::BeginChild("rail", {0.0f, h}, false,
                      ImGuiWindowFlags_HorizontalScrollbar | ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ImGui::PopStyleVar();
    ProbeScope probe("stage");
    int n = 0;
    for (const StageStep& s : visit.stages) {
        if (n++ > 0) ImGui::SameLine();
        const std::string label = std::to_string(n) + ". " + s.name + "###" + s.code;
        if (touch_button(label.c_str(), {0.0f, h}, s.current ? ButtonKind::selected : ButtonKind::normal) && !s.current)
            sink.push(intent::EnterStage{{visit.id, {}}, s.code});
        const ImVec2 min = ImGui::GetItemRectMin();
        const ImVec2 max = ImGui::GetItemRectMax();
        if (s.done)  // an accent bar under the label
            ImGui::GetWindowDrawList()->AddRectFilled({min.x + px(6.0f), max.y - px(5.0f)}, {max.x - px(6.0f), max.y - px(2.0f)},
                                                      ImGui::ColorConvertFloat4ToU32(palette::accent));
        if (s.current && ui.rail_stage != s.code) {
            ImGui::SetScrollHereX(0.5f);
            ui.rail_stage = s.code;
        }
    }
    // More stages off to one side: a shaded edge says "drag me".
    const ImVec2 wmin = ImGui::GetWindowPos();
    const ImVec2 wmax{wmin.x + ImGui::GetWindowWidth(), wmin.y + ImGui::GetWindowHeight()};
    const ImU32 clear = ImGui::ColorConvertFloat4ToU32({0.0f, 0.0f, 0.0f, 0.0f});
    const ImU32 shade = ImGui::ColorConvertFloat4ToU32({0.0f, 0.0f, 0.0f, 0.18f});
    const float fade = px(24.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ImGui::GetScrollX() < ImGui::GetScrollMaxX())
        draw->AddRectFilledMultiColor({wmax.x - fade, wmin.y}, wmax, clear, shade, shade, clear);
    if (ImGui::GetScrollX() > 0.0f)
        draw->AddRectFilledMultiColor(wmin, {wmin.x + fade, wmax.y}, shade, clear, clear, shade);
    drag_to_scroll_x();
    ImGui::EndChild();
}

const char* prompt_kind_label(PromptStyle kind) {
    switch (kind) {
    case PromptStyle::cue: return tr("Cue");
    case PromptStyle::question: return tr("Ask");
    case PromptStyle::tip: return tr("Tip");
    }
    return "";
}

void draw_prompts(const VisitDetail& visit, float height) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::BeginChild("prompts", {0.0f, height}, true);
    for (const PromptLine& p : visit.prompts) {
        std::string head = prompt_kind_label(p.kind);
        if (!p.question_type.empty()) head += " · " + p.question_type;
        ImGui::TextColored(p.kind == PromptStyle::question ? palette::accent : palette::text_dim, "%s", head.c_str());
        ImGui::SameLine();
        ImGui::PushTextWrapPos(0.0f);
        ImGui::TextUnformatted(p.text.c_str());
        ImGui::PopTextWrapPos();
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_banner(const char* text) {
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x;
    const float h = ImGui::GetTextLineHeight() + px(16.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, {min.x + w, min.y + h}, ImGui::ColorConvertFloat4ToU32(palette::accent), px(6.0f));
    const ImVec2 size = ImGui::CalcTextSize(text);
    draw->AddText({min.x + std::max(px(8.0f), (w - size.x) * 0.5f), min.y + px(8.0f)},
                  ImGui::ColorConvertFloat4ToU32(palette::on_accent), text);
    ImGui::Dummy({w, h});
}

void draw_tabs(FloorUiState& ui) {
    ProbeScope probe("tab");
    struct TabInfo {
        FloorTab tab;
        const char* code;
        const char* label;
    };
    const std::array<TabInfo, 6> tabs{{{FloorTab::needs, "needs", tr("Needs")},
                                       {FloorTab::present, "present", tr("Present")},
                                       {FloorTab::signals, "signals", tr("Signals")},
                                       {FloorTab::objections, "objections", tr("Objections")},
                                       {FloorTab::close, "close", tr("Close")},
                                       {FloorTab::not_sold, "not_sold", tr("Not sold")}}};
    // The free width is shared out equally on top of each label's own width, so long labels
    // ("Không bán được") get more room and no label is cut.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    float text_total = 0.0f;
    for (const TabInfo& t : tabs) text_total += ImGui::CalcTextSize(t.label).x;
    const float n = static_cast<float>(tabs.size());
    const float extra = std::max(0.0f, (ImGui::GetContentRegionAvail().x - spacing * (n - 1.0f) - text_total) / n);
    bool first = true;
    for (const TabInfo& t : tabs) {
        if (!first) ImGui::SameLine();
        first = false;
        const std::string label = std::string(t.label) + "###" + t.code;
        const float w = std::floor(ImGui::CalcTextSize(t.label).x + extra);
        if (touch_button(label.c_str(), {w, px(52.0f)}, ui.tab == t.tab ? ButtonKind::selected : ButtonKind::normal))
            ui.tab = t.tab;
    }
}

// While the contact or note keyboard is open the visit list, stage rail and prompts step aside
// so the keyboard's 64 px keys fit beside nothing else.
bool typing_contact(const FloorUiState& ui) {
    return (ui.typing && ui.tab == FloorTab::not_sold && ui.follow_up) || (ui.noting && ui.tab == FloorTab::present);
}

void draw_detail(const FloorView& view, FloorUiState& ui, intent::IntentSink& sink, ImVec2 size) {
    ImGui::BeginChild("detail", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    const VisitDetail& visit = view.detail;
    if (visit.id == 0 || visit.id != ui.selected) {
        ImGui::Dummy({1.0f, px(120.0f)});
        text_centered(tr("Choose a visit on the left, or start a new one."), palette::text_dim);
        ImGui::EndChild();
        return;
    }
    if (!typing_contact(ui)) {
        draw_stage_rail(visit, ui, sink);
        draw_prompts(visit, ImGui::GetStyle().WindowPadding.y * 2.0f + 2.0f * ImGui::GetTextLineHeightWithSpacing());
        if (visit.suggest_close) draw_banner(tr("Closing signals — suggest closing now"));
    }
    draw_tabs(ui);
    ImGui::BeginChild("section", {0.0f, -floor::footer_height(ui.tab)}, false);
    switch (ui.tab) {
    case FloorTab::needs: floor::draw_needs(visit, sink); break;
    case FloorTab::present: floor::draw_present(visit, ui, sink); break;
    case FloorTab::signals: floor::draw_signals(visit, sink); break;
    case FloorTab::objections: floor::draw_objections(visit, sink); break;
    case FloorTab::close: floor::draw_close(visit, ui, sink); break;
    case FloorTab::not_sold: floor::draw_not_sold(view, ui); break;
    }
    drag_to_scroll();
    ImGui::EndChild();
    if (floor::footer_height(ui.tab) > 0.0f) floor::draw_footer(view, ui, sink);
    ImGui::EndChild();
}

}  // namespace

void draw_floor(const FloorView& view, FloorUiState& ui, intent::IntentSink& sink) {
    FontScope body(body_font());
    begin_screen("floor");
    ProbeScope probe("floor");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float message_h = view.message.empty() ? 0.0f : ImGui::GetTextLineHeightWithSpacing();
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float body_h = avail.y - message_h;
    const float left_w = std::floor(std::clamp(avail.x * 0.25f, px(230.0f), px(340.0f)));
    if (typing_contact(ui)) {
        draw_detail(view, ui, sink, {avail.x, body_h});
    } else {
        draw_left(view, ui, sink, {left_w, body_h});
        ImGui::SameLine();
        draw_detail(view, ui, sink, {avail.x - left_w - style.ItemSpacing.x, body_h});
    }
    if (!view.message.empty()) ImGui::TextColored(palette::danger, "%s", view.message.c_str());
    end_screen();
}

}  // namespace pos::ui
