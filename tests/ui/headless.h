#pragma once
// A headless ImGui session for UI tests: its own context sharing one font atlas built from
// the real fonts and translations, the touch theme, a probe, and taps injected through
// io.MousePos / io.MouseDown across frames (the ImGui 1.86 input API).
#include <imgui.h>

#include <functional>
#include <string>

#include "core/common/lang.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/ui_env.h"

namespace pos::test {

// The translations from assets/i18n, loaded once.
ui::I18n& test_i18n();

class HeadlessUi {
public:
    using Draw = std::function<void()>;

    explicit HeadlessUi(Lang lang = Lang::en, ImVec2 display = {1024.0f, 768.0f}, float scale = 1.0f);
    ~HeadlessUi();
    HeadlessUi(const HeadlessUi&) = delete;
    HeadlessUi& operator=(const HeadlessUi&) = delete;

    // One frame with the current mouse state; the probe holds that frame's items afterwards.
    void frame(const Draw& draw);
    // Moves the finger to the probed item's center, presses and lifts it (three frames).
    // Fails the test if the item was not drawn in the previous frame.
    void tap(const std::string& name, const Draw& draw);
    void tap_at(ImVec2 pos, const Draw& draw);
    // Press at `from`, move to `to` over `steps` frames, lift.
    void drag(ImVec2 from, ImVec2 to, int steps, const Draw& draw);

    const ui::UiProbe& probe() const noexcept { return probe_; }
    const ui::UiProbe::Item& item(const std::string& name) const;  // fails the test if absent
    ui::UiEnv& env() noexcept { return env_; }

private:
    ImGuiContext* context_ = nullptr;
    ImGuiContext* previous_ = nullptr;
    ui::UiProbe probe_;
    ui::UiEnv env_;
};

}  // namespace pos::test
