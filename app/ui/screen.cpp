#include "ui/screen.h"

#include "ui/ui_env.h"

namespace pos::ui {

void set_screen_area(std::optional<ScreenArea> area) {
    if (UiEnv* env = ui_env()) env->area = area;
}

ScreenArea screen_area() {
    if (const UiEnv* env = ui_env(); env != nullptr && env->area) return *env->area;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    return {vp->WorkPos, vp->WorkSize};
}

void begin_screen(const char* id) {
    const ScreenArea a = screen_area();
    ImGui::SetNextWindowPos(a.min);
    ImGui::SetNextWindowSize(a.size);
    ImGui::Begin(id, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
}

void end_screen() { ImGui::End(); }

}  // namespace pos::ui
