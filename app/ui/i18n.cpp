#include "ui/i18n.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <sstream>

#include "core/common/error.h"

namespace pos::ui {

const char* language_name(Lang lang) noexcept {
    switch (lang) {
    case Lang::en: return "English";
    case Lang::zh_CN: return "简体中文";
    case Lang::zh_TW: return "繁體中文";
    case Lang::ru: return "Русский";
    case Lang::vi: return "Tiếng Việt";
    }
    return "English";
}

namespace {

Catalog read_po_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Errc::io, "translation file missing or unreadable: " + path.string());
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) throw Error(Errc::io, "cannot read " + path.string());
    return parse_po(text.str(), path.string());
}

}  // namespace

I18n I18n::load(const std::filesystem::path& dir) {
    // Screens may keep their strings in a folder of their own: <dir>/<screen>/<code>.po.
    std::vector<std::filesystem::path> parts;
    if (std::filesystem::is_directory(dir))
        for (const auto& entry : std::filesystem::directory_iterator(dir))
            if (entry.is_directory()) parts.push_back(entry.path());
    std::sort(parts.begin(), parts.end());
    I18n i18n;
    for (Lang lang : all_langs) {
        if (lang == Lang::en) continue;
        const std::string file = std::string(lang_code(lang)) + ".po";
        Catalog catalog = read_po_file(dir / file);
        for (const auto& part : parts) {
            if (!std::filesystem::exists(part / file)) continue;
            for (auto& [id, str] : read_po_file(part / file)) {
                const auto [it, added] = catalog.emplace(id, str);
                if (!added && it->second != str)
                    throw Error(Errc::invalid_input, (part / file).string() + ": msgid \"" + id + "\" is translated differently elsewhere");
            }
        }
        i18n.set_catalog(lang, std::move(catalog));
    }
    return i18n;
}

void I18n::set_catalog(Lang lang, Catalog catalog) {
    catalogs_[index(lang)] = std::move(catalog);
    missing_[index(lang)].clear();
}

const Catalog& I18n::catalog(Lang lang) const noexcept { return catalogs_[index(lang)]; }

const char* I18n::tr(Lang lang, const char* msgid) const {
    if (lang == Lang::en) return msgid;
    const Catalog& catalog = catalogs_[index(lang)];
    const auto it = catalog.find(std::string_view(msgid));
    if (it != catalog.end()) return it->second.c_str();
    auto& missing = missing_[index(lang)];
    if (missing.find(std::string_view(msgid)) == missing.end()) missing.emplace(msgid);
    return msgid;
}

std::vector<std::string> I18n::missing(Lang lang) const {
    const auto& set = missing_[index(lang)];
    return {set.begin(), set.end()};
}

std::vector<std::string> I18n::untranslated(Lang lang, const std::vector<std::string>& msgids) const {
    std::set<std::string> out;
    if (lang == Lang::en) return {};
    for (const std::string& id : msgids)
        if (catalogs_[index(lang)].count(id) == 0) out.insert(id);
    return {out.begin(), out.end()};
}

std::string I18n::all_text() const {
    std::string text;
    for (const Catalog& catalog : catalogs_)
        for (const auto& [id, str] : catalog) {
            text += id;
            text += str;
        }
    return text;
}

}  // namespace pos::ui
