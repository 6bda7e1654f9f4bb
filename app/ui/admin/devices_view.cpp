// Devices: the printer and scanner state, the test print, and the virtual printer's last
// receipt image (uploaded as a texture by the app, drawn here scaled to fit).
#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/admin/admin_views.h"
#include "ui/admin/admin_widgets.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {

void draw_devices(const DevicesView& view, intent::IntentSink& sink) {
    begin_screen("##admin_devices");
    ProbeScope probe("admin");
    ProbeScope page("devices");
    page_title(tr("Devices"));
    const float preview_w = view.texture ? std::min(px(340.0f), ImGui::GetContentRegionAvail().x * 0.45f) : 0.0f;
    ImGui::BeginChild("state", {view.texture ? -(preview_w + ImGui::GetStyle().ItemSpacing.x) : 0.0f, 0.0f}, false);
    label_value(tr("Printer"), view.printer);
    label_value(tr("Printer profile"), view.printer_profile);
    label_value(tr("Scanner"), view.scanner);
    if (!view.failure.empty()) {
        ImGui::TextColored(palette::text_dim, "%s", tr("Last failure"));
        ImGui::SameLine(px(220.0f));
        ImGui::TextColored(palette::danger, "%s", view.failure.c_str());
    }
    ImGui::Dummy({0.0f, px(8.0f)});
    if (touch_button((std::string(tr("Print test page")) + "###test").c_str(), {0.0f, px(64.0f)}, ButtonKind::primary))
        sink.push(intent::PrintTest{});
    draw_feedback(view.feedback);
    ImGui::Dummy({0.0f, px(8.0f)});
    ImGui::TextColored(palette::text_dim, "%s", tr("Virtual printer: last receipt"));
    ImGui::TextWrapped("%s", view.receipt_png.empty() ? tr("No receipt printed yet") : view.receipt_png.c_str());
    ImGui::EndChild();
    if (view.texture && view.texture_w > 0 && view.texture_h > 0) {
        ImGui::SameLine();
        ImGui::BeginChild("preview", {preview_w, 0.0f}, true);
        const float scale = (preview_w - ImGui::GetStyle().WindowPadding.x * 2.0f) / static_cast<float>(view.texture_w);
        ImGui::Image(view.texture, {static_cast<float>(view.texture_w) * scale, static_cast<float>(view.texture_h) * scale});
        drag_to_scroll();
        ImGui::EndChild();
    }
    end_screen();
}

}  // namespace pos::ui::admin
