#include "ui/theme.h"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

#include "ui/ui_env.h"

namespace pos::ui {

void apply_touch_theme(ImGuiStyle& style, float scale) {
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = {16, 16};
    style.FramePadding = {16, 12};
    style.ItemSpacing = {12, 12};
    style.ItemInnerSpacing = {10, 8};
    style.TouchExtraPadding = {2, 2};  // small: ImGui gives overlaps to the first widget
    style.IndentSpacing = 24;
    style.ScrollbarSize = 32;          // wide enough to drag with a finger
    style.GrabMinSize = 48;
    style.WindowRounding = 0;
    style.ChildRounding = 8;
    style.FrameRounding = 8;
    style.GrabRounding = 8;
    style.ScrollbarRounding = 8;
    style.PopupRounding = 8;
    style.WindowBorderSize = 0;
    style.ChildBorderSize = 1;
    style.FrameBorderSize = 0;
    style.ButtonTextAlign = {0.5f, 0.5f};
    style.ScaleAllSizes(scale);

    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = palette::text;
    c[ImGuiCol_TextDisabled] = palette::text_dim;
    c[ImGuiCol_WindowBg] = palette::background;
    c[ImGuiCol_ChildBg] = palette::panel;
    c[ImGuiCol_PopupBg] = palette::panel;
    c[ImGuiCol_ModalWindowDimBg] = {0.1f, 0.12f, 0.15f, 0.45f};
    c[ImGuiCol_Border] = palette::border;
    c[ImGuiCol_FrameBg] = palette::panel;
    c[ImGuiCol_FrameBgHovered] = palette::panel;
    c[ImGuiCol_FrameBgActive] = palette::button;
    c[ImGuiCol_Button] = palette::button;
    c[ImGuiCol_ButtonHovered] = palette::button;  // no hover-only affordances on touch
    c[ImGuiCol_ButtonActive] = palette::button_pressed;
    c[ImGuiCol_Header] = palette::button;
    c[ImGuiCol_HeaderHovered] = palette::button;
    c[ImGuiCol_HeaderActive] = palette::button_pressed;
    c[ImGuiCol_ScrollbarBg] = palette::background;
    c[ImGuiCol_ScrollbarGrab] = palette::button_pressed;
    c[ImGuiCol_ScrollbarGrabHovered] = palette::button_pressed;
    c[ImGuiCol_ScrollbarGrabActive] = palette::text_dim;
    c[ImGuiCol_CheckMark] = palette::accent;
    c[ImGuiCol_SliderGrab] = palette::accent;
    c[ImGuiCol_SliderGrabActive] = palette::accent_pressed;
    c[ImGuiCol_Separator] = palette::border;
    c[ImGuiCol_NavHighlight] = palette::accent;

    ImGui::GetIO().ConfigInputTextCursorBlink = false;
}

namespace {

struct KindColors {
    ImVec4 normal;
    ImVec4 pressed;
    ImVec4 text;
};

KindColors colors_for(ButtonKind kind) {
    switch (kind) {
    case ButtonKind::normal: return {palette::button, palette::button_pressed, palette::text};
    case ButtonKind::primary: return {palette::accent, palette::accent_pressed, palette::on_accent};
    case ButtonKind::selected: return {palette::accent, palette::accent_pressed, palette::on_accent};
    case ButtonKind::danger: return {palette::danger, palette::accent_pressed, palette::on_accent};
    }
    return {palette::button, palette::button_pressed, palette::text};
}

}  // namespace

bool touch_button(const char* label, ImVec2 size, ButtonKind kind, bool enabled) {
    const float min = px(kMinTarget);
    if (size.x <= 0.0f) {
        const ImVec2 text = ImGui::CalcTextSize(label, nullptr, true);
        size.x = text.x + ImGui::GetStyle().FramePadding.x * 2.0f;
    }
    size.x = std::max(size.x, min);
    size.y = std::max(size.y, min);
    const KindColors colors = colors_for(kind);
    ImGui::PushStyleColor(ImGuiCol_Button, colors.normal);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, colors.normal);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, colors.pressed);
    ImGui::PushStyleColor(ImGuiCol_Text, colors.text);
    ImGui::BeginDisabled(!enabled);
    const bool pressed = ImGui::Button(label, size);
    ImGui::EndDisabled();
    ImGui::PopStyleColor(4);
    probe_last_item(label);
    return pressed && enabled;
}

bool touch_button(const char* label, ImVec2 size, ButtonKind kind) { return touch_button(label, size, kind, true); }

void drag_to_scroll() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID started_id = window->GetID("##drag_to_scroll_started");
    const ImGuiID dragging_id = window->GetID("##drag_to_scroll_dragging");
    const ImGuiIO& io = ImGui::GetIO();
    const bool hovered = ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem |
                                                ImGuiHoveredFlags_ChildWindows);
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left)) storage->SetBool(started_id, hovered);
    if (!io.MouseDown[ImGuiMouseButton_Left]) {
        storage->SetBool(started_id, false);
        storage->SetBool(dragging_id, false);
        return;
    }
    if (!storage->GetBool(started_id)) return;
    const float threshold = px(12.0f);
    if (!storage->GetBool(dragging_id)) {
        if (std::fabs(ImGui::GetMouseDragDelta(ImGuiMouseButton_Left, 0.0f).y) < threshold) return;
        storage->SetBool(dragging_id, true);
        ImGui::ClearActiveID();  // the finger is scrolling, not pressing the button under it
    }
    ImGui::SetScrollY(window, window->Scroll.y - io.MouseDelta.y);
}

void text_centered(const char* text, const ImVec4& color) {
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = ImGui::CalcTextSize(text).x;
    if (width < avail) {
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (avail - width) * 0.5f);
        ImGui::TextColored(color, "%s", text);
        return;
    }
    ImGui::PushTextWrapPos(0.0f);  // too long for one line: wrap at the region's edge
    ImGui::TextColored(color, "%s", text);
    ImGui::PopTextWrapPos();
}

}  // namespace pos::ui
