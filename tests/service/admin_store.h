#pragma once
// A real temporary store for the manager's administration tests (service and screens): staff
// of every role, one product, a service on its own connection and a manual clock.
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/staff.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "support/temp_dir.h"

namespace pos::test {

class AdminStore {
public:
    AdminStore() : clock(*parse_local_datetime("2026-11-20T18:00:00")) {
        setenv("TZ", "UTC", 1);
        {
            service::Store opened = service::create_store(path());
            db::Connection& c = opened.connection();
            service::StoreSettings s;
            s.store_name = "Test";
            s.currency_code = "CNY";
            s.profile = "furniture";
            s.cash_float = 20000;
            service::save_settings(c, s);
            db::add_staff(c, "Lan", "floor", hash_pin("1111", PinCost::minimum()), 0);
            db::add_staff(c, "Wei", "cashier", hash_pin("1234", PinCost::minimum()), 0);
            db::add_staff(c, "Olga", "manager", hash_pin("9999", PinCost::minimum()), 0);
            db::ProductRow p;
            p.sku = "SOFA-1";
            p.name = "Sofa";
            p.price = 699900;
            p.tax_rate_bp = 1300;
            p.barcodes = {"06901234567892"};
            db::upsert_products(c, std::span<const db::ProductRow>(&p, 1));
        }
        store = std::make_unique<service::Store>(service::open_store(path()));
        conn = &store->connection();
        pos = std::make_unique<service::PosService>(*conn, clock, options());
    }
    static service::ServiceOptions options() {
        service::ServiceOptions o;
        o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
        o.pin_cost = PinCost::minimum();
        return o;
    }
    std::string path() const { return (dir.path() / "store.db").string(); }
    std::string file(const std::string& name) const { return (dir.path() / name).string(); }
    // A fresh service on the same file (a restart).
    std::unique_ptr<service::PosService> reopen() { return std::make_unique<service::PosService>(*conn, clock, options()); }

    testsupport::TempDir dir{"pos-admin"};
    ManualClock clock;
    std::unique_ptr<service::Store> store;
    db::Connection* conn = nullptr;  // the store's
    std::unique_ptr<service::PosService> pos;
};

}  // namespace pos::test
