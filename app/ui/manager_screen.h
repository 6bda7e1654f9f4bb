#pragma once
// The manager's day summary screen: KPI tiles, the visit funnel, hourly traffic, closing,
// signal, objection and lost-reason charts, staff, tenders, exceptions and the cash count.
// ManagerSummaryView is plain, already formatted data; make_manager_summary_view fills it
// from a report::DaySummary (formatting only, no I/O).
#include <array>
#include <string>
#include <vector>

#include "core/common/lang.h"
#include "core/intents/intents.h"
#include "core/report/day_summary.h"
#include "ui/charts.h"

namespace pos::ui {

struct ManagerKpis {
    std::string visits;            // "30"
    std::string conversion;        // "33.33%"
    std::string revenue;           // format_money
    std::string average_ticket;    // format_money
    std::string items_per_ticket;  // "2.50"
};

struct ManagerStaffLine {
    std::string name;
    std::string role;              // "floor", "cashier", "manager"
    int visits = 0;
    int sold = 0;
    std::string conversion;        // "50.00%", "—" without visits
    std::string revenue;
    int sales = 0;                 // sales rung up as cashier
};

struct ManagerCash {
    std::string expected;
    std::string counted;           // "—" until the day is closed
    std::string variance;          // "—" until the day is closed
    bool variance_alert = false;   // counted and variance != 0: shown in red
    std::string closed_by;
};

struct ManagerSummaryView {
    std::string day;               // YYYY-MM-DD
    std::string store_name;
    ManagerKpis kpis;
    std::array<long long, 5> funnel{};      // visits, engaged, demos, quotes, sold
    std::vector<double> hourly_visits;      // 24 values
    std::vector<double> hourly_sales;       // 24 values
    std::vector<chart::BarRow> closing;     // value accepted, second attempts
    std::vector<chart::BarRow> signals;     // value in sold, second in lost
    std::vector<chart::BarRow> objections;  // value resolved, second raised
    std::vector<chart::BarRow> lost_reasons;
    std::vector<chart::BarRow> tenders;     // value amount (minor), text "3 · $1,200.00"
    std::vector<ManagerStaffLine> staff;
    int voids = 0;
    int refunds = 0;
    int overrides = 0;
    int no_sale_opens = 0;
    ManagerCash cash;
};

// The ‹ › day buttons emit no intent: they change day_offset (0 = today, -1 = yesterday,
// never above 0). The app compares it with the day it loaded, reloads the DaySummary for
// that day and rebuilds the view.
struct ManagerUiState {
    int day_offset = 0;
};

// Formats `s` for `lang` (money with format_money in the summary's currency).
ManagerSummaryView make_manager_summary_view(const report::DaySummary& s, Lang lang);

// Full-screen; the body scrolls by dragging. Probe names: "manager/prev_day", "manager/next_day".
void draw_manager_summary(const ManagerSummaryView& view, ManagerUiState& ui, intent::IntentSink& sink);

}  // namespace pos::ui
