#include "gui/admin/admin_models.h"

#include "gui/device_text.h"

#include <algorithm>
#include <filesystem>

#include "core/common/time.h"
#include "core/sale/money.h"
#include "drivers/escpos/profile.h"
#include "drivers/scanner/keyboard_layout.h"
#include "ui/i18n.h"
#include "ui/ui_env.h"

namespace pos::gui::admin {
namespace fs = std::filesystem;

std::vector<Minor> cash_count_denominations(const std::string& code) {
    // Major units of the notes and coins in circulation; cents etc. as fractions below.
    struct Table {
        std::string_view code;
        std::vector<Minor> minor;
    };
    static const std::vector<Table> tables = {
        {"CNY", {10000, 5000, 2000, 1000, 500, 100, 50, 10}},
        {"TWD", {200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 100}},
        {"HKD", {100000, 50000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10}},
        {"RUB", {500000, 200000, 100000, 50000, 20000, 10000, 5000, 1000, 500, 200, 100}},
        {"VND", {500000, 200000, 100000, 50000, 20000, 10000, 5000, 2000, 1000, 500}},
        {"USD", {10000, 5000, 2000, 1000, 500, 100, 25, 10, 5, 1}},
        {"EUR", {50000, 20000, 10000, 5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1}},
    };
    for (const Table& t : tables)
        if (t.code == code) return t.minor;
    return tables.front().minor;
}

namespace {

std::string folder_next_to_db(service::PosService& pos, const char* name) {
    const fs::path db(pos.store_path());
    fs::path dir = (db.has_parent_path() ? db.parent_path() : fs::path(".")) / name;
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir.string();
}

}  // namespace

std::string import_folder(service::PosService& pos) { return folder_next_to_db(pos, "import"); }
std::string export_folder(service::PosService& pos) { return folder_next_to_db(pos, "exports"); }

ui::admin::CloseDayView close_day_view(service::PosService& pos, const std::string& day) {
    ui::admin::CloseDayView v;
    const Currency& cur = pos.settings().currency();
    v.day = day;
    v.currency_code = pos.settings().currency_code;
    v.lang = pos.lang();
    for (Minor d : cash_count_denominations(v.currency_code)) v.denominations.push_back({d, format_money(d, cur, v.lang)});
    const report::DaySummary s = pos.day_summary(day);
    v.expected = s.cash.expected;
    if (pos.user()) v.manager = std::to_string(pos.user()->staff_id);
    if (auto c = pos.day_closing(day)) {
        v.closed = true;
        v.closed_text = std::string(ui::tr("This day is closed.")) + " " + ui::tr("Counted") + ": " +
                        format_money(c->cash_counted, cur, v.lang) + "  " + ui::tr("Expected") + ": " +
                        format_money(c->cash_expected, cur, v.lang) + "  " + ui::tr("Variance") + ": " +
                        format_money(c->variance, cur, v.lang) + (s.cash.closed_by.empty() ? "" : "  (" + s.cash.closed_by + ")");
    }
    return v;
}

ui::admin::StaffView staff_view(service::PosService& pos) {
    ui::admin::StaffView v;
    for (const service::StaffMember& s : pos.staff(true))
        v.staff.push_back({s.id, s.name, std::string(role_name(s.role)), s.active, pos.user() && pos.user()->staff_id == s.id});
    return v;
}

ui::admin::CatalogView catalog_view(service::PosService& pos) {
    ui::admin::CatalogView v;
    v.folder = import_folder(pos);
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(v.folder, ec))
        if (e.is_regular_file(ec) && e.path().extension() == ".csv") v.files.push_back(e.path().filename().string());
    std::sort(v.files.begin(), v.files.end());
    v.products = static_cast<std::size_t>(pos.product_count());  // COUNT(*), not a read of every product
    return v;
}

ui::admin::SettingsView settings_view(service::PosService& pos) {
    const service::StoreSettings& s = pos.settings();
    ui::admin::SettingsView v;
    v.store_name = s.store_name;
    v.receipt_header = s.receipt_header;
    v.receipt_footer = s.receipt_footer;
    v.tax_mode = std::string(tax_mode_name(s.tax_mode));
    v.printer_profile = s.printer_profile;
    v.printer_profiles = escpos::profile_names();
    v.printer_device = s.printer_device;
    v.scanner_layout = s.scanner_layout;
    v.scanner_layouts = scanner::KeyboardLayout::names();
    v.lang = std::string(lang_code(s.lang));
    return v;
}

ui::admin::DevicesView devices_view(service::PosService& pos, const DeviceSummary& devices) {
    ui::admin::DevicesView v;
    v.printer = device_state_text(devices.printer);
    v.scanner = device_state_text(devices.scanner);
    v.failure = device_failure_text(devices);
    v.printer_profile = pos.settings().printer_profile;
    v.receipt_png = devices.last_receipt_png;
    return v;
}

}  // namespace pos::gui::admin
