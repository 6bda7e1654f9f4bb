#include "ui/headless.h"

#include <doctest/doctest.h>

#include <map>
#include <memory>

#include "ui/theme.h"

namespace pos::test {

ui::I18n& test_i18n() {
    static ui::I18n i18n = ui::I18n::load(POS_ASSETS_DIR "/i18n");
    return i18n;
}

namespace {

struct SharedFonts {
    ImFontAtlas atlas;
    ui::FontSet fonts;
};

// Building the atlas rasterises the CJK glyphs: do it once per scale for the whole run.
SharedFonts& shared_fonts(float scale) {
    static std::map<float, std::unique_ptr<SharedFonts>> cache;
    auto& slot = cache[scale];
    if (!slot) {
        slot = std::make_unique<SharedFonts>();
        slot->fonts = ui::build_fonts(slot->atlas, test_i18n(), {"王小明", "陳美玲", "Нгуен", "Đặng Thị Hương"}, scale);
        unsigned char* pixels = nullptr;
        int w = 0;
        int h = 0;
        slot->atlas.GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    return *slot;
}

}  // namespace

HeadlessUi::HeadlessUi(Lang lang, ImVec2 display, float scale) {
    SharedFonts& shared = shared_fonts(scale);
    previous_ = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext(&shared.atlas);
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    io.MousePos = {-1.0f, -1.0f};
    ui::apply_touch_theme(ImGui::GetStyle(), scale);
    env_.i18n = &test_i18n();
    env_.fonts = &shared.fonts;
    env_.scale = scale;
    env_.probe = &probe_;
    ui::install_ui_env(&env_);
    ui::use_language(lang);
}

HeadlessUi::~HeadlessUi() {
    ImGui::SetCurrentContext(context_);
    ui::install_ui_env(nullptr);
    ImGui::DestroyContext(context_);
    ImGui::SetCurrentContext(previous_);
}

void HeadlessUi::frame(const Draw& draw) {
    ImGui::SetCurrentContext(context_);
    probe_.clear();
    ImGui::NewFrame();
    draw();
    ImGui::Render();
}

const ui::UiProbe::Item& HeadlessUi::item(const std::string& name) const {
    const ui::UiProbe::Item* found = probe_.find(name);
    REQUIRE_MESSAGE(found != nullptr, "no touch target named " << name << " in the last frame");
    return *found;
}

void HeadlessUi::tap_at(ImVec2 pos, const Draw& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = pos;
    io.MouseDown[0] = false;
    frame(draw);  // the finger arrives (touch has no hover before the press)
    io.MouseDown[0] = true;
    frame(draw);
    io.MouseDown[0] = false;
    frame(draw);
}

void HeadlessUi::tap(const std::string& name, const Draw& draw) {
    const ImVec2 at = item(name).center();
    tap_at(at, draw);
}

void HeadlessUi::drag(ImVec2 from, ImVec2 to, int steps, const Draw& draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = from;
    io.MouseDown[0] = false;
    frame(draw);
    io.MouseDown[0] = true;
    frame(draw);
    for (int i = 1; i <= steps; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(steps);
        io.MousePos = {from.x + (to.x - from.x) * t, from.y + (to.y - from.y) * t};
        frame(draw);
    }
    io.MouseDown[0] = false;
    frame(draw);
}

}  // namespace pos::test
