#pragma once
// Periods and targets for the manager (issue #10): calendar ranges of business days (a day, an
// ISO week Monday..Sunday, a month, or a custom from..to), the period summary as plain data with
// its text / JSON / CSV renderings, and the monthly-target cascade month -> week -> day.
// Calendar arithmetic only; nothing here does I/O.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/common/types.h"
#include "core/report/day_summary.h"

namespace pos::report {

// Inclusive range of business days, both "YYYY-MM-DD", from <= to.
struct DayRange {
    std::string from;
    std::string to;
    bool operator==(const DayRange&) const = default;
};

enum class PeriodKind { day, week, month, custom };

// Throws Error(invalid_input) for a malformed date or from > to.
DayRange make_range(const std::string& from, const std::string& to);
// The day, ISO week (Monday first) or calendar month containing `day` (custom: the day alone).
// Throws Error(invalid_input) for a malformed day.
DayRange range_containing(PeriodKind kind, const std::string& day);
// `day` moved by n days (n may be negative). Throws for a malformed day.
std::string add_days(const std::string& day, int n);
// Number of days in the range (1 for a single day).
int day_count(const DayRange& r);
// Every day of the range in order.
std::vector<std::string> days_of(const DayRange& r);
// True for "YYYY-MM" with a month 01..12 and a year 1970..9999.
bool is_valid_month(const std::string& month) noexcept;
// The days of a "YYYY-MM" month. Throws Error(invalid_input) for a malformed month.
DayRange month_range(const std::string& month);
// 1 = Monday .. 7 = Sunday.
int iso_weekday(const std::string& day);

// ---- period summary -----------------------------------------------------------------------

struct DayPoint {             // one day of the trend charts
    std::string day;
    Minor revenue = 0;        // floor sales net of refunds + orders delivered that day
    int visits = 0;
    int sold = 0;
};

struct SalespersonRow {
    Id staff_id = 0;
    std::string name;
    std::string role;
    int visits = 0;
    int sold = 0;
    Minor floor_revenue = 0;      // sales of the visits they led, net of refunds of those sales
    int orders_written = 0;
    Minor written_total = 0;      // orders credited to them written in the range, less cancellations
    int orders_delivered = 0;
    Minor delivered_total = 0;    // orders credited to them delivered / picked up in the range
    Minor revenue = 0;            // floor_revenue + delivered_total
    int units = 0;                // items on those floor sales (net of returns) + on delivered orders
    int follow_ups_done = 0;      // follow-ups they closed in the range
    int follow_ups_bought = 0;    // ... with the result "bought"
};

struct PeriodSummary {
    DayRange range;
    DaySummary base;              // the day summary's sections over the range (cash: see README)

    // Written vs delivered (revenue rules in README).
    Minor floor_sales = 0;        // = base.revenue: floor sales net of refunds
    int orders_written = 0;
    Minor orders_written_total = 0;
    int orders_cancelled = 0;     // cancelled in the range (closed_day)
    Minor orders_cancelled_total = 0;
    int orders_delivered = 0;
    Minor orders_delivered_total = 0;
    Minor orders_delivered_tax = 0;
    Minor written = 0;            // floor_sales + orders written - orders cancelled
    Minor revenue = 0;            // delivered: floor_sales + orders delivered
    Minor tax = 0;                // base.tax_total + orders_delivered_tax

    // Money received on orders (already in the tenders of each day, not revenue).
    int deposit_count = 0;
    Minor deposits = 0;
    int balance_count = 0;
    Minor balance_payments = 0;
    Minor order_refunds = 0;      // positive: paid back on cancelled orders

    // Orders open now (state open / ready) written up to the range's end: total - paid.
    int open_orders = 0;
    Minor open_balance = 0;

    // Be-back: visits with a customer whose customer had visited before.
    int visits_with_customer = 0;
    int be_back_visits = 0;

    int follow_ups_due = 0;       // due on a day of the range
    int follow_ups_done = 0;      // done (a result recorded) during the range
    int follow_ups_bought = 0;    // done with the result "bought"

    std::vector<DayPoint> days;   // every day of the range, in order
    std::vector<SalespersonRow> salespeople;

    int be_back_bp() const noexcept;            // be-back visits / visits with a customer
    int follow_up_sale_bp() const noexcept;     // bought / done
};

std::string to_text(const PeriodSummary& s);
std::string to_json(const PeriodSummary& s);   // money in minor units
std::string to_csv(const PeriodSummary& s);    // section,key,metric,value rows

// ---- targets ------------------------------------------------------------------------------

// The month's target spread over what is left of it (the training material's cascade
// month -> week -> day). Selling days are the days of the month whose weekday is open;
// today counts as a remaining selling day when it is one.
struct Cascade {
    Minor month_target = 0;
    Minor done_before_today = 0;
    Minor left = 0;               // max(0, target - done before today)
    int selling_days_left = 0;    // today (if selling) .. the month's last day
    Minor today = 0;              // left / selling days left, rounded up; 0 on a closed day
    Minor this_week = 0;          // that daily share × the selling days left in this ISO week and month
};

// Throws Error(invalid_input) when `today` is not a day of `month` or target is negative.
// open_weekdays[0] is Monday .. [6] Sunday.
Cascade cascade(Minor month_target, Minor done_before_today, const std::string& month, const std::string& today,
                const std::array<bool, 7>& open_weekdays = {true, true, true, true, true, true, true});

}  // namespace pos::report
