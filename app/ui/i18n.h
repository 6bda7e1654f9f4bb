#pragma once
// UI translations: one gettext catalog per staff language (assets/i18n/<code>.po), English is
// the identity. tr() looks a msgid up in the current language; a string nobody translated
// falls back to English and is remembered, so missing() lists what still needs a translation.
#include <array>
#include <filesystem>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/lang.h"
#include "ui/po_parser.h"

namespace pos::ui {

// The language's own name, for the language buttons: "简体中文", "Русский", "Tiếng Việt".
const char* language_name(Lang lang) noexcept;

class I18n {
public:
    // Reads <dir>/<code>.po for every language except English, merged with <dir>/<sub>/<code>.po
    // of every sub-folder (a screen's own strings). Throws pos::Error(io) for a missing or
    // unreadable file and pos::Error(invalid_input) for a malformed one or for one msgid
    // translated two different ways.
    static I18n load(const std::filesystem::path& dir);

    void set_catalog(Lang lang, Catalog catalog);
    const Catalog& catalog(Lang lang) const noexcept;

    Lang language() const noexcept { return current_; }
    void set_language(Lang lang) noexcept { current_ = lang; }

    // The translation in the current (or given) language, else msgid itself. The pointer
    // stays valid as long as the catalog and msgid do.
    const char* tr(const char* msgid) const { return tr(current_, msgid); }
    const char* tr(Lang lang, const char* msgid) const;

    // Msgids looked up in `lang` without a translation since start (sorted).
    std::vector<std::string> missing(Lang lang) const;
    // The entries of `msgids` that `lang` does not translate (sorted, no duplicates).
    std::vector<std::string> untranslated(Lang lang, const std::vector<std::string>& msgids) const;
    // Every msgid and msgstr of every catalog, concatenated: the text the font must cover.
    std::string all_text() const;

private:
    static std::size_t index(Lang lang) noexcept { return static_cast<std::size_t>(lang); }

    std::array<Catalog, all_langs.size()> catalogs_;
    mutable std::array<std::set<std::string, std::less<>>, all_langs.size()> missing_;
    Lang current_ = Lang::en;
};

}  // namespace pos::ui
