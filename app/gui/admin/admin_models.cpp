#include "gui/admin/admin_models.h"

#include "gui/device_text.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/common/time.h"
#include "core/sale/money.h"
#include "drivers/escpos/profile.h"
#include "drivers/scanner/keyboard_layout.h"
#include "ui/charts.h"
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
    v.deposit_min_bp = s.deposit.min_bp;
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

namespace pos::gui::admin {

ui::admin::PeriodsView periods_view(service::PosService& pos, const std::string& from, const std::string& to) {
    ui::admin::PeriodsView v;
    const Currency& cur = pos.settings().currency();
    const Lang lang = pos.lang();
    const auto m = [&](Minor x) { return format_money(x, cur, lang); };
    const report::PeriodSummary s = pos.period_summary(from, to);
    v.from = from;
    v.to = to;
    v.today = local_day(pos.now());
    v.month = to.substr(0, 7);
    v.currency_exponent = cur.exponent;
    const auto pct = [](long long num, long long den) { return ui::chart::percent_text(num, den); };
    v.kpis = {{ui::tr("Revenue"), m(s.revenue)},
              {ui::tr("Written"), m(s.written)},
              {ui::tr("Visits"), std::to_string(s.base.traffic.visits)},
              {ui::tr("Conversion"), pct(s.base.traffic.sold, s.base.traffic.visits)},
              {ui::tr("Be-back rate"), pct(s.be_back_visits, s.visits_with_customer)}};
    v.details = {{ui::tr("Floor sales"), m(s.floor_sales)},
                 {ui::tr("Orders written"), std::to_string(s.orders_written) + " · " + m(s.orders_written_total)},
                 {ui::tr("Orders delivered"), std::to_string(s.orders_delivered) + " · " + m(s.orders_delivered_total)},
                 {ui::tr("Orders cancelled"), std::to_string(s.orders_cancelled) + " · " + m(s.orders_cancelled_total)},
                 {ui::tr("Deposits taken"), std::to_string(s.deposit_count) + " · " + m(s.deposits)},
                 {ui::tr("Balance payments"), std::to_string(s.balance_count) + " · " + m(s.balance_payments)},
                 {ui::tr("Open orders"), std::to_string(s.open_orders) + " · " + m(s.open_balance)},
                 {ui::tr("Follow-ups due"), std::to_string(s.follow_ups_due)},
                 {ui::tr("Follow-ups done"), std::to_string(s.follow_ups_done) + " · " + ui::tr("bought") + " " +
                                                 pct(s.follow_ups_bought, s.follow_ups_done)}};
    double scale = 1.0;
    for (int k = 0; k < cur.exponent; ++k) scale *= 10.0;
    for (const report::DayPoint& d : s.days) {
        v.revenue_by_day.push_back(static_cast<double>(d.revenue) / scale);
        v.conversion_by_day.push_back(d.visits ? 100.0 * d.sold / d.visits : 0.0);
    }
    std::map<Id, service::TargetProgress> progress;
    for (service::TargetProgress& p : pos.target_progress(v.month)) progress.emplace(p.staff_id, std::move(p));
    std::map<Id, const report::SalespersonRow*> rows;
    for (const report::SalespersonRow& r : s.salespeople) rows[r.staff_id] = &r;
    for (const service::StaffMember& st : pos.staff(false)) {
        const auto row = rows.find(st.id);
        const auto prog = progress.find(st.id);
        if (row == rows.end() && prog == progress.end()) continue;
        ui::admin::PeriodSalesLine line;
        line.staff_id = st.id;
        line.name = st.name;
        line.role = std::string(role_name(st.role));
        if (row != rows.end()) {
            line.visits = row->second->visits;
            line.sold = row->second->sold;
            line.units = row->second->units;
            line.revenue = m(row->second->revenue);
            line.written = m(row->second->written_total);
        } else {
            line.revenue = m(0);
            line.written = m(0);
        }
        if (prog != progress.end() && prog->second.has_target) {
            const service::TargetProgress& p = prog->second;
            line.has_target = true;
            line.target = m(p.revenue_target) + " · " + std::to_string(p.units_target);
            line.month_done = m(p.revenue_done);
            line.progress = p.revenue_target > 0 ? static_cast<float>(static_cast<double>(p.revenue_done) / static_cast<double>(p.revenue_target))
                                                 : 1.0f;
            if (p.revenue_plan.selling_days_left > 0) line.today = m(p.revenue_plan.today) + " · " + std::to_string(p.units_plan.today);
        }
        v.people.push_back(std::move(line));
    }
    return v;
}

}  // namespace pos::gui::admin
