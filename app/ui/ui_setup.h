#pragma once
// One call for the app's startup: load the translations, build the font atlas of the current
// ImGui context, apply the touch theme and install the UiEnv. Needs an ImGui context (the
// platform Runner creates it) and must run before the first frame.
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/ui_env.h"

namespace pos::ui {

struct UiResources {
    I18n i18n;
    FontSet fonts;
    UiEnv env;
    ~UiResources();  // detaches env from the ImGui context if it is still installed
};

struct UiSetupOptions {
    std::filesystem::path i18n_dir;        // e.g. POS_ASSETS_DIR "/i18n"
    std::vector<std::string> extra_texts;  // staff names, store name, playbook and catalog texts
    float scale = 1.0f;                    // Runner::scale()
    FontPaths font_paths{};
    Lang language = Lang::en;
};

// Throws pos::Error(io / invalid_input) for missing or malformed translation or font files.
std::unique_ptr<UiResources> setup_ui(const UiSetupOptions& options);

// Rebuilds the atlas to cover new texts (call between frames, then Runner::reload_fonts()).
void rebuild_fonts(UiResources& ui, const std::vector<std::string>& extra_texts, const FontPaths& paths = {});

}  // namespace pos::ui
