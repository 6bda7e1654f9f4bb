#pragma once
// A realistic, reproducible showroom history for the demo and the benchmarks. Everything
// goes through PosService::apply with ordinary intents (logins with PINs, visits, checkouts,
// refunds, day closes), so the generated data obeys exactly the rules the terminal enforces.
#include <cstdint>
#include <string>

#include "db/sqlite.h"

namespace pos::service {

struct DemoOptions {
    int days = 30;
    std::uint64_t seed = 1;
    std::string end_day;       // last business day YYYY-MM-DD; empty = today
    bool close_last_day = true;
};

struct DemoReport {
    int staff_created = 0;
    int products_imported = 0;
    int visits = 0;
    int sales = 0;
    int refunds = 0;
    int days_closed = 0;
};

// The demo staff (created if missing), for README and tests: name, role, PIN.
struct DemoStaff {
    const char* name;
    const char* role;
    const char* pin;
};
const DemoStaff* demo_staff(std::size_t* count);

// Requires an initialised store. Imports the demo catalog for the store's profile and
// currency when the catalog is empty. Days already closed are skipped.
DemoReport generate_demo_data(db::Connection& conn, const DemoOptions& options);

}  // namespace pos::service
