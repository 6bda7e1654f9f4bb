// The script (JSON lines) form of the manager's administration intents.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "core/intents/intent_json.h"

using namespace pos;
using namespace pos::intent;

namespace {

const Currency& cny() { return currency("CNY"); }

std::string refused(const char* line) {
    try {
        parse_script_line(line, cny());
    } catch (const Error& e) {
        CHECK(e.code() == Errc::invalid_input);
        return e.what();
    }
    FAIL("the line was accepted: " << line);
    return {};
}

}  // namespace

TEST_CASE("staff ops parse, with staff by name or id") {
    auto a = parse_script_line(R"({"op":"staff_add","name":"Mai","role":"cashier","pin":"4321"})", cny());
    const auto& add = std::get<AddStaff>(a.intent);
    CHECK(add.name == "Mai");
    CHECK(add.role == "cashier");
    CHECK(add.pin == "4321");
    CHECK(op_name(a.intent) == "staff_add");

    auto d = parse_script_line(R"({"op":"staff_active","staff":7,"active":false})", cny());
    CHECK(std::get<SetStaffActive>(d.intent).staff == "7");
    CHECK_FALSE(std::get<SetStaffActive>(d.intent).active);
    CHECK(op_name(d.intent) == "staff_active");
    auto e = parse_script_line(R"({"op":"staff_active","staff":"Lan","active":true})", cny());
    CHECK(std::get<SetStaffActive>(e.intent).active);

    auto p = parse_script_line(R"({"op":"staff_pin","staff":"Wei","pin":"8642","expect_error":"permission_denied"})", cny());
    CHECK(std::get<ChangePin>(p.intent).pin == "8642");
    CHECK(p.expect_error == "permission_denied");
    CHECK(op_name(p.intent) == "staff_pin");

    CHECK(refused(R"({"op":"staff_add","name":"Mai","role":"cashier"})").find("\"pin\": missing") != std::string::npos);
    CHECK(refused(R"({"op":"staff_add","name":"Mai","role":"cashier","pin":4321})").find("\"pin\": expected a string") !=
          std::string::npos);
    CHECK(refused(R"({"op":"staff_active","staff":"Lan"})").find("\"active\": missing") != std::string::npos);
    CHECK(refused(R"({"op":"staff_active","staff":"Lan","active":"no"})").find("\"active\"") != std::string::npos);
}

TEST_CASE("catalog, summary and printer ops parse") {
    auto c = parse_script_line(R"({"op":"catalog_import","path":"/tmp/cat.csv"})", cny());
    CHECK(std::get<ImportCatalog>(c.intent).path == "/tmp/cat.csv");
    CHECK(op_name(c.intent) == "catalog_import");
    CHECK(refused(R"({"op":"catalog_import"})").find("\"path\": missing") != std::string::npos);

    auto x = parse_script_line(R"({"op":"summary_export","date":"2026-11-20","path":"out.csv"})", cny());
    CHECK(std::get<ExportSummary>(x.intent).date == "2026-11-20");
    CHECK(std::get<ExportSummary>(x.intent).path == "out.csv");
    CHECK(op_name(x.intent) == "summary_export");
    CHECK(refused(R"({"op":"summary_export","date":"2026-11-20"})").find("\"path\"") != std::string::npos);

    auto p = parse_script_line(R"({"op":"summary_print"})", cny());
    CHECK(std::get<PrintSummary>(p.intent).date.empty());
    CHECK(op_name(p.intent) == "summary_print");
    CHECK(op_name(parse_script_line(R"({"op":"print_test"})", cny()).intent) == "print_test");
}

TEST_CASE("settings set only the keys given; unknown keys and non-strings are refused") {
    auto s = parse_script_line(R"({"op":"settings","store_name":"Nord","tax_mode":"exclusive","printer_device":""})", cny());
    const auto& u = std::get<UpdateSettings>(s.intent);
    CHECK(u.store_name == "Nord");
    CHECK(u.tax_mode == "exclusive");
    CHECK(u.printer_device == "");
    CHECK_FALSE(u.printer_profile.has_value());
    CHECK_FALSE(u.lang.has_value());
    CHECK(op_name(s.intent) == "settings");
    auto all = parse_script_line(R"({"op":"settings","receipt_header":"H","receipt_footer":"F","printer_profile":"generic-58",)"
                                 R"("scanner_layout":"de","lang":"vi","at":"2026-11-20T09:00:00"})",
                                 cny());
    const auto& v = std::get<UpdateSettings>(all.intent);
    CHECK(v.printer_profile == "generic-58");
    CHECK(v.scanner_layout == "de");
    CHECK(v.lang == "vi");
    CHECK(all.at == "2026-11-20T09:00:00");
    CHECK(refused(R"({"op":"settings","printer_profil":"generic-58"})").find("\"printer_profil\": not a setting") != std::string::npos);
    CHECK(refused(R"({"op":"settings","store_name":5})").find("\"store_name\": expected a string") != std::string::npos);
}
