#include "gui/probe_dump.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/common/error.h"

namespace pos::gui {

void ProbeDump::frame_done(const std::string& screen, const std::string& message) {
    ++frame_;
    nlohmann::json items = nlohmann::json::array();
    for (const auto& it : probe_.items())
        items.push_back({{"name", it.name},
                         {"x", std::lround(it.min.x)},
                         {"y", std::lround(it.min.y)},
                         {"w", std::lround(it.width())},
                         {"h", std::lround(it.height())}});
    probe_.clear();
    nlohmann::json doc{{"screen", screen}, {"message", message}, {"items", std::move(items)}};
    std::string body = doc.dump();
    if (body == last_) return;
    last_ = body;
    doc["frame"] = frame_;
    const std::string tmp = path_ + ".tmp";
    {
        std::ofstream out(tmp, std::ios::trunc);
        out << doc.dump() << '\n';
        if (!out) throw Error(Errc::io, "cannot write the probe file " + tmp);
    }
    std::filesystem::rename(tmp, path_);
}

}  // namespace pos::gui
