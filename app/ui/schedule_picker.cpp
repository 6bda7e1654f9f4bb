#include "ui/schedule_picker.h"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>

#include "ui/chip_flow.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

struct Civil {
    int y = 1970;
    unsigned m = 1;
    unsigned d = 1;
};

Civil parse(const std::string& date) {
    Civil c;
    std::sscanf(date.c_str(), "%d-%u-%u", &c.y, &c.m, &c.d);
    return c;
}

// Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's days_from_civil).
long days_from_civil(Civil c) {
    const int y = c.y - (c.m <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned mp = c.m > 2 ? c.m - 3 : c.m + 9;  // March = 0
    const unsigned doy = (153 * mp + 2) / 5 + c.d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<long>(doe) - 719468;
}

Civil civil_from_days(long z) {
    z += 719468;
    const long era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long y = static_cast<long>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return Civil{static_cast<int>(y + (m <= 2 ? 1 : 0)), m, d};
}

std::string format(Civil c) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", c.y, c.m, c.d);
    return buf;
}

}  // namespace

int weekday_of(const std::string& date) {
    const long days = days_from_civil(parse(date));  // 1970-01-01 was a Thursday (3)
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

std::string add_days(const std::string& date, int days) { return format(civil_from_days(days_from_civil(parse(date)) + days)); }

const std::vector<std::string>& time_windows() {
    static const std::vector<std::string> windows{"09:00-12:00", "12:00-15:00", "15:00-18:00", "18:00-21:00"};
    return windows;
}

void fulfilment_row(ScheduleChoice& s, float width) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float w = std::floor((width - gap) * 0.5f);
    const float h = px(56.0f);
    if (touch_button((std::string(tr("Delivery")) + "###delivery").c_str(), {w, h}, s.delivery ? ButtonKind::selected : ButtonKind::normal))
        s.delivery = true;
    ImGui::SameLine();
    if (touch_button((std::string(tr("Pickup")) + "###pickup").c_str(), {w, h}, s.delivery ? ButtonKind::normal : ButtonKind::selected))
        s.delivery = false;
}

void day_grid(const std::string& today, std::string& day, int weeks, float width, float cell_h) {
    const std::array<const char*, 7> names{tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float cell_w = std::floor((width - 6.0f * gap) / 7.0f);
    const float x0 = ImGui::GetCursorPosX();
    for (int i = 0; i < 7; ++i) {
        if (i != 0) ImGui::SameLine(x0 + static_cast<float>(i) * (cell_w + gap));
        ImGui::TextColored(palette::text_dim, "%s", names[static_cast<std::size_t>(i)]);
    }
    ProbeScope probe("day");
    const std::string monday = add_days(today, -weekday_of(today));
    for (int n = 0; n < weeks * 7; ++n) {
        const std::string date = add_days(monday, n);
        const Civil c = parse(date);
        // The first of a month (and the first cell) say which month it is.
        char label[32];
        if (c.d == 1 || n == 0) std::snprintf(label, sizeof label, "%u-%02u", c.m, c.d);
        else std::snprintf(label, sizeof label, "%u", c.d);
        if (n % 7 != 0) ImGui::SameLine(x0 + static_cast<float>(n % 7) * (cell_w + gap));
        const bool past = date < today;
        const ButtonKind kind = date == day ? ButtonKind::selected : ButtonKind::normal;
        if (touch_button((std::string(label) + "###" + date).c_str(), {cell_w, cell_h}, kind, !past)) day = date;
    }
}

void window_chips(std::string& window) {
    ProbeScope probe("window");
    ChipFlow flow(px(52.0f));
    int n = 0;
    for (const std::string& w : time_windows())
        if (flow.chip(w + "###" + std::to_string(n++), window == w ? ButtonKind::selected : ButtonKind::normal)) window = w;
}

}  // namespace pos::ui
