// Settings: store name, receipt header and footer and the printer device typed on the text
// keyboard; tax mode, printer profile, scanner layout and default language as chips. Each
// change is one UpdateSettings intent with only that field.
#include <imgui.h>

#include <string>

#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/i18n.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {
namespace {

using Field = SettingsUiState::Field;

std::string id_label(const std::string& text, const char* id) { return text + "###" + id; }

const char* field_name(Field f) {
    switch (f) {
    case Field::store_name: return tr("Store name");
    case Field::receipt_header: return tr("Receipt header");
    case Field::receipt_footer: return tr("Receipt footer");
    case Field::printer_device: return tr("Printer device (VID:PID)");
    case Field::none: break;
    }
    return "";
}

const char* field_code(Field f) {
    switch (f) {
    case Field::store_name: return "store_name";
    case Field::receipt_header: return "receipt_header";
    case Field::receipt_footer: return "receipt_footer";
    case Field::printer_device: return "printer_device";
    case Field::none: break;
    }
    return "";
}

// A text setting: its label and an Edit button showing the value.
void text_row(Field f, const std::string& value, SettingsUiState& ui, const char* empty_text) {
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (px(kMinTarget) - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextColored(palette::text_dim, "%s", field_name(f));
    ImGui::SameLine(px(260.0f));
    ImGui::SetCursorPosY(y);
    std::string shown = value.empty() ? std::string(empty_text) : value;
    for (char& c : shown)
        if (c == '\n') c = ' ';
    if (touch_button(id_label(shown, field_code(f)).c_str(), {ImGui::GetContentRegionAvail().x, px(kMinTarget)})) {
        ui.editing = f;
        ui.text = value;
    }
}

void editor(SettingsUiState& ui, intent::IntentSink& sink) {
    ProbeScope probe("edit");
    ImGui::TextColored(palette::text_dim, "%s", field_name(ui.editing));
    {
        FontScope big(large_font());
        ImGui::TextWrapped("%s_", ui.text.c_str());
    }
    if (touch_button(id_label(tr("Cancel"), "cancel").c_str(), {0.0f, px(kMinTarget)})) {
        ui.editing = Field::none;
        return;
    }
    if (ui.editing == Field::printer_device) {
        ImGui::SameLine();
        if (touch_button(":###colon", {px(64.0f), px(kMinTarget)})) ui.text += ':';
    }
    if (ui.editing == Field::receipt_header || ui.editing == Field::receipt_footer) {
        ImGui::SameLine();
        if (touch_button(id_label(tr("New line"), "newline").c_str(), {0.0f, px(kMinTarget)})) ui.text += '\n';
    }
    TextKeyboardOptions opts;
    opts.max_bytes = ui.editing == Field::store_name ? 80 : 400;
    if (text_keyboard("keyboard", ui.text, ui.keyboard, opts) != KeyboardResult::done) return;
    intent::UpdateSettings u;
    switch (ui.editing) {
    case Field::store_name: u.store_name = ui.text; break;
    case Field::receipt_header: u.receipt_header = ui.text; break;
    case Field::receipt_footer: u.receipt_footer = ui.text; break;
    case Field::printer_device: u.printer_device = ui.text; break;
    case Field::none: return;
    }
    sink.push(std::move(u));
    ui.editing = Field::none;
}

void chip_setting(const char* title, const char* id, const std::vector<std::pair<std::string, std::string>>& options,
                  const std::string& current, std::optional<std::string> intent::UpdateSettings::*field, intent::IntentSink& sink) {
    ProbeScope probe(id);
    ImGui::TextColored(palette::text_dim, "%s", title);
    ChipRow chips;
    for (const auto& [code, text] : options) {
        const std::string l = text + "###" + code;
        if (chips.chip(l.c_str(), code == current) && code != current) {
            intent::UpdateSettings u;
            u.*field = code;
            sink.push(std::move(u));
        }
    }
}

// The special-order deposit minimum as a share of the order total (the fixed minimum amount is a
// `settings` script op; the larger of the two applies).
void deposit_setting(int current_bp, intent::IntentSink& sink) {
    ProbeScope probe("deposit_min");
    ImGui::TextColored(palette::text_dim, "%s", tr("Minimum deposit on orders"));
    ChipRow chips;
    for (const int bp : {0, 1000, 2000, 3000, 5000, 10000}) {
        const std::string l = std::to_string(bp / 100) + " %###" + std::to_string(bp);
        if (chips.chip(l.c_str(), bp == current_bp) && bp != current_bp) {
            intent::UpdateSettings u;
            u.deposit_min_bp = bp;
            sink.push(std::move(u));
        }
    }
}

}  // namespace

void draw_settings(const SettingsView& view, SettingsUiState& ui, intent::IntentSink& sink) {
    begin_screen("##admin_settings");
    ProbeScope probe("admin");
    ProbeScope page("settings");
    page_title(tr("Settings"));
    draw_feedback(view.feedback);
    if (ui.editing != Field::none) {
        editor(ui, sink);
        end_screen();
        return;
    }
    ImGui::BeginChild("fields", {0.0f, 0.0f}, false);
    text_row(Field::store_name, view.store_name, ui, tr("(none)"));
    text_row(Field::receipt_header, view.receipt_header, ui, tr("(none)"));
    text_row(Field::receipt_footer, view.receipt_footer, ui, tr("(none)"));
    text_row(Field::printer_device, view.printer_device, ui, tr("Automatic"));
    using U = intent::UpdateSettings;
    chip_setting(tr("Tax mode"), "tax_mode", {{"inclusive", tr("Prices include tax")}, {"exclusive", tr("Tax added to prices")}},
                 view.tax_mode, &U::tax_mode, sink);
    std::vector<std::pair<std::string, std::string>> profiles;
    for (const auto& p : view.printer_profiles) profiles.emplace_back(p, p);
    chip_setting(tr("Printer profile"), "printer_profile", profiles, view.printer_profile, &U::printer_profile, sink);
    std::vector<std::pair<std::string, std::string>> layouts;
    for (const auto& l : view.scanner_layouts) layouts.emplace_back(l, l == "us" ? tr("US (QWERTY)") : l == "de" ? tr("German (QWERTZ)") : l);
    chip_setting(tr("Scanner keyboard layout"), "scanner_layout", layouts, view.scanner_layout, &U::scanner_layout, sink);
    std::vector<std::pair<std::string, std::string>> langs;
    for (Lang l : all_langs) langs.emplace_back(std::string(lang_code(l)), language_name(l));
    chip_setting(tr("Default language"), "lang", langs, view.lang, &U::lang, sink);
    deposit_setting(view.deposit_min_bp, sink);
    ImGui::Dummy({0.0f, px(24.0f)});
    drag_to_scroll();
    ImGui::EndChild();
    end_screen();
}

}  // namespace pos::ui::admin
