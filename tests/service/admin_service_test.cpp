// The manager's administration intents on a real temporary store: staff, catalog import,
// summary export and print, test print and settings; each refused for other roles and for
// bad input (leaving the store unchanged), and journaled when applied.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/common/error.h"
#include "db/catalog.h"
#include "db/journal.h"
#include "db/staff.h"
#include "service/admin_store.h"
#include "service/store_settings.h"

using namespace pos;
using namespace pos::intent;
using pos::test::AdminStore;

namespace {

std::string refusal(service::PosService& pos, const Intent& i, Errc expected) {
    try {
        pos.apply(i);
    } catch (const Error& e) {
        CHECK(e.code() == expected);
        return e.what();
    }
    FAIL("the intent was not refused");
    return {};
}

void write(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

std::string read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::size_t journal_count(db::Connection& conn, std::string_view kind) {
    std::size_t n = 0;
    for (const auto& e : db::journal::read(conn, 0, 1000000))
        if (e.kind == kind) ++n;
    return n;
}

}  // namespace

TEST_CASE("admin intents need a manager: floor staff and cashiers are refused") {
    AdminStore st;
    auto& pos = *st.pos;
    refusal(pos, AddStaff{"Mai", "floor", "4321"}, Errc::permission_denied);  // nobody logged in
    for (const auto& [name, pin] : {std::pair{"Lan", "1111"}, std::pair{"Wei", "1234"}}) {
        CAPTURE(name);
        pos.apply(Login{name, pin});
        refusal(pos, AddStaff{"Mai", "floor", "4321"}, Errc::permission_denied);
        refusal(pos, SetStaffActive{"Lan", false}, Errc::permission_denied);
        refusal(pos, ChangePin{"Lan", "2222"}, Errc::permission_denied);
        refusal(pos, ImportCatalog{st.file("none.csv")}, Errc::permission_denied);
        refusal(pos, ExportSummary{"2026-11-20", st.file("s.csv")}, Errc::permission_denied);
        refusal(pos, PrintSummary{"2026-11-20"}, Errc::permission_denied);
        refusal(pos, PrintTest{}, Errc::permission_denied);
        UpdateSettings u;
        u.store_name = "Mine";
        refusal(pos, u, Errc::permission_denied);
        pos.apply(Logout{});
    }
    CHECK(db::list_staff(*st.conn, false).size() == 3);
    CHECK(service::load_settings(*st.conn).store_name == "Test");
}

TEST_CASE("a manager adds staff who can then log in; bad names, roles and PINs are refused") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    const service::Outcome r = pos.apply(AddStaff{"  Mai  ", "cashier", "4321"});
    CHECK(r.id > 0);
    CHECK(r.message.find("Mai") != std::string::npos);
    CHECK(journal_count(*st.conn, db::journal::k_staff_add) == 1);
    refusal(pos, AddStaff{"Mai", "floor", "5555"}, Errc::conflict);
    refusal(pos, AddStaff{"   ", "floor", "5555"}, Errc::invalid_input);
    refusal(pos, AddStaff{"Bo", "boss", "5555"}, Errc::invalid_input);
    refusal(pos, AddStaff{"Bo", "floor", "12"}, Errc::invalid_input);
    refusal(pos, AddStaff{"Bo", "floor", "12ab"}, Errc::invalid_input);
    refusal(pos, AddStaff{"Bo\tX", "floor", "1234"}, Errc::invalid_input);
    CHECK(db::list_staff(*st.conn, false).size() == 4);
    pos.apply(Logout{});
    pos.apply(Login{"Mai", "4321"});
    CHECK(pos.user()->role == Role::cashier);
}

TEST_CASE("deactivated staff cannot log in until reactivated; a manager cannot deactivate themself") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    refusal(pos, SetStaffActive{"Olga", false}, Errc::invalid_state);
    refusal(pos, SetStaffActive{"Nobody", false}, Errc::not_found);
    pos.apply(SetStaffActive{"Lan", false});
    CHECK(journal_count(*st.conn, "staff_active") == 1);
    pos.apply(Logout{});
    refusal(pos, Login{"Lan", "1111"}, Errc::permission_denied);
    pos.apply(Login{"Olga", "9999"});
    pos.apply(SetStaffActive{"Lan", true});  // found by name although inactive
    pos.apply(Logout{});
    pos.apply(Login{"Lan", "1111"});
    CHECK(pos.user()->name == "Lan");
}

TEST_CASE("a new PIN replaces the old one and lifts a lockout") {
    AdminStore st;
    auto& pos = *st.pos;
    for (int k = 0; k < 5; ++k) {
        try {
            pos.apply(Login{"Wei", "0000"});
        } catch (const Error&) {
        }
    }
    refusal(pos, Login{"Wei", "1234"}, Errc::locked_out);
    pos.apply(Login{"Olga", "9999"});
    refusal(pos, ChangePin{"Wei", "12"}, Errc::invalid_input);
    pos.apply(ChangePin{"Wei", "8642"});
    pos.apply(Logout{});
    refusal(pos, Login{"Wei", "1234"}, Errc::permission_denied);
    pos.apply(Login{"Wei", "8642"});
    CHECK(pos.user()->name == "Wei");
    CHECK(journal_count(*st.conn, "staff_pin") == 1);
}

TEST_CASE("a catalog file is imported all or nothing; errors name file:line:column") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    const std::string bad = st.file("bad.csv");
    write(bad,
          "sku,name,price,tax_rate,barcodes,category\n"
          "CHAIR-1,Chair,199.00,13,,Chairs\n"
          "TABLE-1,Table,12.345,13,,Tables\n");
    const std::string msg = refusal(pos, ImportCatalog{bad}, Errc::invalid_input);
    CHECK(msg.find("nothing was changed") != std::string::npos);
    CHECK(msg.find(bad + ":3:") != std::string::npos);  // file:line:column
    CHECK(db::list_products(*st.conn).size() == 1);     // only the sofa: nothing imported
    CHECK(journal_count(*st.conn, db::journal::k_catalog_import) == 0);

    refusal(pos, ImportCatalog{st.file("missing.csv")}, Errc::not_found);
    refusal(pos, ImportCatalog{st.dir.path().string()}, Errc::invalid_input);  // a folder

    const std::string good = st.file("good.csv");
    write(good,
          "sku,name,price,tax_rate,barcodes,category\n"
          "CHAIR-1,Chair,199.00,13,,Chairs\n"
          "SOFA-1,Sofa Milano,7999.00,13,6901234567892,Sofas\n");
    const service::Outcome r = pos.apply(ImportCatalog{good});
    CHECK(r.message.find("1 new, 1 updated") != std::string::npos);
    CHECK(db::list_products(*st.conn).size() == 2);
    CHECK(journal_count(*st.conn, db::journal::k_catalog_import) == 1);
}

TEST_CASE("the day summary is exported as CSV; bad dates and folders are refused") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    const std::string out = st.file("summary.csv");
    pos.apply(ExportSummary{"2026-11-20", out});
    const std::string csv = read(out);
    CHECK(csv.rfind("section,key,metric,value", 0) == 0);
    CHECK(csv.find("cash") != std::string::npos);
    refusal(pos, ExportSummary{"20-11-2026", st.file("x.csv")}, Errc::invalid_input);
    refusal(pos, ExportSummary{"2026-11-20", st.file("no/such/dir/x.csv")}, Errc::not_found);
    refusal(pos, ExportSummary{"2026-11-20", st.dir.path().string()}, Errc::invalid_input);
    refusal(pos, ExportSummary{"2026-11-20", ""}, Errc::invalid_input);
    CHECK(journal_count(*st.conn, "summary_export") == 1);
    pos.apply(PrintSummary{"2026-11-20"});
    refusal(pos, PrintSummary{"yesterday"}, Errc::invalid_input);
    pos.apply(PrintTest{});
    CHECK(journal_count(*st.conn, "summary_print") == 1);
    CHECK(journal_count(*st.conn, "print_test") == 1);
}

TEST_CASE("settings are validated, saved, journaled and used at once") {
    AdminStore st;
    auto& pos = *st.pos;
    pos.apply(Login{"Olga", "9999"});
    UpdateSettings u;
    u.store_name = "Showroom Nord";
    u.receipt_header = "Welcome\nWillkommen";
    u.receipt_footer = "Thank you";
    u.tax_mode = "exclusive";
    u.printer_profile = "xprinter-80";
    u.printer_device = "0fe6:811e:0";
    u.scanner_layout = "de";
    u.lang = "ru";
    pos.apply(u);
    CHECK(pos.settings().store_name == "Showroom Nord");
    CHECK(pos.settings().tax_mode == TaxMode::exclusive);
    const service::StoreSettings saved = service::load_settings(*st.conn);
    CHECK(saved.store_name == "Showroom Nord");
    CHECK(saved.receipt_header == "Welcome\nWillkommen");
    CHECK(saved.receipt_footer == "Thank you");
    CHECK(saved.printer_profile == "xprinter-80");
    CHECK(saved.printer_device == "0fe6:811e:0");
    CHECK(saved.scanner_layout == "de");
    CHECK(saved.lang == Lang::ru);
    CHECK(journal_count(*st.conn, db::journal::k_settings) == 1);

    const auto one = [](auto field, const char* value) {
        UpdateSettings x;
        x.*field = value;
        return x;
    };
    CHECK(refusal(pos, one(&UpdateSettings::printer_profile, "epson-tm-t1000"), Errc::invalid_input).find("unknown printer profile") !=
          std::string::npos);
    refusal(pos, one(&UpdateSettings::store_name, "  "), Errc::invalid_input);
    refusal(pos, one(&UpdateSettings::tax_mode, "vat"), Errc::invalid_input);
    refusal(pos, one(&UpdateSettings::scanner_layout, "fr"), Errc::invalid_input);
    refusal(pos, one(&UpdateSettings::lang, "de"), Errc::invalid_input);
    refusal(pos, one(&UpdateSettings::printer_device, "04b8"), Errc::invalid_input);
    refusal(pos, one(&UpdateSettings::printer_device, "04b8:02x2"), Errc::invalid_input);
    refusal(pos, one(&UpdateSettings::receipt_footer, "bell\a"), Errc::invalid_input);
    refusal(pos, UpdateSettings{}, Errc::invalid_input);
    pos.apply(one(&UpdateSettings::printer_device, ""));  // back to automatic
    CHECK(service::load_settings(*st.conn).printer_device.empty());
    CHECK(service::load_settings(*st.conn).printer_profile == "xprinter-80");  // untouched

    // The tax mode cannot change under an open cart.
    pos.apply(AddItem{"SOFA-1", 1});
    refusal(pos, one(&UpdateSettings::tax_mode, "inclusive"), Errc::invalid_state);
    CHECK(st.reopen()->settings().tax_mode == TaxMode::exclusive);
}
