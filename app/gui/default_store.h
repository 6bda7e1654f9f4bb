#pragma once
// The embedded default: a local demo store created on first run with 30 days of history.
#include <string>

namespace pos::gui {

// Creates the demo database at `path` when it does not exist yet (directories included).
// Returns true when it was created now.
bool ensure_demo_store(const std::string& path);

}  // namespace pos::gui
