// showroom-pos: the touchscreen app when started without a command, otherwise one of the
// command-line tools. Composition root: nothing else knows every layer.
#include <cstdio>
#include <cstring>
#include <exception>
#include <map>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "core/common/error.h"
#include "gui/gui_main.h"

#ifndef POS_VERSION
#define POS_VERSION "0.0.0"
#endif

int main(int argc, char** argv) {
    using namespace pos::cli;
    const std::vector<std::string> all(argv + 1, argv + argc);
    static const std::map<std::string, int (*)(const Argv&)> commands{
        {"init", cmd_init},       {"staff", cmd_staff},     {"catalog", cmd_catalog}, {"demo-data", cmd_demo_data},
        {"script", cmd_script},   {"summary", cmd_summary}, {"journal", cmd_journal}, {"barcode", cmd_barcode},
        {"devices", cmd_devices}, {"print-test", cmd_print_test},
        {"receipt", cmd_receipt},
    };
    try {
        if (!all.empty() && (all[0] == "--help" || all[0] == "-h" || all[0] == "help")) {
            std::fputs(usage(), stdout);
            return 0;
        }
        if (!all.empty() && all[0] == "--version") {
            std::printf("showroom-pos %s\n", POS_VERSION);
            return 0;
        }
        if (all.empty() || all[0].rfind("--", 0) == 0) return pos::gui::run(all);
        auto it = commands.find(all[0]);
        if (it == commands.end())
            throw pos::Error(pos::Errc::invalid_input, "unknown command '" + all[0] + "' (see showroom-pos --help)");
        return it->second(Argv(all.begin() + 1, all.end()));
    } catch (const pos::Error& e) {
        std::fprintf(stderr, "showroom-pos: error: %s\n", e.what());
        return e.code() == pos::Errc::invalid_input ? 2 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "showroom-pos: error: %s\n", e.what());
        return 1;
    }
}
