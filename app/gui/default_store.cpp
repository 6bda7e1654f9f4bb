#include "gui/default_store.h"

#include <cstdio>
#include <filesystem>

#include "service/demo_data.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::gui {

bool ensure_demo_store(const std::string& path) {
    namespace fs = std::filesystem;
    if (fs::exists(path)) return false;
    fs::create_directories(fs::path(path).parent_path());
    const std::string tmp = path + ".creating";
    fs::remove(tmp);
    {
        service::Store store = service::create_store(tmp);
        service::StoreSettings s;
        s.store_name = "Lotus Home Showroom";
        s.currency_code = "CNY";
        s.profile = "furniture";
        s.lang = Lang::en;
        s.receipt_header = "Lotus Home · 莲花家居";
        s.receipt_footer = "Thank you · 谢谢 · Спасибо · Cảm ơn";
        service::save_settings(store, s);
        service::DemoOptions o;
        o.days = 30;
        o.seed = 1;
        o.close_last_day = false;
        std::fprintf(stderr, "showroom-pos: creating the demo database %s (30 days of history)...\n", path.c_str());
        service::generate_demo_data(store, o);
    }
    // The store is closed (WAL checkpointed). Only a complete demo store takes the real
    // name, so an interrupted first run starts over instead of opening half a history.
    fs::rename(tmp, path);
    return true;
}

}  // namespace pos::gui
