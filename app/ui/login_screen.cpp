#include "ui/login_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/i18n.h"
#include "ui/keypad.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {

namespace {

const StaffTile* find_staff(const LoginView& view, Id id) {
    for (const StaffTile& s : view.staff)
        if (s.id == id) return &s;
    return nullptr;
}

void draw_header(const LoginView& view) {
    FontScope big(large_font());
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(view.store_name.c_str());
    if (!view.clock.empty()) {
        const float w = ImGui::CalcTextSize(view.clock.c_str()).x;
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - w);
        ImGui::TextColored(palette::text_dim, "%s", view.clock.c_str());
    }
}

void draw_staff_tiles(const LoginView& view, LoginUiState& ui, ImVec2 size) {
    ImGui::TextColored(palette::text_dim, "%s", tr("Choose your name"));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette::background);
    ImGui::PushStyleVar(ImGuiStyleVar_ChildBorderSize, 0.0f);
    ImGui::BeginChild("staff", {size.x, size.y - ImGui::GetTextLineHeightWithSpacing()}, false);
    ProbeScope probe("staff");
    if (view.staff.empty()) ImGui::TextWrapped("%s", tr("No staff accounts yet. Ask a manager to add staff."));
    const ImGuiStyle& style = ImGui::GetStyle();
    const float avail = ImGui::GetContentRegionAvail().x;
    // From the pane width, not the space left by a scrollbar, so the layout does not jump.
    const int columns = size.x >= px(440.0f) ? 2 : 1;
    const ImVec2 tile{(avail - style.ItemSpacing.x * static_cast<float>(columns - 1)) / static_cast<float>(columns),
                      px(88.0f)};
    int column = 0;
    for (const StaffTile& staff : view.staff) {
        if (column != 0) ImGui::SameLine();
        column = (column + 1) % columns;
        const std::string label = "###" + std::to_string(staff.id);
        const bool selected = staff.id == ui.selected;
        if (touch_button(label.c_str(), tile, selected ? ButtonKind::selected : ButtonKind::normal)) {
            ui.selected = staff.id;
            ui.pin.clear();
        }
        // Name and role drawn over the tile: the name large, the role below it.
        const ImVec2 min = ImGui::GetItemRectMin();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        const ImU32 fg = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text);
        const ImU32 dim = ImGui::ColorConvertFloat4ToU32(selected ? palette::on_accent : palette::text_dim);
        const float pad = px(16.0f);
        ImGui::PushClipRect(min, ImGui::GetItemRectMax(), true);
        draw->AddText({min.x + pad, min.y + px(12.0f)}, fg, staff.name.c_str());
        draw->AddText({min.x + pad, min.y + px(12.0f) + ImGui::GetFontSize() * 1.35f}, dim, role_label(staff.role));
        ImGui::PopClipRect();
    }
    drag_to_scroll();
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor();
}

void draw_pin_dots(std::size_t count) {
    const float r = px(9.0f);
    const float gap = px(14.0f);
    const std::size_t slots = std::max<std::size_t>(4, count);
    const float width = static_cast<float>(slots) * r * 2.0f + static_cast<float>(slots - 1) * gap;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float x0 = origin.x + (ImGui::GetContentRegionAvail().x - width) * 0.5f;
    const float y = origin.y + px(20.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (std::size_t i = 0; i < slots; ++i) {
        const ImVec2 c{x0 + r + static_cast<float>(i) * (2.0f * r + gap), y};
        if (i < count) draw->AddCircleFilled(c, r, ImGui::ColorConvertFloat4ToU32(palette::text));
        else draw->AddCircle(c, r, ImGui::ColorConvertFloat4ToU32(palette::text_dim), 0, px(2.0f));
    }
    ImGui::Dummy({ImGui::GetContentRegionAvail().x, px(40.0f)});
}

void draw_pin_pane(const LoginView& view, LoginUiState& ui, intent::IntentSink& sink, ImVec2 size) {
    ImGui::BeginChild("pin_pane", size, true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("pin");
    const StaffTile* staff = find_staff(view, ui.selected);
    if (staff == nullptr) {
        ui.selected = 0;
        ui.pin.clear();
        ImGui::Dummy({1.0f, px(120.0f)});
        text_centered(tr("Tap your name, then enter your PIN."), palette::text_dim);
    } else {
        {
            FontScope big(large_font());
            text_centered(staff->name.c_str());
        }
        text_centered(tr("Enter your PIN"), palette::text_dim);
        draw_pin_dots(ui.pin.size());
    }
    // The error line is always reserved, so the keys never move under a finger when it appears.
    const float error_top = ImGui::GetCursorPosY();
    if (!view.error.empty()) text_centered(view.error.c_str(), palette::danger);
    const float reserved = ImGui::GetTextLineHeightWithSpacing();
    if (ImGui::GetCursorPosY() < error_top + reserved) ImGui::SetCursorPosY(error_top + reserved);
    if (staff != nullptr) {
        const float keypad_h = ImGui::GetContentRegionAvail().y;
        const float keypad_w = std::min(ImGui::GetContentRegionAvail().x, px(360.0f));
        ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (ImGui::GetContentRegionAvail().x - keypad_w) * 0.5f);
        ImGui::BeginGroup();
        KeypadOptions options;
        options.max_digits = kMaxPinDigits;
        options.ok_label = tr("Log in");
        options.ok_enabled = !ui.pin.empty();
        options.size = {keypad_w, keypad_h};
        if (numeric_keypad("key", ui.pin, options) == KeypadResult::ok) {
            sink.push(intent::Login{staff->id != 0 ? std::to_string(staff->id) : staff->name, ui.pin});
            ui.pin.clear();
        }
        ImGui::EndGroup();
    }
    ImGui::EndChild();
}

void draw_language_bar(const LoginView& view, intent::IntentSink& sink) {
    ProbeScope probe("lang");
    const ImGuiStyle& style = ImGui::GetStyle();
    const float n = static_cast<float>(all_langs.size());
    const float w = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * (n - 1.0f)) / n;
    bool first = true;
    for (Lang lang : all_langs) {
        if (!first) ImGui::SameLine();
        first = false;
        // Each name in its own script variant: 简体中文 with the SC face, 繁體中文 with TC.
        FontScope font(font_for(lang, false));
        const std::string label = std::string(language_name(lang)) + "###" + std::string(lang_code(lang));
        if (touch_button(label.c_str(), {w, px(56.0f)}, lang == view.language ? ButtonKind::selected : ButtonKind::normal))
            sink.push(intent::SetLanguage{std::string(lang_code(lang))});
    }
}

}  // namespace

const char* role_label(const std::string& role) {
    if (role == "floor") return tr("Floor staff");
    if (role == "cashier") return tr("Cashier");
    if (role == "manager") return tr("Manager");
    return role.c_str();
}

void draw_login(const LoginView& view, LoginUiState& ui, intent::IntentSink& sink) {
    FontScope body(body_font());
    begin_screen("login");
    ProbeScope probe("login");
    draw_header(view);
    ImGui::Separator();

    const ImGuiStyle& style = ImGui::GetStyle();
    const float bar_h = px(56.0f) + style.ItemSpacing.y;
    const ImVec2 avail = ImGui::GetContentRegionAvail();
    const float body_h = avail.y - bar_h;
    const float left_w = std::floor((avail.x - style.ItemSpacing.x) * 0.56f);
    ImGui::BeginGroup();
    draw_staff_tiles(view, ui, {left_w, body_h});
    ImGui::EndGroup();
    ImGui::SameLine();
    draw_pin_pane(view, ui, sink, {avail.x - left_w - style.ItemSpacing.x, body_h});
    draw_language_bar(view, sink);
    end_screen();
}

}  // namespace pos::ui
