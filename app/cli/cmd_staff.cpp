// showroom-pos staff add|list: staff accounts. The PIN is read from standard input so it
// never appears in the shell history or the process list.
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/common/args.h"
#include "cli/commands.h"
#include "core/common/time.h"
#include "core/staff/permissions.h"
#include "core/staff/pin.h"
#include "db/journal.h"
#include "db/staff.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::cli {
namespace {

std::string read_pin() {
    std::string pin;
    if (!std::getline(std::cin, pin)) throw Error(Errc::invalid_input, "no PIN on standard input (echo 1234 | showroom-pos staff add ...)");
    while (!pin.empty() && (pin.back() == '\r' || pin.back() == '\n' || pin.back() == ' ')) pin.pop_back();
    validate_pin(pin);
    return pin;
}

}  // namespace

int cmd_staff(const Argv& argv) {
    if (argv.empty()) throw Error(Errc::invalid_input, "missing subcommand: staff add | staff list");
    const std::string sub = argv[0];
    const Args a(Argv(argv.begin() + 1, argv.end()), {"db", "name", "role"}, {});
    a.expect_positionals(0, "");
    if (sub == "add") {
        const std::string path = a.require("db");
        const std::string name = a.require("name");
        const std::string role_text = a.require("role");
        const auto role = parse_role(role_text);
        if (!role) throw Error(Errc::invalid_input, "unknown role '" + role_text + "' (floor, cashier, manager)");
        service::Store opened = service::open_store(path);
        db::Connection& conn = opened.connection();
        (void)service::load_settings(conn);  // must be an initialised store
        for (const auto& s : db::list_staff(conn, false))
            if (s.name == name) throw Error(Errc::conflict, "a staff member called '" + name + "' already exists");
        const std::string hash = hash_pin(read_pin());
        const Timestamp now = SystemClock().now();
        db::Transaction tx(conn);
        const Id id = db::add_staff(conn, name, role_name(*role), hash, now);
        db::journal::append(conn, db::journal::k_staff_add, 0, id, nlohmann::json{{"name", name}, {"role", role_name(*role)}}.dump(), now);
        tx.commit();
        std::printf("added staff %lld: %s (%s)\n", static_cast<long long>(id), name.c_str(), role_text.c_str());
        return 0;
    }
    if (sub == "list") {
        service::Store opened = service::open_store(a.require("db"));
        db::Connection& conn = opened.connection();
        for (const auto& s : db::list_staff(conn, false))
            std::printf("%lld\t%s\t%s%s\n", static_cast<long long>(s.id), s.name.c_str(), s.role.c_str(), s.active ? "" : "\t(inactive)");
        return 0;
    }
    throw Error(Errc::invalid_input, "unknown subcommand 'staff " + sub + "' (add, list)");
}

}  // namespace pos::cli
