// Include layering, checked on the sources: each folder may include only from the folders (or
// the single headers) listed for it. The rules are the ones that hold today (see the review's
// layering table); a new include across them fails here with file:line.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const fs::path kRoot = fs::path(POS_TESTS_DIR).parent_path();

struct Rule {
    std::string folder;                // relative to the repository root
    std::vector<std::string> allowed;  // include prefixes ("core/") or exact headers
};

const std::vector<Rule> kRules = {
    {"app/core", {"core/"}},
    {"app/platform", {"core/", "platform/"}},
    {"app/ui", {"core/", "ui/"}},
    // The GUI reads the store through the service and the devices through the device runtime;
    // from drivers/ only pure pieces: printer profiles (settings page), keyboard layouts and the
    // keyboard-wedge detector. No db/, cli/, receipt/, USB or printer driver.
    {"app/gui",
     {"core/", "gui/", "ui/", "service/", "platform/", "devices/runtime.h", "drivers/escpos/profile.h",
      "drivers/scanner/keyboard_layout.h", "drivers/scanner/wedge_detector.h"}},
    {"app/service", {"core/", "service/", "db/", "drivers/escpos/profile.h"}},
    {"app/receipt", {"core/", "receipt/", "db/", "service/", "drivers/escpos/"}},
    {"app/devices", {"core/", "devices/", "db/", "drivers/", "receipt/", "service/"}},
    {"db", {"core/", "db/"}},
    {"drivers", {"core/common/", "drivers/"}},
};

bool allowed(const Rule& rule, const std::string& header) {
    for (const std::string& a : rule.allowed) {
        const bool prefix = !a.empty() && a.back() == '/';
        if (prefix ? header.rfind(a, 0) == 0 : header == a) return true;
    }
    return false;
}

// "file:line: includes X" for every quoted include of `source` the rule does not allow.
std::vector<std::string> violations(const Rule& rule, const std::string& file, const std::string& source) {
    static const std::regex include(R"(^\s*#\s*include\s*"([^"]+)\")");
    std::vector<std::string> out;
    std::istringstream in(source);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        std::smatch m;
        if (std::regex_search(line, m, include) && !allowed(rule, m[1].str()))
            out.push_back(file + ":" + std::to_string(n) + ": includes " + m[1].str());
    }
    return out;
}

}  // namespace

TEST_CASE("the checker finds a wrong-way include and accepts the allowed ones") {
    const Rule& gui = kRules[3];
    REQUIRE(gui.folder == "app/gui");
    const std::string src = "#include <vector>\n#include \"gui/shell.h\"\n  #  include \"db/sqlite.h\"\n"
                            "#include \"drivers/usb/context.h\"\n#include \"devices/runtime.h\"\n#include \"cli/args.h\"\n";
    const auto v = violations(gui, "x.cpp", src);
    REQUIRE(v.size() == 3);
    CHECK(v[0] == "x.cpp:3: includes db/sqlite.h");
    CHECK(v[1] == "x.cpp:4: includes drivers/usb/context.h");
    CHECK(v[2] == "x.cpp:6: includes cli/args.h");
}

TEST_CASE("every folder includes only from the layers below it") {
    std::size_t files = 0;
    std::vector<std::string> all;
    for (const Rule& rule : kRules) {
        const fs::path dir = kRoot / rule.folder;
        REQUIRE_MESSAGE(fs::is_directory(dir), dir.string());
        for (const auto& e : fs::recursive_directory_iterator(dir)) {
            const std::string ext = e.path().extension().string();
            if (!e.is_regular_file() || (ext != ".h" && ext != ".cpp")) continue;
            std::ifstream f(e.path());
            std::stringstream ss;
            ss << f.rdbuf();
            for (auto& v : violations(rule, fs::relative(e.path(), kRoot).string(), ss.str())) all.push_back(std::move(v));
            ++files;
        }
    }
    CHECK(files > 200);
    std::string joined;
    for (const auto& v : all) joined += v + "\n";
    CHECK_MESSAGE(all.empty(), joined);
}
