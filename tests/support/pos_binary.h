#pragma once
// Runs the real showroom-pos binary (POS_BINARY) with arguments and standard input, capturing
// its exit status, stdout and stderr, for end-to-end tests.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace pos::testsupport {

struct Run {
    int code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Single-quotes a word for /bin/sh.
inline std::string quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

// `args` is already shell-quoted where needed; scratch files go to `dir`.
inline Run run_pos(const std::filesystem::path& dir, const std::string& args, const std::string& stdin_text = "") {
    const std::filesystem::path in = dir / "stdin", out = dir / "stdout", err = dir / "stderr";
    std::ofstream(in) << stdin_text;
    const std::string cmd = std::string(POS_BINARY) + " " + args + " <" + quote(in) + " >" + quote(out) + " 2>" + quote(err);
    const int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

}  // namespace pos::testsupport
