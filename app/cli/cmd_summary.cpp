// showroom-pos summary: the manager's day summary as text, JSON or CSV.
#include <cstdio>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/common/time.h"
#include "service/assets.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "service/summary.h"

namespace pos::cli {

int cmd_summary(const Argv& argv) {
    const Args a(argv, {"db", "date", "format", "lang"}, {});
    a.expect_positionals(0, "");
    const std::string date = a.require("date");
    if (!is_valid_date(date)) throw Error(Errc::invalid_input, "not a date: '" + date + "' (use YYYY-MM-DD)");
    const std::string format = a.get("format").value_or("text");
    if (format != "text" && format != "json" && format != "csv")
        throw Error(Errc::invalid_input, "unknown format '" + format + "' (text, json, csv)");
    db::Connection conn = service::open_store(a.require("db"));
    const service::StoreSettings settings = service::load_settings(conn);
    Lang lang = settings.lang;
    if (auto l = a.get("lang")) {
        const auto parsed = parse_lang(*l);
        if (!parsed) throw Error(Errc::invalid_input, "unknown language '" + *l + "'");
        lang = *parsed;
    }
    const Playbook pb = load_playbook(service::playbooks_dir() + "/" + settings.profile + ".json");
    const report::DaySummary s = service::day_summary(conn, date, pb, lang);
    const std::string out = format == "json" ? report::to_json(s) : format == "csv" ? report::to_csv(s) : report::to_text(s);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace pos::cli
