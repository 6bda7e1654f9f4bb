#include "drivers/escpos/font_paths.h"

#include "core/common/error.h"

#include <cstdlib>
#include <filesystem>
#include <vector>

namespace pos::escpos {

namespace {

std::string first_existing(const std::vector<std::string>& dirs, const std::vector<std::string>& files,
                           std::string& searched) {
    for (const auto& d : dirs) {
        for (const auto& f : files) {
            const std::filesystem::path p = std::filesystem::path(d) / f;
            std::error_code ec;
            if (std::filesystem::is_regular_file(p, ec)) return p.string();
            searched += "\n  " + p.string();
        }
    }
    return {};
}

}  // namespace

FontPaths resolve_fonts(const std::string& override_dir) {
    std::vector<std::string> dirs;
    if (!override_dir.empty()) dirs.push_back(override_dir);
    if (const char* env = std::getenv("POS_FONT_DIR"); env != nullptr && *env != '\0') dirs.emplace_back(env);
    for (const char* d : {"/usr/share/fonts/opentype/noto", "/usr/share/fonts/truetype/noto",
                          "/usr/share/fonts/truetype/dejavu", "/usr/local/share/fonts"})
        dirs.emplace_back(d);
    return resolve_fonts_in(dirs);
}

FontPaths resolve_fonts_in(const std::vector<std::string>& dirs) {
    FontPaths fp;
    std::string searched_cjk;
    std::string searched_sans;
    std::string ignored;
    fp.cjk = first_existing(dirs, {"NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf"}, searched_cjk);
    fp.sans = first_existing(dirs, {"NotoSans-Regular.ttf", "DejaVuSans.ttf"}, searched_sans);
    fp.mono = first_existing(dirs, {"NotoSansMono-Regular.ttf", "DejaVuSansMono.ttf"}, ignored);
    if (fp.cjk.empty())
        throw Error(Errc::not_found, "no CJK font found (install fonts-noto-cjk or set POS_FONT_DIR); searched:" +
                                         searched_cjk);
    if (fp.sans.empty())
        throw Error(Errc::not_found, "no Latin font found (install fonts-noto-core or set POS_FONT_DIR); searched:" +
                                         searched_sans);
    return fp;
}

}  // namespace pos::escpos
