// showroom-pos summary: the manager's day summary (--date) or period summary (--from, --to) as
// text, JSON or CSV.
#include <cstdio>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/common/time.h"
#include "core/report/period.h"
#include "service/assets.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "service/summary.h"

namespace pos::cli {

int cmd_summary(const Argv& argv) {
    const Args a(argv, {"db", "date", "from", "to", "format", "lang"}, {});
    a.expect_positionals(0, "");
    const auto date = a.get("date");
    const auto from = a.get("from"), to = a.get("to");
    if (date && (from || to)) throw Error(Errc::invalid_input, "give either --date or --from and --to, not both");
    if (!date && !(from && to)) throw Error(Errc::invalid_input, "give --date YYYY-MM-DD, or --from YYYY-MM-DD and --to YYYY-MM-DD");
    for (const auto& d : {date, from, to})
        if (d && !is_valid_date(*d)) throw Error(Errc::invalid_input, "not a date: '" + *d + "' (use YYYY-MM-DD)");
    const std::optional<report::DayRange> range = date ? std::nullopt : std::optional(report::make_range(*from, *to));
    const std::string format = a.get("format").value_or("text");
    if (format != "text" && format != "json" && format != "csv")
        throw Error(Errc::invalid_input, "unknown format '" + format + "' (text, json, csv)");
    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    const service::StoreSettings settings = service::load_settings(conn);
    Lang lang = settings.lang;
    if (auto l = a.get("lang")) {
        const auto parsed = parse_lang(*l);
        if (!parsed) throw Error(Errc::invalid_input, "unknown language '" + *l + "'");
        lang = *parsed;
    }
    const Playbook pb = load_playbook(service::playbooks_dir() + "/" + settings.profile + ".json");
    std::string out;
    if (range) {
        const report::PeriodSummary p = service::period_summary(conn, *range, pb, lang);
        out = format == "json" ? report::to_json(p) : format == "csv" ? report::to_csv(p) : report::to_text(p);
    } else {
        const report::DaySummary s = service::day_summary(conn, *date, pb, lang);
        out = format == "json" ? report::to_json(s) : format == "csv" ? report::to_csv(s) : report::to_text(s);
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

}  // namespace pos::cli
