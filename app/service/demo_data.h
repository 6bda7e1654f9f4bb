#pragma once
// A realistic, reproducible showroom history for the demo and the benchmarks. Everything
// goes through PosService::apply with ordinary intents (logins with PINs, visits, checkouts,
// refunds, day closes; customer files, be-back visits, follow-ups and their results, special
// orders from deposit to hand-over or cancellation, monthly targets), so the generated data
// obeys exactly the rules the terminal enforces.
#include <cstdint>
#include <string>

namespace pos::db {
class Connection;
}

namespace pos::service {

class Store;

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
    int customers = 0;           // customer files created (names and phones: Chinese, Russian, Vietnamese)
    int be_backs = 0;            // later visits linked to an earlier customer (LinkVisitCustomer)
    int follow_ups = 0;          // follow-ups created: visits ended with one, and appointments made
    int follow_up_results = 0;   // results recorded (RecordFollowUp)
    int orders_taken = 0;        // special orders with a deposit (TakeOrder)
    int orders_delivered = 0;    // handed over (delivered or picked up) after the balance was paid
    int orders_cancelled = 0;    // cancelled with a manager's approval, what was paid refunded
    int targets_set = 0;         // monthly targets of the floor staff (SetTarget)
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
DemoReport generate_demo_data(const Store& store, const DemoOptions& options);

}  // namespace pos::service
