#pragma once
// The manager's pages: a sub-navigation (Summary, Close day, Staff, Catalog, Devices, Settings)
// and one view per page. Views draw plain, already formatted view structs and push intents; the
// page's UI state (what is being typed, which dialog is open) lives in the *UiState structs.
// Probe names: "admin/nav/<page>", "admin/summary/...", "admin/close/...", "admin/staff/...",
// "admin/catalog/...", "admin/devices/...", "admin/settings/...".
#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "core/common/lang.h"
#include "core/common/types.h"
#include "core/intents/intents.h"
#include "core/report/period.h"
#include "ui/text_keyboard.h"

namespace pos::ui::admin {

enum class AdminPage { summary, close_day, staff, catalog, devices, settings, periods };
inline constexpr AdminPage kAdminPages[] = {AdminPage::summary, AdminPage::periods, AdminPage::close_day, AdminPage::staff,
                                            AdminPage::catalog, AdminPage::devices, AdminPage::settings};
const char* page_code(AdminPage p) noexcept;  // "summary", "close_day", ...

// A line under a page's buttons: what the last intent did, or why it was refused.
struct Feedback {
    std::string text;
    bool error = false;
    std::vector<std::string> details;  // e.g. one catalog problem a line (file:line:column: reason)
};

// The row of page tabs at the top of the manager screen; returns its height. It draws into
// the current window.
float draw_manager_nav(AdminPage& page);

// --- Summary: the existing day summary below a toolbar ------------------------------
struct SummaryToolbarView {
    std::string day;          // YYYY-MM-DD shown
    std::string today;        // YYYY-MM-DD; days after it cannot be picked
    std::string export_path;  // where "Export CSV" writes
    Feedback feedback;
};
struct SummaryToolbarState {
    bool picking = false;     // the calendar is open
    int year = 0, month = 0;  // the month shown in the calendar (0 = the day's month)
    std::string picked;       // a day chosen in the calendar, for the app to load ("" = none)
};
// Draws into the current window; pushes PrintSummary / ExportSummary for view.day.
void draw_summary_toolbar(const SummaryToolbarView& view, SummaryToolbarState& ui, intent::IntentSink& sink);
// The calendar shown instead of the summary while ui.picking: a tapped day goes to ui.picked.
void draw_day_picker(const SummaryToolbarView& view, SummaryToolbarState& ui);

// --- Periods and targets ----------------------------------------------------------------
// A day, week, month or custom range: written vs delivered, order money, be-backs, follow-ups,
// trend charts by day, the salespeople with their month's target progress, and a targets
// editor (keypad) that pushes SetTarget. Money texts are formatted already.
struct PeriodSalesLine {
    Id staff_id = 0;
    std::string name;
    std::string role;             // floor, cashier, manager
    int visits = 0;
    int sold = 0;
    std::string revenue;          // in the period
    int units = 0;
    std::string written;          // orders written in the period
    bool has_target = false;      // a target for the month of the period's end
    std::string target;           // "¥50,000.00 · 20"
    std::string month_done;       // revenue of that month so far
    float progress = 0.0f;        // month revenue / target (0..1, more when over)
    std::string today;            // today's share by the cascade ("" when the month is not current)
};
struct PeriodsView {
    std::string from, to;         // YYYY-MM-DD
    std::string today;
    std::string month;            // YYYY-MM of the targets shown and edited
    int currency_exponent = 2;
    std::vector<std::pair<std::string, std::string>> kpis;      // translated label, value
    std::vector<std::pair<std::string, std::string>> details;   // translated label, value
    std::vector<double> revenue_by_day;   // major units
    std::vector<double> conversion_by_day;  // percent
    std::vector<PeriodSalesLine> people;
    Feedback feedback;
};
struct PeriodsUiState {
    report::PeriodKind kind = report::PeriodKind::week;
    std::string from, to;         // the range shown ("" = the app sets it from today)
    bool changed = false;         // the range changed: the app reloads the view
    Id editing = 0;               // staff whose target is typed (0 = none)
    int field = 0;                // 0 revenue (major units), 1 units
    std::string revenue_digits, units_digits;
};
// Draws into screen_area(). Pushes SetTarget{staff id, view.month, revenue, units}.
void draw_periods(const PeriodsView& view, PeriodsUiState& ui, intent::IntentSink& sink);

// --- Close day ------------------------------------------------------------------------
struct Denomination {
    Minor value = 0;
    std::string label;  // "¥100", "0,50 ₽"
};
struct CloseDayView {
    std::string day;
    std::string currency_code;      // the store currency (for formatting totals)
    Lang lang = Lang::en;
    std::vector<Denomination> denominations;  // largest first
    Minor expected = 0;             // cash expected in the drawer
    std::string manager;            // the logged-in manager (approves with their PIN)
    bool closed = false;            // the day is already closed
    std::string closed_text;        // "Closed by Olga: counted ¥1,000.00, variance ¥0.00"
    Feedback feedback;
};
struct CloseDayUiState {
    std::map<Minor, int> counts;    // denomination -> pieces
    Minor editing = 0;              // the denomination the keypad types into (0 = none)
    std::string digits;             // keypad text while editing
    bool confirming = false;        // the PIN dialog is open
    std::string pin;
};
Minor counted_total(const std::map<Minor, int>& counts);
// Pushes CloseDay{day, counts, approval by view.manager with the typed PIN}.
void draw_close_day(const CloseDayView& view, CloseDayUiState& ui, intent::IntentSink& sink);

// --- Staff ----------------------------------------------------------------------------
struct StaffLine {
    Id id = 0;
    std::string name;
    std::string role;   // floor, cashier, manager
    bool active = true;
    bool self = false;  // the logged-in manager (cannot be deactivated)
};
struct StaffView {
    std::vector<StaffLine> staff;
    Feedback feedback;
};
struct StaffUiState {
    enum class Step { list, name, role, pin, pin_again } step = Step::list;
    std::string name;
    TextKeyboardState keyboard;
    std::string role = "floor";
    std::string pin, pin_again;
    bool mismatch = false;  // the two PINs differed
    Id pin_for = 0;         // the PIN steps set a new PIN for this person instead of adding one
};
// Pushes AddStaff, ChangePin and SetStaffActive.
void draw_staff(const StaffView& view, StaffUiState& ui, intent::IntentSink& sink);

// --- Catalog --------------------------------------------------------------------------
struct CatalogView {
    std::string folder;                  // the import folder next to the database
    std::vector<std::string> files;      // *.csv in it (file names)
    std::size_t products = 0;            // products in the catalog now
    Feedback feedback;                   // the import result or the error list
};
struct CatalogUiState {
    std::string path;                    // a file name in the folder, or an absolute path
    TextKeyboardState keyboard;
    bool typing = false;
};
// The path ImportCatalog gets: `typed` itself when absolute, else inside `folder`.
std::string catalog_path(const std::string& folder, const std::string& typed);
void draw_catalog(const CatalogView& view, CatalogUiState& ui, intent::IntentSink& sink);

// --- Devices --------------------------------------------------------------------------
struct DevicesView {
    std::string printer;            // state line
    std::string scanner;
    std::string failure;            // the failed job's reason, if any
    std::string printer_profile;    // store setting
    std::string receipt_png;        // the virtual printer's last image (path), "" = none
    ImTextureID texture = nullptr;  // that image uploaded by the app (nullptr = not available)
    int texture_w = 0, texture_h = 0;
    Feedback feedback;
};
// Pushes PrintTest.
void draw_devices(const DevicesView& view, intent::IntentSink& sink);

// --- Settings -------------------------------------------------------------------------
struct SettingsView {
    std::string store_name, receipt_header, receipt_footer;
    std::string tax_mode;            // inclusive, exclusive
    std::string printer_profile;
    std::vector<std::string> printer_profiles;
    std::string printer_device;      // "" = automatic
    std::string scanner_layout;
    std::vector<std::string> scanner_layouts;
    std::string lang;                // the store's default language code
    int deposit_min_bp = 0;          // special orders: the minimum deposit's share of the total
    Feedback feedback;
};
struct SettingsUiState {
    enum class Field { none, store_name, receipt_header, receipt_footer, printer_device } editing = Field::none;
    std::string text;                // the field being typed
    TextKeyboardState keyboard;
};
// Pushes UpdateSettings with the one field changed.
void draw_settings(const SettingsView& view, SettingsUiState& ui, intent::IntentSink& sink);

}  // namespace pos::ui::admin
