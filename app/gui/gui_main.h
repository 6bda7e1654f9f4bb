#pragma once
// The touchscreen app: `showroom-pos [--db FILE] [--lang CODE] [--kiosk] [--scale F] [--size WxH]`.
#include <string>
#include <vector>

namespace pos::gui {

// Runs the app until the window closes. Without --db it opens (and on first run creates)
// the embedded demo database. Returns the process exit status.
int run(const std::vector<std::string>& args);

// ~/.local/share/showroom-pos/demo.db (XDG_DATA_HOME respected).
std::string default_db_path();

}  // namespace pos::gui
