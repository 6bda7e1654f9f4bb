// showroom-pos journal verify: checks the hash chain of the audit journal.
#include <cstdio>

#include "core/common/args.h"
#include "cli/commands.h"
#include "db/journal.h"
#include "service/store.h"

namespace pos::cli {

int cmd_journal(const Argv& argv) {
    if (argv.empty() || argv[0] != "verify") throw Error(Errc::invalid_input, "usage: showroom-pos journal verify --db FILE");
    const Args a(Argv(argv.begin() + 1, argv.end()), {"db"}, {});
    a.expect_positionals(0, "");
    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    const auto r = db::journal::verify(conn);
    if (r.ok) {
        std::printf("journal ok: %lld entries, chain intact\n", static_cast<long long>(r.entries_checked));
        return 0;
    }
    std::printf("journal BROKEN at seq %lld: %s (%lld entries checked)\n", static_cast<long long>(r.first_bad_seq), r.reason.c_str(),
                static_cast<long long>(r.entries_checked));
    return 1;
}

}  // namespace pos::cli
