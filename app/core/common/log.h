#pragma once
// pos::log: one line per thing worth knowing later (device events, start-up warnings). Lines go
// to stderr ("showroom-pos: warning: ...") unless a sink is installed (tests, a log file).
// Thread-safe: device threads and the UI thread may write at the same time; a sink is called
// under the log's lock, one line at a time, so it must not write to the log itself.
#include <functional>
#include <string_view>

namespace pos::log {

enum class Level { info, warning, error };
const char* level_name(Level level) noexcept;  // "info", "warning", "error"

using Sink = std::function<void(Level, std::string_view line)>;

// Installs a sink and returns the previous one; an empty sink restores stderr.
Sink set_sink(Sink sink);

void write(Level level, std::string_view line);
inline void info(std::string_view line) { write(Level::info, line); }
inline void warning(std::string_view line) { write(Level::warning, line); }
inline void error(std::string_view line) { write(Level::error, line); }

}  // namespace pos::log
