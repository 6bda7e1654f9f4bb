#pragma once
// When and how special-order goods go, picked by touch only: delivery or pickup, a day on a
// calendar grid (this week and the next ones, past days greyed out) and a time window from fixed
// choices. The address is typed with the text keyboard by the caller. The state is the caller's.
#include <string>
#include <vector>

namespace pos::ui {

struct ScheduleChoice {
    bool delivery = true;
    std::string day;      // YYYY-MM-DD; empty = none chosen yet
    std::string window;   // one of time_windows()
    std::string address;  // a delivery's
};

// Calendar arithmetic on YYYY-MM-DD strings (valid dates only).
int weekday_of(const std::string& date);               // 0 = Monday
std::string add_days(const std::string& date, int days);

// The time windows offered ("09:00-12:00", ...).
const std::vector<std::string>& time_windows();

// Delivery / Pickup side by side in `width`; probed "delivery", "pickup".
void fulfilment_row(ScheduleChoice& s, float width);
// Weekday captions and `weeks` rows of seven days from the Monday of `today`'s week; days
// before `today` are greyed out. Each cell is probed "day/YYYY-MM-DD".
void day_grid(const std::string& today, std::string& day, int weeks, float width, float cell_h);
// The time windows as chips; probed "window/0".."window/N".
void window_chips(std::string& window);

}  // namespace pos::ui
