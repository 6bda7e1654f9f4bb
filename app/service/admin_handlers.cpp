// The manager's administration: staff accounts, the catalog import from a CSV file, and the
// day summary exported as CSV or sent to the printer. Every handler needs the manager role
// (core permission check) and is journaled.
#include <cctype>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "core/codes/catalog_csv.h"
#include "core/common/time.h"
#include "core/report/day_summary.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/journal.h"
#include "db/staff.h"
#include "service/catalog_import.h"
#include "service/handlers.h"
#include "service/summary.h"

namespace pos::service {
namespace {

constexpr std::string_view k_staff_active = "staff_active", k_staff_pin = "staff_pin", k_summary_export = "summary_export",
                           k_summary_print = "summary_print", k_print_test = "print_test";

std::string trimmed(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
    while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
    return s.substr(b, e - b);
}

// Staff by name or id, active or not (a deactivated account can be found to reactivate it).
db::StaffRow any_staff(db::Connection& conn, const std::string& name_or_id) {
    Id id = 0;
    const char* first = name_or_id.data();
    const char* last = first + name_or_id.size();
    const auto [p, ec] = std::from_chars(first, last, id);
    const bool numeric = ec == std::errc() && p == last;
    for (const db::StaffRow& row : db::list_staff(conn, false))
        if (numeric ? row.id == id : row.name == name_or_id) return row;
    throw Error(Errc::not_found, "no staff member '" + name_or_id + "'");
}

std::string day_or_today(const std::string& date, Timestamp now) {
    const std::string day = date.empty() ? local_day(now) : date;
    if (!is_valid_date(day)) throw Error(Errc::invalid_input, "not a date: '" + day + "' (use YYYY-MM-DD)");
    return day;
}

std::string read_text_file(const std::string& path) {
    std::error_code ec;
    if (path.empty()) throw Error(Errc::invalid_input, "no file given");
    if (std::filesystem::is_directory(path, ec)) throw Error(Errc::invalid_input, path + " is a folder, not a CSV file");
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(Errc::not_found, "cannot read " + path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Writes next to the target and renames, so a failed write never leaves half a file.
void write_text_file(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    if (path.empty()) throw Error(Errc::invalid_input, "no file given");
    const fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) throw Error(Errc::invalid_input, path + " is a folder");
    const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
    if (!fs::is_directory(dir, ec)) throw Error(Errc::not_found, "folder " + dir.string() + " does not exist");
    const fs::path tmp = fs::path(path + ".tmp");
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out << text;
        out.flush();
        if (!out) {
            fs::remove(tmp, ec);
            throw Error(Errc::io, "cannot write " + path);
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        throw Error(Errc::io, "cannot write " + path);
    }
}

}  // namespace

Outcome Handlers::operator()(const intent::AddStaff& i) {
    const Actor actor = s.require_user();
    authorize(Action::manage_staff, actor, std::nullopt);
    const std::string name = trimmed(i.name);
    if (name.empty()) throw Error(Errc::invalid_input, "a staff member needs a name");
    if (name.size() > 64) throw Error(Errc::invalid_input, "the name is longer than 64 bytes");
    for (const char ch : name)
        if (const auto c = static_cast<unsigned char>(ch); c < 0x20 || c == 0x7f) throw Error(Errc::invalid_input, "the name contains a control character");
    const auto role = parse_role(i.role);
    if (!role) throw Error(Errc::invalid_input, "unknown role '" + i.role + "' (" + roles.names() + ")");
    validate_pin(i.pin);
    for (const db::StaffRow& row : db::list_staff(s.conn_, false))
        if (row.name == name) throw Error(Errc::conflict, "a staff member called '" + name + "' already exists");
    const std::string hash = hash_pin(i.pin, s.options_.pin_cost);
    db::Transaction tx(s.conn_);
    const Id id = db::add_staff(s.conn_, name, role_name(*role), hash, s.now());
    s.journal(db::journal::k_staff_add, id, nlohmann::json{{"name", name}, {"role", role_name(*role)}}.dump());
    tx.commit();
    return {"added staff " + std::to_string(id) + ": " + name + " (" + std::string(role_name(*role)) + ")", id, 0,
            {event::StaffChanged{id, event::StaffChange::added, name}}};
}

Outcome Handlers::operator()(const intent::SetStaffActive& i) {
    const Actor actor = s.require_user();
    authorize(Action::manage_staff, actor, std::nullopt);
    const db::StaffRow row = any_staff(s.conn_, i.staff);
    if (!i.active && row.id == actor.staff_id) throw Error(Errc::invalid_state, "you cannot deactivate yourself");
    const event::StaffChanged changed{row.id, i.active ? event::StaffChange::activated : event::StaffChange::deactivated, row.name};
    if (row.active == i.active) return {row.name + " is already " + (i.active ? "active" : "inactive"), row.id, 0, {changed}};
    db::Transaction tx(s.conn_);
    db::set_staff_active(s.conn_, row.id, i.active);
    s.journal(k_staff_active, row.id, nlohmann::json{{"name", row.name}, {"active", i.active}}.dump());
    tx.commit();
    return {row.name + (i.active ? " reactivated" : " deactivated"), row.id, 0, {changed}};
}

Outcome Handlers::operator()(const intent::ChangePin& i) {
    const Actor actor = s.require_user();
    authorize(Action::manage_staff, actor, std::nullopt);
    const db::StaffRow row = any_staff(s.conn_, i.staff);
    validate_pin(i.pin);
    const std::string hash = hash_pin(i.pin, s.options_.pin_cost);
    db::Transaction tx(s.conn_);
    db::set_staff_pin_hash(s.conn_, row.id, hash);
    db::update_staff_lockout(s.conn_, row.id, 0, 0);  // a new PIN also lifts a lockout
    s.journal(k_staff_pin, row.id, nlohmann::json{{"name", row.name}}.dump());
    tx.commit();
    return {"new PIN for " + row.name, row.id, 0, {event::StaffChanged{row.id, event::StaffChange::pin_changed, row.name}}};
}

Outcome Handlers::operator()(const intent::ImportCatalog& i) {
    const Actor actor = s.require_user();
    authorize(Action::manage_catalog, actor, std::nullopt);
    const std::string text = read_text_file(i.path);
    const CatalogParse parsed = parse_catalog_csv(text, i.path, s.settings_.currency(),
                                                  [&](const std::string& key) { return db::barcode_owner_sku(s.conn_, key); });
    if (!parsed.ok()) {
        // One problem a line after the summary, so the screen can list them.
        const std::size_t total = parsed.errors.size() + parsed.errors_dropped;
        std::string message = "catalog not imported: " + std::to_string(total) + (total == 1 ? " error" : " errors") + " in " +
                              i.path + " (nothing was changed)";
        for (const std::string& e : parsed.errors) message += "\n" + e;
        if (parsed.errors_dropped) message += "\n... and " + std::to_string(parsed.errors_dropped) + " more";
        throw Error(Errc::invalid_input, message);
    }
    if (parsed.rows.empty()) throw Error(Errc::invalid_input, i.path + " has no products (only the header)");
    const CatalogImportResult res = import_catalog_rows(s.conn_, parsed.rows, i.path, s.now());
    return {"imported " + std::to_string(parsed.rows.size()) + " products from " + i.path + " (" + std::to_string(res.inserted) +
                " new, " + std::to_string(res.updated) + " updated)",
            0, 0, {event::CatalogImported{parsed.rows.size()}}};
}

Outcome Handlers::operator()(const intent::ExportSummary& i) {
    const Actor actor = s.require_user();
    authorize(Action::reports, actor, std::nullopt);
    const std::string day = day_or_today(i.date, s.now());
    const std::string csv = report::to_csv(day_summary(s.conn_, day, s.playbook_, s.lang_));
    write_text_file(i.path, csv);
    db::Transaction tx(s.conn_);
    s.journal(k_summary_export, 0, nlohmann::json{{"day", day}, {"file", i.path}}.dump());
    tx.commit();
    return {"summary of " + day + " written to " + i.path, 0, 0, {event::SummaryExported{day, i.path}}};
}

// The service checks and journals; the app's device runtime renders the page for the printer
// that is attached (its profile decides the layout) and queues it in the durable print queue.
Outcome Handlers::operator()(const intent::PrintSummary& i) {
    const Actor actor = s.require_user();
    authorize(Action::reports, actor, std::nullopt);
    const std::string day = day_or_today(i.date, s.now());
    db::Transaction tx(s.conn_);
    s.journal(k_summary_print, 0, nlohmann::json{{"day", day}}.dump());
    tx.commit();
    return {"summary of " + day + " to print (the app prints it on its printer)", 0, 0,
            {event::PagePrintRequested{event::PageKind::day_summary, day}}};
}

Outcome Handlers::operator()(const intent::PrintTest&) {
    const Actor actor = s.require_user();
    authorize(Action::manage_settings, actor, std::nullopt);
    db::Transaction tx(s.conn_);
    s.journal(k_print_test, 0, nlohmann::json{{"profile", s.settings_.printer_profile}}.dump());
    tx.commit();
    return {"printer test page to print (the app prints it on its printer)", 0, 0,
            {event::PagePrintRequested{event::PageKind::test_page, {}}}};
}

}  // namespace pos::service
