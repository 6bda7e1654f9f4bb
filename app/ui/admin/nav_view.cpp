// The manager's page tabs.
#include <imgui.h>

#include <string>

#include "ui/admin/admin_views.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui::admin {
namespace {

const char* page_label(AdminPage p) {
    switch (p) {
    case AdminPage::summary: return tr("Summary");
    case AdminPage::close_day: return tr("Close day");
    case AdminPage::staff: return tr("Staff");
    case AdminPage::catalog: return tr("Catalog");
    case AdminPage::devices: return tr("Devices");
    case AdminPage::settings: return tr("Settings");
    case AdminPage::periods: return tr("Periods");
    }
    return "";
}

}  // namespace

const char* page_code(AdminPage p) noexcept {
    switch (p) {
    case AdminPage::summary: return "summary";
    case AdminPage::close_day: return "close_day";
    case AdminPage::staff: return "staff";
    case AdminPage::catalog: return "catalog";
    case AdminPage::devices: return "devices";
    case AdminPage::settings: return "settings";
    case AdminPage::periods: return "periods";
    }
    return "summary";
}

float draw_manager_nav(AdminPage& page) {
    ProbeScope probe("nav");
    const float y0 = ImGui::GetCursorPosY();
    const ImGuiStyle& style = ImGui::GetStyle();
    constexpr float n = static_cast<float>(std::size(kAdminPages));
    const float w = (ImGui::GetContentRegionAvail().x - style.ItemSpacing.x * (n - 1.0f)) / n;
    bool first = true;
    for (AdminPage p : kAdminPages) {
        if (!first) ImGui::SameLine();
        first = false;
        const std::string label = std::string(page_label(p)) + "###" + page_code(p);
        if (touch_button(label.c_str(), {w, px(kMinTarget)}, p == page ? ButtonKind::selected : ButtonKind::normal)) page = p;
    }
    return ImGui::GetCursorPosY() - y0;
}

}  // namespace pos::ui::admin
