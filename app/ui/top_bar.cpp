#include "ui/top_bar.h"

#include <imgui.h>

#include <algorithm>

#include "ui/login_screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

std::string with_id(const std::string& label, const std::string& id) { return label + "###" + id; }

}  // namespace

float draw_top_bar(const TopBarView& view, std::string& current, intent::IntentSink& sink) {
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    const float button_h = px(56.0f);
    const bool alert = view.failed_job != 0 || !view.message.empty();
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const float height = button_h + line_h + style.WindowPadding.y * 2.0f + (alert ? std::max(button_h, line_h) + style.ItemSpacing.y : 0.0f);
    ImGui::SetNextWindowPos(vp->WorkPos);
    ImGui::SetNextWindowSize({vp->WorkSize.x, height});
    FontScope body(body_font());
    ImGui::Begin("##top_bar", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse);
    ProbeScope probe("nav");
    const float lock_w = std::max(px(140.0f), ImGui::CalcTextSize(tr("Lock")).x + style.FramePadding.x * 2.0f + px(16.0f));
    const float tabs_w = ImGui::GetContentRegionAvail().x - lock_w - style.ItemSpacing.x;
    const float tab_w = view.tabs.empty() ? 0.0f : std::min(px(220.0f), (tabs_w - style.ItemSpacing.x * static_cast<float>(view.tabs.size() - 1)) / static_cast<float>(view.tabs.size()));
    for (std::size_t i = 0; i < view.tabs.size(); ++i) {
        const NavTab& t = view.tabs[i];
        if (i > 0) ImGui::SameLine();
        if (touch_button(with_id(t.label, t.code).c_str(), {tab_w, button_h}, t.code == current ? ButtonKind::selected : ButtonKind::normal))
            current = t.code;
    }
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - lock_w);
    if (touch_button(with_id(tr("Lock"), "lock").c_str(), {lock_w, button_h}, ButtonKind::primary)) sink.push(intent::Logout{});
    ImGui::TextColored(palette::text_dim, "%s  ·  %s (%s)  ·  %s", view.clock.c_str(), view.user_name.c_str(), role_label(view.user_role),
                       view.status.c_str());
    if (view.failed_job != 0) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextColored(palette::danger, "%s #%lld: %s", tr("Printing stopped"), static_cast<long long>(view.failed_job), view.failure.c_str());
        ImGui::SameLine();
        if (touch_button(with_id(tr("Retry"), "retry").c_str(), {px(140.0f), button_h}, ButtonKind::primary))
            sink.push(intent::RetryPrint{view.failed_job});
        ImGui::SameLine();
        if (touch_button(with_id(tr("Skip"), "skip").c_str(), {px(140.0f), button_h}, ButtonKind::normal))
            sink.push(intent::SkipPrint{view.failed_job, ""});
    } else if (!view.message.empty()) {
        ImGui::TextColored(palette::danger, "%s", view.message.c_str());
    }
    ImGui::End();
    return height;
}

}  // namespace pos::ui
