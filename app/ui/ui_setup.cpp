#include "ui/ui_setup.h"

#include <imgui.h>

#include "ui/theme.h"

namespace pos::ui {

UiResources::~UiResources() {
    if (ImGui::GetCurrentContext() != nullptr && ImGui::GetIO().UserData == &env) install_ui_env(nullptr);
}

std::unique_ptr<UiResources> setup_ui(const UiSetupOptions& options) {
    auto ui = std::make_unique<UiResources>();
    ui->i18n = I18n::load(options.i18n_dir);
    ui->extra_texts = options.extra_texts;
    ui->font_paths = options.font_paths;
    FontCoverage coverage;
    if (options.fonts_for_language_only) coverage.only = options.language;
    ui->fonts =
        build_fonts(*ImGui::GetIO().Fonts, ui->i18n, options.extra_texts, options.scale, options.font_paths, {}, coverage);
    ui->env.i18n = &ui->i18n;
    ui->env.fonts = &ui->fonts;
    ui->env.scale = options.scale;
    apply_touch_theme(ImGui::GetStyle(), options.scale);
    install_ui_env(&ui->env);
    use_language(options.language);
    return ui;
}

void rebuild_fonts(UiResources& ui, const std::vector<std::string>& extra_texts, const FontPaths& paths) {
    FontCoverage coverage;
    if (ui.fonts.only) coverage.only = ui.i18n.language();
    ui.fonts = build_fonts(*ImGui::GetIO().Fonts, ui.i18n, extra_texts, ui.env.scale, paths, {}, coverage);
    ui.extra_texts = extra_texts;
    ui.font_paths = paths;
    use_language(ui.i18n.language());
}

bool fonts_follow_language(UiResources& ui, Lang lang) {
    if (ui.fonts.covers_language(lang)) return false;
    FontCoverage coverage;
    coverage.only = lang;
    // build_fonts opens and checks the font files before it clears the atlas: if they have
    // become unreadable it throws with the old atlas and language intact.
    ui.fonts = build_fonts(*ImGui::GetIO().Fonts, ui.i18n, ui.extra_texts, ui.env.scale, ui.font_paths, {}, coverage);
    use_language(lang);
    return true;
}

}  // namespace pos::ui
