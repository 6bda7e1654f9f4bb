// showroom-pos demo-data: a reproducible showroom history (see service/demo_data.h).
#include <charconv>
#include <cstdio>

#include "core/common/args.h"
#include "core/common/error.h"
#include "cli/commands.h"
#include "service/demo_data.h"
#include "service/store.h"

namespace pos::cli {
namespace {

template <class T>
T number(const Args& a, const char* name) {
    const std::string v = a.require(name);
    T out{};
    auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
    if (ec != std::errc() || p != v.data() + v.size()) throw Error(Errc::invalid_input, std::string("--") + name + " must be a whole number");
    return out;
}

}  // namespace

int cmd_demo_data(const Argv& argv) {
    const Args a(argv, {"db", "days", "seed", "end"}, {});
    a.expect_positionals(0, "");
    service::DemoOptions o;
    o.days = number<int>(a, "days");
    o.seed = number<std::uint64_t>(a, "seed");
    o.end_day = a.get("end").value_or("");
    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    const service::DemoReport r = service::generate_demo_data(conn, o);
    std::printf("demo data: %d days closed, %d visits, %d sales, %d refunds (%d staff and %d products added)\n", r.days_closed, r.visits,
                r.sales, r.refunds, r.staff_created, r.products_imported);
    std::printf("  %d customers, %d be-back visits, %d follow-ups (%d results recorded), %d special orders (%d delivered, %d cancelled, "
                "%d open), %d monthly targets\n",
                r.customers, r.be_backs, r.follow_ups, r.follow_up_results, r.orders_taken, r.orders_delivered, r.orders_cancelled,
                r.orders_taken - r.orders_delivered - r.orders_cancelled, r.targets_set);
    return 0;
}

}  // namespace pos::cli
