#pragma once
// A real temporary store for the security tests: settings, one staff member of each role
// (Lan floor 1111, Wei cashier 1234, Olga manager 9999), two products, and sessions (a fresh
// connection + service, as after a restart) on a manual clock.
#include <cstdlib>
#include <memory>
#include <span>
#include <string>

#include "core/common/error.h"
#include "core/common/time.h"
#include "core/staff/pin.h"
#include "db/catalog.h"
#include "db/staff.h"
#include "service/pos_service.h"
#include "service/store.h"
#include "service/store_settings.h"
#include "support/temp_dir.h"

namespace security_test {

class Store {
public:
    explicit Store(pos::PinCost cost = pos::PinCost::minimum())
        : clock(*pos::parse_local_datetime("2026-11-20T10:00:00")), cost_(cost) {
        setenv("TZ", "UTC", 1);
        pos::service::Store opened = pos::service::create_store(path());
        pos::db::Connection& conn = opened.connection();
        pos::service::StoreSettings s;
        s.store_name = "Security Test";
        s.currency_code = "CNY";
        s.profile = "furniture";
        pos::service::save_settings(conn, s);
        pos::db::add_staff(conn, "Lan", "floor", pos::hash_pin("1111", cost), 0);
        pos::db::add_staff(conn, "Wei", "cashier", pos::hash_pin("1234", cost), 0);
        pos::db::add_staff(conn, "Olga", "manager", pos::hash_pin("9999", cost), 0);
        pos::db::ProductRow rows[2];
        rows[0].sku = "SOFA-1";
        rows[0].name = "Sofa";
        rows[0].price = 699900;
        rows[0].tax_rate_bp = 1300;
        rows[0].barcodes = {"06901234567892"};
        rows[1].sku = "LAMP-1";
        rows[1].name = "Lamp";
        rows[1].price = 45900;
        rows[1].tax_rate_bp = 1300;
        pos::db::upsert_products(conn, std::span<const pos::db::ProductRow>(rows, 2));
    }

    std::string path() const { return dir_.file("store.db"); }
    const pos::testsupport::TempDir& dir() const { return dir_; }

    // A fresh process: a new connection and a new service on the same file.
    struct Session {
        pos::service::Store store;
        pos::db::Connection& conn;
        pos::service::PosService pos;
        Session(const std::string& path, const pos::Clock& clock, pos::service::ServiceOptions o)
            : store(pos::service::open_store(path)), conn(store.connection()), pos(conn, clock, std::move(o)) {}
    };
    pos::service::ServiceOptions options() const {
        pos::service::ServiceOptions o;
        o.playbooks_dir = std::string(POS_ASSETS_DIR) + "/playbooks";
        o.pin_cost = cost_;
        return o;
    }
    std::unique_ptr<Session> open() const { return std::make_unique<Session>(path(), clock, options()); }
    std::unique_ptr<Session> open(pos::service::ServiceOptions o) const {
        return std::make_unique<Session>(path(), clock, std::move(o));
    }

    pos::ManualClock clock;

private:
    pos::testsupport::TempDir dir_{"pos-security"};
    pos::PinCost cost_;
};

// The error code an intent is refused with; fails the test if it is applied.
inline pos::Errc refusal(pos::service::PosService& pos, const pos::intent::Intent& i) {
    try {
        pos.apply(i);
    } catch (const pos::Error& e) {
        return e.code();
    }
    FAIL("the intent was not refused");
    return pos::Errc::io;
}

}  // namespace security_test
