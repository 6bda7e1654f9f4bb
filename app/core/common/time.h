#pragma once
// Time helpers. Instants are pos::Timestamp (ms since the epoch, UTC); the business day and
// the hour shown to people are in the terminal's local time zone (the TZ environment).
#include <optional>
#include <string>
#include <string_view>

#include "core/common/types.h"

namespace pos {

// A clock the service reads; scripts and tests set it, the app uses the system time.
class Clock {
public:
    virtual ~Clock() = default;
    virtual Timestamp now() const = 0;
};

class SystemClock final : public Clock {
public:
    Timestamp now() const override;
};

class ManualClock final : public Clock {
public:
    explicit ManualClock(Timestamp t = 0) : t_(t) {}
    Timestamp now() const override { return t_; }
    void set(Timestamp t) noexcept { t_ = t; }
    void advance(Timestamp ms) noexcept { t_ += ms; }

private:
    Timestamp t_;
};

// "YYYY-MM-DD" of the local day containing t.
std::string local_day(Timestamp t);
// Local hour 0..23 of t.
int local_hour(Timestamp t);
// "YYYY-MM-DD HH:MM" local.
std::string local_datetime(Timestamp t);
// Parses local "YYYY-MM-DDTHH:MM:SS" (or with a space instead of 'T'); nullopt when malformed.
std::optional<Timestamp> parse_local_datetime(std::string_view text);
// True for a valid calendar date "YYYY-MM-DD".
bool is_valid_date(std::string_view text) noexcept;
// Local midnight at the start of the day and of the next day, for range queries.
std::optional<Timestamp> local_day_start(std::string_view day);

}  // namespace pos
