#include "ui/session_screen.h"

#include <imgui.h>

#include "ui/i18n.h"
#include "ui/login_screen.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

void stat(const char* label, const std::string& value) {
    ImGui::TextColored(palette::text_dim, "%s", label);
    {
        FontScope big(large_font());
        ImGui::TextUnformatted(value.c_str());
    }
    ImGui::Dummy({0.0f, px(20.0f)});
}

}  // namespace

void draw_session(const SessionView& view, intent::IntentSink& sink) {
    begin_screen("##session");
    ProbeScope probe("session");
    {
        FontScope big(large_font());
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(view.store_name.c_str());
    }
    const float lock_w = px(160.0f);
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - lock_w);
    if (touch_button((std::string(tr("Lock")) + "###lock").c_str(), {lock_w, px(56.0f)}, ButtonKind::primary))
        sink.push(intent::Logout{});
    ImGui::TextColored(palette::text_dim, "%s  ·  %s %s (%s)", view.clock.c_str(), tr("Logged in as"), view.user_name.c_str(),
                       role_label(view.user_role));
    ImGui::Separator();
    if (!view.message.empty()) ImGui::TextColored(palette::danger, "%s", view.message.c_str());
    ImGui::Dummy({0.0f, px(16.0f)});
    if (ImGui::BeginTable("##stats", 2)) {
        ImGui::TableNextColumn();
        stat(tr("Open visits"), std::to_string(view.open_visits));
        ImGui::TableNextColumn();
        stat(tr("Cart"), std::to_string(view.cart_lines) + " · " + view.cart_total);
        ImGui::TableNextColumn();
        stat(tr("Sales today"), std::to_string(view.today_sales) + " · " + view.today_revenue);
        ImGui::TableNextColumn();
        stat(tr("Last receipt"), view.last_receipt.empty() ? "—" : view.last_receipt);
        ImGui::EndTable();
    }
    ImGui::Separator();
    ImGui::TextColored(palette::text_dim, "%s: %s", tr("Printer"), view.printer.c_str());
    ImGui::TextColored(palette::text_dim, "%s: %s", tr("Scanner"), view.scanner.c_str());
    if (view.failed_job != 0) {
        ImGui::Dummy({0.0f, px(12.0f)});
        ImGui::TextColored(palette::danger, "%s #%lld: %s", tr("Printing stopped"), static_cast<long long>(view.failed_job),
                           view.failure.c_str());
        if (touch_button((std::string(tr("Retry")) + "###retry").c_str(), {px(200.0f), px(64.0f)}, ButtonKind::primary))
            sink.push(intent::RetryPrint{view.failed_job});
        ImGui::SameLine();
        if (touch_button((std::string(tr("Skip")) + "###skip").c_str(), {px(200.0f), px(64.0f)}, ButtonKind::normal))
            sink.push(intent::SkipPrint{view.failed_job, ""});
    }
    end_screen();
}

}  // namespace pos::ui
