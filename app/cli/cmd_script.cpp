// showroom-pos script: applies JSON-lines intents through the same service the UI uses and
// prints one line per intent. Output is flushed after every line, so a test that kills the
// process knows exactly which intents were reported done (and committed).
#include <cstdio>
#include <fstream>
#include <iostream>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/common/time.h"
#include "core/intents/intent_json.h"
#include "service/assets.h"
#include "service/pos_service.h"
#include "service/store.h"

namespace pos::cli {

int cmd_script(const Argv& argv) {
    const Args a(argv, {"db"}, {"keep-going"});
    a.expect_positionals(1, "SCRIPT.jsonl (or - for standard input)");
    const std::string file = a.positionals()[0];
    std::ifstream in_file;
    std::istream* in = &std::cin;
    if (file != "-") {
        in_file.open(file);
        if (!in_file) throw Error(Errc::not_found, "cannot read script " + file);
        in = &in_file;
    }
    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    ManualClock clock(SystemClock().now());
    service::ServiceOptions opts;
    opts.playbooks_dir = service::playbooks_dir();
    service::PosService pos(conn, clock, opts);
    const Currency& cur = pos.settings().currency();

    std::string text;
    int line_no = 0, done = 0, failed = 0;
    while (std::getline(*in, text)) {
        ++line_no;
        if (!text.empty() && text.back() == '\r') text.pop_back();
        const auto first = text.find_first_not_of(" \t");
        if (first == std::string::npos || text[first] == '#') continue;
        intent::ScriptLine line;
        try {
            line = intent::parse_script_line(text, cur);
        } catch (const Error& e) {
            std::fprintf(stderr, "%s:%d: error: %s\n", file.c_str(), line_no, e.what());
            return 2;
        }
        if (line.at) {
            const auto t = parse_local_datetime(*line.at);
            if (!t) {
                std::fprintf(stderr, "%s:%d: error: \"at\": not a local time YYYY-MM-DDTHH:MM:SS\n", file.c_str(), line_no);
                return 2;
            }
            clock.set(*t);
        }
        try {
            const service::Outcome r = pos.apply(line.intent);
            if (line.expect_error) {
                std::fprintf(stderr, "%s:%d: error: expected %s but %s succeeded: %s\n", file.c_str(), line_no, line.expect_error->c_str(),
                             line.op.c_str(), r.message.c_str());
                return 1;
            }
            std::printf("%d ok %s: %s\n", line_no, line.op.c_str(), r.message.c_str());
            ++done;
        } catch (const Error& e) {
            if (line.expect_error && *line.expect_error == errc_name(e.code())) {
                std::printf("%d refused %s (%s, as expected): %s\n", line_no, line.op.c_str(), errc_name(e.code()), e.what());
                ++done;
            } else {
                std::fprintf(stderr, "%s:%d: error: %s: %s (%s)\n", file.c_str(), line_no, line.op.c_str(), e.what(), errc_name(e.code()));
                ++failed;
                if (!a.flag("keep-going")) return 1;
            }
        }
        std::fflush(stdout);
    }
    std::printf("script done: %d applied, %d failed\n", done, failed);
    return failed ? 1 : 0;
}

}  // namespace pos::cli
