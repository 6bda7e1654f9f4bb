// Profile selection and the fault vocabulary.
#include <doctest/doctest.h>

#include "core/common/error.h"
#include "drivers/printer/printer_port.h"
#include "drivers/printer/profile_select.h"

using namespace pos::printer;

TEST_CASE("match-table models map to escpos profiles") {
    CHECK(escpos_profile_for_model("TM-T20II") == "epson-tm-t20");
    CHECK(escpos_profile_for_model("TM-T88VI") == "epson-tm-t88");
    CHECK(escpos_profile_for_model("POS58") == "generic-58");
    CHECK(escpos_profile_for_model("Xprinter") == "xprinter-80");
    CHECK_FALSE(escpos_profile_for_model("star").has_value());
    CHECK_FALSE(escpos_profile_for_model("").has_value());
}

TEST_CASE("forced profile > match table model > store default") {
    CHECK(select_profile(std::string("xprinter-80-big5"), "TM-T20II", "generic-58") == "xprinter-80-big5");
    CHECK(select_profile(std::nullopt, "TM-T20II", "generic-58") == "epson-tm-t20");
    CHECK(select_profile(std::nullopt, "bixolon", "generic-58") == "generic-58");
    CHECK(select_profile(std::string(""), "POS58", "epson-tm-t20") == "generic-58");
    CHECK_THROWS_AS(select_profile(std::string("tm-9000"), "TM-T20II", "generic-58"), pos::Error);
}

TEST_CASE("faults from status, in priority order, with cashier-readable words") {
    pos::escpos::PrinterStatus s;
    CHECK_FALSE(fault_from_status(s).has_value());
    s.online = false;
    CHECK(fault_from_status(s) == PrintFault::offline);
    s.autocutter_error = true;
    CHECK(fault_from_status(s) == PrintFault::error);
    s.cover_open = true;
    CHECK(fault_from_status(s) == PrintFault::cover_open);
    s.paper = pos::escpos::PaperState::empty;
    CHECK(fault_from_status(s) == PrintFault::paper_out);
    CHECK(std::string(fault_message(PrintFault::paper_out)) == "paper out");
    CHECK(std::string(fault_message(PrintFault::cover_open)) == "cover open");
    CHECK(std::string(fault_message(PrintFault::unplugged)) == "printer unplugged");
    CHECK(std::string(fault_message(PrintFault::no_answer)) == "printer did not answer");
    const PortError e(PrintFault::no_answer, "read from printer: timed out");
    CHECK(std::string(e.what()) == "printer did not answer (read from printer: timed out)");
    CHECK(e.code() == pos::Errc::invalid_state);
}
