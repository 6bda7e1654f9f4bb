// showroom-pos barcode: parses and validates scanned codes and explains them. The argument
// is a code, or a file with one code per line (as a scanner would send them).
#include <cstdio>
#include <fstream>
#include <sys/stat.h>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/codes/barcode.h"

namespace pos::cli {

int cmd_barcode(const Argv& argv) {
    const Args a(argv, {}, {});
    a.expect_positionals(1, "a code or a file of codes");
    const std::string arg = a.positionals()[0];
    std::vector<std::string> codes;
    struct stat st {};
    if (::stat(arg.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
        std::ifstream in(arg, std::ios::binary);
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (!line.empty()) codes.push_back(line);
        }
        if (codes.empty()) throw Error(Errc::invalid_input, arg + ": no codes in the file");
    } else {
        codes.push_back(arg);
    }
    int bad = 0;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (i) std::printf("\n");
        try {
            const std::string text = parse_scan(codes[i]).describe();
            std::fputs(text.c_str(), stdout);
            if (!text.empty() && text.back() != '\n') std::fputs("\n", stdout);
        } catch (const Error& e) {
            ++bad;
            if (codes.size() > 1) std::printf("%s:%zu: invalid: %s\n", arg.c_str(), i + 1, e.what());
            else std::printf("invalid: %s\n", e.what());
        }
    }
    return bad ? 1 : 0;
}

}  // namespace pos::cli
