#pragma once
// The font atlas: Noto Sans (Latin, Cyrillic, Vietnamese) merged with Noto Sans CJK, whose
// Simplified (SC) and Traditional (TC) faces draw some shared code points differently, so
// there is one font per script variant and size. Only the glyphs of the text actually in use
// (all translations + texts the app passes: staff names, playbook, catalog) are rasterised,
// which keeps startup fast and the texture small.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/common/lang.h"

struct ImFont;
struct ImFontAtlas;

namespace pos::ui {

class I18n;

struct FontPaths {
    std::filesystem::path latin = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf";
    std::filesystem::path cjk = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
    int cjk_sc_face = 2;  // face order in the collection (fc-query): JP, KR, SC, TC, HK, ...
    int cjk_tc_face = 3;
};

struct FontSizes {
    float body = 22.0f;   // pixels at scale 1
    float large = 36.0f;  // totals, change due, keypad digits
};

// Which languages the atlas draws. Every language (the default) rasterises all translations
// into four fonts; one language rasterises only that language's translations into the one face
// it uses (SC, or TC for zh_TW), about a quarter of the work, and the app rebuilds the atlas
// when the language changes (ui_setup.h, fonts_follow_language). Both always cover ASCII,
// Latin-1, the language names of the login screen, money symbols and the extra texts.
struct FontCoverage {
    std::optional<Lang> only;  // nullopt: every language
};

struct FontSet {
    ImFont* body_sc = nullptr;
    ImFont* body_tc = nullptr;
    ImFont* large_sc = nullptr;
    ImFont* large_tc = nullptr;
    int glyph_ranges = 0;  // distinct ranges rasterised, for diagnostics
    std::optional<Lang> only;  // built for this language only (then the SC and TC pointers
                               // are the same fonts), nullopt: for every language

    // True if the atlas has the glyphs of lang's translations.
    bool covers_language(Lang lang) const noexcept { return !only || *only == lang; }

    // zh_TW uses the Traditional face; every other language the Simplified one.
    ImFont* body(Lang lang) const noexcept { return lang == Lang::zh_TW ? body_tc : body_sc; }
    ImFont* large(Lang lang) const noexcept { return lang == Lang::zh_TW ? large_tc : large_sc; }
};

// Clears `atlas`, adds the fonts covering ASCII/Latin-1, the language names, i18n's texts (of
// every language or of coverage.only) and `extra_texts`, builds the atlas and releases the
// font file data.
// Throws pos::Error(io) naming the file if a font file is missing or unreadable, and
// pos::Error(invalid_input) if it is not a usable font.
FontSet build_fonts(ImFontAtlas& atlas, const I18n& i18n, const std::vector<std::string>& extra_texts, float scale,
                    const FontPaths& paths = {}, const FontSizes& sizes = {}, const FontCoverage& coverage = {});

// True if every code point of utf8_text has a glyph in font (after the atlas is built), so
// the app can rebuild the atlas when new names or catalog texts appear.
bool font_covers(const ImFont& font, const std::string& utf8_text);

}  // namespace pos::ui
