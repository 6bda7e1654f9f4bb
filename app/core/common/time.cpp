#include "core/common/time.h"

#include <chrono>
#include <cstdio>
#include <ctime>

namespace pos {
namespace {

std::tm to_local(Timestamp t) {
    const std::time_t secs = static_cast<std::time_t>(t / 1000 - (t % 1000 < 0 ? 1 : 0));
    std::tm tm{};
    localtime_r(&secs, &tm);
    return tm;
}

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

bool parse_date(std::string_view s, int& y, int& m, int& d) {
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
    if (!digits(s, 0, 4, y) || !digits(s, 5, 2, m) || !digits(s, 8, 2, d)) return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1970 || m < 1 || m > 12 || d < 1) return false;
    const int max_d = days[m - 1] + (m == 2 && leap(y) ? 1 : 0);
    return d <= max_d;
}

std::optional<Timestamp> make_local(int y, int mo, int d, int h, int mi, int s) {
    std::tm tm{};
    tm.tm_year = y - 1900;
    tm.tm_mon = mo - 1;
    tm.tm_mday = d;
    tm.tm_hour = h;
    tm.tm_min = mi;
    tm.tm_sec = s;
    tm.tm_isdst = -1;
    const std::time_t t = mktime(&tm);
    if (t == static_cast<std::time_t>(-1)) return std::nullopt;
    return static_cast<Timestamp>(t) * 1000;
}

}  // namespace

Timestamp SystemClock::now() const {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

std::string local_day(Timestamp t) {
    const std::tm tm = to_local(t);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    return buf;
}

int local_hour(Timestamp t) { return to_local(t).tm_hour; }

std::string local_datetime(Timestamp t) {
    const std::tm tm = to_local(t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d %02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min);
    return buf;
}

bool is_valid_date(std::string_view text) noexcept {
    int y, m, d;
    return text.size() == 10 && parse_date(text, y, m, d);
}

std::optional<Timestamp> parse_local_datetime(std::string_view s) {
    int y, mo, d, h, mi, sec;
    if (s.size() != 19 || !parse_date(s.substr(0, 10), y, mo, d)) return std::nullopt;
    if ((s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':') return std::nullopt;
    if (!digits(s, 11, 2, h) || !digits(s, 14, 2, mi) || !digits(s, 17, 2, sec)) return std::nullopt;
    if (h > 23 || mi > 59 || sec > 59) return std::nullopt;
    return make_local(y, mo, d, h, mi, sec);
}

std::optional<Timestamp> local_day_start(std::string_view day) {
    int y, m, d;
    if (day.size() != 10 || !parse_date(day, y, m, d)) return std::nullopt;
    return make_local(y, m, d, 0, 0, 0);
}

}  // namespace pos
