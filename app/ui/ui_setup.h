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
    std::vector<std::string> extra_texts;  // what the atlas was built for (see fonts_follow_language)
    FontPaths font_paths;
    ~UiResources();  // detaches env from the ImGui context if it is still installed
};

struct UiSetupOptions {
    std::filesystem::path i18n_dir;        // e.g. POS_ASSETS_DIR "/i18n"
    std::vector<std::string> extra_texts;  // staff names, store name, playbook and catalog texts
    float scale = 1.0f;                    // Runner::scale()
    FontPaths font_paths{};
    Lang language = Lang::en;
    // Rasterise the current language only (FontCoverage): the app's start-up. The atlas must
    // then follow language changes through fonts_follow_language. Off: every language, for
    // previews and tests that switch languages from frame to frame.
    bool fonts_for_language_only = false;
};

// Throws pos::Error(io / invalid_input) for missing or malformed translation or font files.
std::unique_ptr<UiResources> setup_ui(const UiSetupOptions& options);

// Rebuilds the atlas to cover new texts (call between frames, then Runner::reload_fonts()).
// Keeps the coverage the atlas was built with (every language, or the current one).
void rebuild_fonts(UiResources& ui, const std::vector<std::string>& extra_texts, const FontPaths& paths = {});

// For an atlas built for one language: if `lang` is another one, rebuilds the atlas for it
// (same extra texts) and switches to it; returns true, and the caller then re-uploads the
// texture (Runner::reload_fonts()) before the next frame. Call between frames, right after
// the intents that may change the language are applied, so that the next frame draws the new
// language with all its glyphs. Returns false if nothing had to change.
bool fonts_follow_language(UiResources& ui, Lang lang);

}  // namespace pos::ui
