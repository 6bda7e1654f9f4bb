#include "service/assets.h"

#include <cstdlib>
#include <filesystem>

#ifndef POS_ASSETS_DIR
#error "POS_ASSETS_DIR must be defined by the build"
#endif

namespace pos::service {

std::string assets_dir() {
    if (const char* env = std::getenv("SHOWROOM_POS_ASSETS"); env && *env) return env;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = exe.parent_path().parent_path() / "share" / "showroom-pos" / "assets";
        if (std::filesystem::is_directory(installed, ec)) return installed.string();
    }
    return POS_ASSETS_DIR;
}

std::string playbooks_dir() { return assets_dir() + "/playbooks"; }

}  // namespace pos::service
