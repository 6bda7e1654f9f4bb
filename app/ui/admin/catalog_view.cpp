// Catalog: the file to import (typed on the text keyboard, or tapped in the list of *.csv files
// in the import folder), Import, and the readable list of problems when the file is refused.
#include <imgui.h>

#include <string>

#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {

std::string catalog_path(const std::string& folder, const std::string& typed) {
    if (typed.empty() || typed.front() == '/') return typed;
    return folder.empty() ? typed : folder + "/" + typed;
}

void draw_catalog(const CatalogView& view, CatalogUiState& ui, intent::IntentSink& sink) {
    begin_screen("##admin_catalog");
    ProbeScope probe("admin");
    ProbeScope page("catalog");
    page_title(tr("Catalog"));
    ImGui::TextColored(palette::text_dim, "%s %zu", tr("Products:"), view.products);
    ImGui::TextColored(palette::text_dim, "%s %s", tr("Import folder:"), view.folder.c_str());
    const float y = ImGui::GetCursorPosY();
    ImGui::SetCursorPosY(y + (px(kMinTarget) - ImGui::GetTextLineHeight()) * 0.5f);
    ImGui::TextUnformatted(tr("File"));
    ImGui::SameLine();
    ImGui::SetCursorPosY(y);
    const std::string shown = (ui.path.empty() ? std::string(tr("Tap to type a file name")) : ui.path) + "###path";
    const float import_w = std::max(px(160.0f), ImGui::CalcTextSize(tr("Import")).x + px(32.0f));
    if (touch_button(shown.c_str(), {ImGui::GetContentRegionAvail().x - import_w - ImGui::GetStyle().ItemSpacing.x, px(kMinTarget)},
                     ui.typing ? ButtonKind::selected : ButtonKind::normal))
        ui.typing = !ui.typing;
    ImGui::SameLine();
    if (touch_button((std::string(tr("Import")) + "###import").c_str(), {import_w, px(kMinTarget)}, ButtonKind::primary,
                     !ui.path.empty())) {
        sink.push(intent::ImportCatalog{catalog_path(view.folder, ui.path)});
        ui.typing = false;
    }
    if (ui.typing) {
        TextKeyboardOptions opts;
        opts.max_bytes = 200;
        if (text_keyboard("keyboard", ui.path, ui.keyboard, opts) == KeyboardResult::done) ui.typing = false;
    }
    ImGui::BeginChild("files", {0.0f, 0.0f}, false);
    draw_feedback(view.feedback);
    if (!ui.typing) {
        ImGui::TextColored(palette::text_dim, "%s", tr("CSV files in the import folder"));
        if (view.files.empty()) ImGui::TextColored(palette::text_dim, "%s", tr("No CSV files found"));
        int n = 0;
        for (const std::string& f : view.files) {
            const std::string l = f + "###file" + std::to_string(n++);
            if (touch_button(l.c_str(), {ImGui::GetContentRegionAvail().x, px(kMinTarget)},
                             ui.path == f ? ButtonKind::selected : ButtonKind::normal))
                ui.path = f;
        }
    }
    drag_to_scroll();
    ImGui::EndChild();
    end_screen();
}

}  // namespace pos::ui::admin
