#include "checkout_store.h"

#include <cstdlib>
#include <span>
#include <vector>

#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/staff.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::test {
namespace {

db::ProductRow product(const char* sku, const char* name, Minor price, const char* category, std::vector<std::string> barcodes = {}) {
    db::ProductRow p;
    p.sku = sku;
    p.name = name;
    p.price = price;
    p.tax_rate_bp = 1300;
    p.category = category;
    p.barcodes = std::move(barcodes);
    return p;
}

}  // namespace

service::ServiceOptions checkout_service_options() {
    service::ServiceOptions o;
    o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
    o.pin_cost = PinCost::minimum();
    return o;
}

std::string make_checkout_store(const std::filesystem::path& dir) {
    setenv("TZ", "UTC", 1);
    const std::string path = (dir / "store.db").string();
    service::Store opened = service::create_store(path);
    db::Connection& conn = opened.connection();
    service::StoreSettings s;
    s.store_name = "Test";
    s.currency_code = "CNY";
    s.profile = "furniture";
    service::save_settings(conn, s);
    db::add_staff(conn, "Lan", "floor", hash_pin("1111", PinCost::minimum()), 0);
    db::add_staff(conn, "Wei", "cashier", hash_pin("1234", PinCost::minimum()), 0);
    db::add_staff(conn, "Anna", "cashier", hash_pin("5555", PinCost::minimum()), 0);
    db::add_staff(conn, "Olga", "manager", hash_pin("9999", PinCost::minimum()), 0);
    const std::vector<db::ProductRow> rows{product("SOFA-1", "Sofa Milano", 699900, "Sofas", {"06901234567892"}),
                                           product("LAMP-1", "Floor lamp", 49900, "Lighting"),
                                           product("TABLE-1", "Oak table", 299950, "Tables")};
    db::upsert_products(conn, std::span<const db::ProductRow>(rows));
    return path;
}

}  // namespace pos::test
