#include "core/common/log.h"

#include <cstdio>
#include <mutex>
#include <utility>

namespace pos::log {

namespace {

std::mutex& log_mutex() {
    static std::mutex m;
    return m;
}

Sink& current_sink() {
    static Sink s;
    return s;
}

}  // namespace

const char* level_name(Level level) noexcept {
    switch (level) {
    case Level::info: return "info";
    case Level::warning: return "warning";
    case Level::error: return "error";
    }
    return "info";
}

Sink set_sink(Sink sink) {
    std::lock_guard lock(log_mutex());
    return std::exchange(current_sink(), std::move(sink));
}

void write(Level level, std::string_view line) {
    std::lock_guard lock(log_mutex());
    if (const Sink& s = current_sink()) {
        s(level, line);
        return;
    }
    std::fprintf(stderr, "showroom-pos: %s: %.*s\n", level_name(level), static_cast<int>(line.size()), line.data());
}

}  // namespace pos::log
