// The manager's pages, tapped headlessly on a real store: the intents each page emits and the
// state they leave in the store, and touch targets in all five languages at two screen sizes.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "core/sale/money.h"
#include "db/catalog.h"
#include "db/day_closings.h"
#include "db/print_jobs.h"
#include "db/staff.h"
#include "drivers/scanner/keyboard_layout.h"
#include "gui/admin/admin_models.h"
#include "service/store_settings.h"
#include "admin_ui/page_harness.h"

using namespace pos;
using namespace pos::intent;
using pos::test::PageHarness;
using pos::ui::admin::AdminPage;

namespace {

void type(PageHarness& h, const std::string& prefix, const std::string& text) {
    for (char c : text) h.tap(prefix + "/" + std::string(1, c));
}

template <class T>
const T* last_of(const std::vector<Intent>& v) {
    for (auto it = v.rbegin(); it != v.rend(); ++it)
        if (const T* t = std::get_if<T>(&*it)) return t;
    return nullptr;
}

}  // namespace

TEST_CASE("the page tabs open each page") {
    PageHarness h;
    CHECK(h.page.current() == AdminPage::summary);
    for (AdminPage p : ui::admin::kAdminPages) h.open(p);
    h.open(AdminPage::summary);
}

TEST_CASE("close day: counts by denomination, the variance, the manager PIN, then the day is closed") {
    PageHarness h;
    auto& pos = *h.store.pos;
    // One cash sale: expected = float 200.00 + 6999.00.
    pos.apply(AddItem{"SOFA-1", 1});
    pos.apply(AddTender{"cash", 699900, 699900, ""});
    pos.apply(CompleteSale{});
    h.open(AdminPage::close_day);
    h.tap("admin/close/10000/plus");
    h.tap("admin/close/10000/plus");
    h.tap("admin/close/10000/minus");
    h.tap("admin/close/10000/count");  // the keypad types the pieces
    h.tap("admin/close/count/7");
    h.tap("admin/close/count/2");
    h.tap("admin/close/count/ok");
    h.tap("admin/close/100/plus");     // ¥1
    h.tap("admin/close/close");
    h.tap("admin/close/confirm/pin/1");  // a wrong PIN is refused, nothing closed
    for (int k = 0; k < 3; ++k) h.tap("admin/close/confirm/pin/1");
    h.tap("admin/close/confirm/pin/ok");
    REQUIRE(h.refusals.size() == 1);
    CHECK_FALSE(db::get_day_closing(*h.store.conn, "2026-11-20"));
    h.tap("admin/close/close");
    for (char c : std::string("9999")) h.tap(std::string("admin/close/confirm/pin/") + c);
    h.tap("admin/close/confirm/pin/ok");
    const CloseDay* c = last_of<CloseDay>(h.applied);
    REQUIRE(c != nullptr);
    CHECK(c->date == "2026-11-20");
    CHECK(c->counts.at(10000) == 72);
    CHECK(c->counts.at(100) == 1);
    REQUIRE(c->approval.has_value());
    CHECK(c->approval->pin == "9999");
    const auto closing = db::get_day_closing(*h.store.conn, "2026-11-20");
    REQUIRE(closing.has_value());
    CHECK(closing->cash_counted == 720100);
    CHECK(closing->cash_expected == 719900);
    CHECK(closing->variance == 200);
    // The page now shows the closed day with its variance.
    const ui::admin::CloseDayView v = gui::admin::close_day_view(pos, "2026-11-20");
    CHECK(v.closed);
    CHECK(v.closed_text.find(format_money(200, currency("CNY"), Lang::en)) != std::string::npos);
    // The Z report was queued for the printer.
    bool z = false;
    for (const char* status : {"pending", "printing", "done", "failed"})
        for (const auto& j : db::list_print_jobs(*h.store.conn, status)) z = z || j.kind == "z_report";
    CHECK(z);
}

TEST_CASE("close day: the running total and variance follow the counts") {
    std::map<Minor, int> counts{{10000, 3}, {50, 1}};
    CHECK(ui::admin::counted_total(counts) == 30050);
    counts[10000] = 0;
    CHECK(ui::admin::counted_total(counts) == 50);
}

TEST_CASE("staff: a person added with the keyboard, role chips and the PIN twice can log in") {
    PageHarness h;
    h.open(AdminPage::staff);
    h.tap("admin/staff/add");
    type(h, "admin/staff/new/keyboard", "mai");
    h.tap("admin/staff/new/keyboard/done");
    h.tap("admin/staff/new/cashier");
    h.tap("admin/staff/new/next");
    for (char c : std::string("4321")) h.tap(std::string("admin/staff/new/pin/") + c);
    h.tap("admin/staff/new/pin/ok");
    for (char c : std::string("4322")) h.tap(std::string("admin/staff/new/pin/") + c);  // mismatch
    h.tap("admin/staff/new/pin/ok");
    CHECK(last_of<AddStaff>(h.applied) == nullptr);
    for (char c : std::string("4321")) h.tap(std::string("admin/staff/new/pin/") + c);
    h.tap("admin/staff/new/pin/ok");
    for (char c : std::string("4321")) h.tap(std::string("admin/staff/new/pin/") + c);
    h.tap("admin/staff/new/pin/ok");
    const AddStaff* a = last_of<AddStaff>(h.applied);
    REQUIRE(a != nullptr);
    CHECK(a->name == "mai");
    CHECK(a->role == "cashier");
    CHECK(h.refusals.empty());
    auto& pos = *h.store.pos;
    pos.apply(Logout{});
    pos.apply(Login{"mai", "4321"});
    CHECK(pos.user()->role == Role::cashier);
}

TEST_CASE("staff: deactivate takes a person off the login list; the manager's own row cannot") {
    PageHarness h;
    h.open(AdminPage::staff);
    Id lan = 0, olga = 0;
    for (const auto& s : db::list_staff(*h.store.conn, false)) {
        if (s.name == "Lan") lan = s.id;
        if (s.name == "Olga") olga = s.id;
    }
    h.tap("admin/staff/" + std::to_string(olga) + "/deactivate");  // disabled: no intent
    CHECK(h.applied.empty());
    h.tap("admin/staff/" + std::to_string(lan) + "/deactivate");
    CHECK(last_of<SetStaffActive>(h.applied) != nullptr);
    CHECK_FALSE(db::get_staff(*h.store.conn, lan)->active);
    h.tap("admin/staff/" + std::to_string(lan) + "/reactivate");
    CHECK(db::get_staff(*h.store.conn, lan)->active);
}

TEST_CASE("staff: New PIN sets another PIN for the person, typed twice") {
    PageHarness h;
    h.open(AdminPage::staff);
    Id wei = 0;
    for (const auto& s : db::list_staff(*h.store.conn, false))
        if (s.name == "Wei") wei = s.id;
    h.tap("admin/staff/" + std::to_string(wei) + "/new_pin");
    for (int round = 0; round < 2; ++round) {
        for (char c : std::string("8642")) h.tap(std::string("admin/staff/new/pin/") + c);
        h.tap("admin/staff/new/pin/ok");
    }
    const ChangePin* c = last_of<ChangePin>(h.applied);
    REQUIRE(c != nullptr);
    CHECK(c->staff == std::to_string(wei));
    CHECK(h.refusals.empty());
    auto& pos = *h.store.pos;
    pos.apply(Logout{});
    pos.apply(Login{"Wei", "8642"});
    CHECK(pos.user()->name == "Wei");
}

TEST_CASE("catalog: a bad file from the import folder is refused with file:line:column, nothing imported") {
    PageHarness h;
    const std::string folder = gui::admin::import_folder(*h.store.pos);
    std::ofstream(folder + "/new.csv") << "sku,name,price,tax_rate,barcodes,category\n"
                                          "CHAIR-1,Chair,199.00,13,,Chairs\n"
                                          "LAMP-1,Lamp,-5,13,,Lamps\n";
    h.open(AdminPage::catalog);
    h.tap("admin/catalog/file0");
    h.tap("admin/catalog/import");
    const ImportCatalog* i = last_of<ImportCatalog>(h.applied);
    REQUIRE(i != nullptr);
    CHECK(i->path == folder + "/new.csv");
    REQUIRE(h.refusals.size() == 1);
    CHECK(h.refusals[0].find(folder + "/new.csv:3:") != std::string::npos);
    CHECK(db::list_products(*h.store.conn).size() == 1);
    // The page lists the problem with its file:line:column.
    const ui::admin::Feedback& f = h.page.feedback();
    CHECK(f.error);
    REQUIRE(f.details.size() == 1);
    CHECK(f.details[0].rfind(folder + "/new.csv:3:", 0) == 0);

    // The fixed file, its name typed on the keyboard.
    std::ofstream(folder + "/fixed.csv") << "sku,name,price,tax_rate,barcodes,category\nCHAIR-1,Chair,199.00,13,,Chairs\n";
    h.tap("admin/catalog/path");
    for (int k = 0; k < 7; ++k) h.tap("admin/catalog/keyboard/back");  // "new.csv" -> ""
    type(h, "admin/catalog/keyboard", "fixed.csv");
    h.tap("admin/catalog/keyboard/done");
    h.tap("admin/catalog/import");
    CHECK(h.refusals.size() == 1);
    CHECK(db::list_products(*h.store.conn).size() == 2);
    CHECK_FALSE(h.page.feedback().error);
}

TEST_CASE("settings: a typed store name and tapped chips are saved in the store") {
    PageHarness h(Lang::en, {1920.0f, 1080.0f});  // every chip on screen without scrolling
    h.open(AdminPage::settings);
    h.tap("admin/settings/store_name");
    for (int k = 0; k < 4; ++k) h.tap("admin/settings/edit/keyboard/back");  // "Test" -> ""
    h.tap("admin/settings/edit/keyboard/shift");
    type(h, "admin/settings/edit/keyboard", "nord");
    h.tap("admin/settings/edit/keyboard/done");
    h.tap("admin/settings/printer_profile/xprinter-80");
    h.tap("admin/settings/tax_mode/exclusive");
    h.tap("admin/settings/scanner_layout/de");
    h.tap("admin/settings/lang/vi");
    h.tap("admin/settings/deposit_min/5000");
    CHECK(h.refusals.empty());
    const service::StoreSettings s = service::load_settings(*h.store.conn);
    CHECK(s.deposit.min_bp == 5000);
    CHECK(s.store_name == "Nord");
    CHECK(s.printer_profile == "xprinter-80");
    CHECK(s.tax_mode == TaxMode::exclusive);
    CHECK(s.scanner_layout == "de");
    CHECK(s.lang == Lang::vi);
    // A bad printer device is refused and changes nothing.
    h.tap("admin/settings/printer_device");
    type(h, "admin/settings/edit/keyboard", "04b8");
    h.tap("admin/settings/edit/keyboard/done");
    CHECK(h.refusals.size() == 1);
    CHECK(service::load_settings(*h.store.conn).printer_device.empty());
}

TEST_CASE("every scanner layout of the scanner driver is accepted by the settings intent, and offered as a chip") {
    PageHarness h;
    const std::vector<std::string> names = scanner::KeyboardLayout::names();
    CHECK(gui::admin::settings_view(*h.store.pos).scanner_layouts == names);
    for (const std::string& name : names) {
        UpdateSettings u;
        u.scanner_layout = name;
        h.store.pos->apply(u);
        CHECK(service::load_settings(*h.store.conn).scanner_layout == name);
    }
}

TEST_CASE("summary: export writes the CSV next to the database, print and the day picker") {
    PageHarness h;
    h.tap("admin/summary/export");
    const ExportSummary* e = last_of<ExportSummary>(h.applied);
    REQUIRE(e != nullptr);
    CHECK(e->date == "2026-11-20");
    CHECK(e->path == gui::admin::export_folder(*h.store.pos) + "/summary-2026-11-20.csv");
    CHECK(std::filesystem::exists(e->path));
    h.tap("admin/summary/pick_day");
    h.tap("admin/summary/calendar/3");
    h.tap("admin/summary/print");
    const PrintSummary* p = last_of<PrintSummary>(h.applied);
    REQUIRE(p != nullptr);
    CHECK(p->date == "2026-11-03");
    CHECK(h.refusals.empty());
}

TEST_CASE("devices: the test page reaches the virtual printer and its image is previewed") {
    PageHarness h;
    h.open(AdminPage::devices);
    h.tap("admin/devices/test");
    REQUIRE(last_of<PrintTest>(h.applied) != nullptr);
    // The device thread prints the job; wait for its event (bounded, not a timing assertion).
    for (int k = 0; k < 400 && h.devices.summary().last_receipt_png.empty(); ++k) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        h.devices.pump();
    }
    CHECK_FALSE(h.devices.summary().last_receipt_png.empty());
    CHECK(std::filesystem::exists(h.devices.summary().last_receipt_png));
    h.frames(2);
}

TEST_CASE("every page's targets are at least 48 px and on screen in all five languages at 1024x768 and 1920x1080") {
    for (const ImVec2 display : {ImVec2{1024.0f, 768.0f}, ImVec2{1920.0f, 1080.0f}}) {
        for (Lang lang : all_langs) {
            CAPTURE(lang_code(lang));
            CAPTURE(display.x);
            PageHarness h(lang, display);
            for (AdminPage p : ui::admin::kAdminPages) {
                CAPTURE(ui::admin::page_code(p));
                h.open(p);
                h.check_targets(display);
            }
            // The deep steps: the keypad of the day close, the staff keyboard and PIN, the editor.
            h.open(AdminPage::close_day);
            h.tap("admin/close/close");
            h.check_targets(display);
            CHECK(h.ui.item("admin/close/confirm/pin/ok").max.y <= display.y);
            CHECK(h.ui.item("admin/close/confirm/cancel").max.y <= display.y);
            h.tap("admin/close/confirm/cancel");
            h.open(AdminPage::staff);
            h.tap("admin/staff/add");
            h.check_targets(display);
            CHECK(h.ui.item("admin/staff/new/keyboard/done").max.y <= display.y);
            h.tap("admin/staff/new/keyboard/a");
            h.tap("admin/staff/new/keyboard/done");
            h.check_targets(display);
            h.tap("admin/staff/new/next");
            CHECK(h.ui.item("admin/staff/new/pin/ok").max.y <= display.y);
            h.check_targets(display);
            h.open(AdminPage::settings);
            h.tap("admin/settings/receipt_footer");
            CHECK(h.ui.item("admin/settings/edit/keyboard/done").max.y <= display.y);
            h.check_targets(display);
            h.open(AdminPage::catalog);
            h.tap("admin/catalog/path");
            CHECK(h.ui.item("admin/catalog/keyboard/done").max.y <= display.y);
            h.check_targets(display);
        }
    }
}
