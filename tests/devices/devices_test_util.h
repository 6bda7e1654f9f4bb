#pragma once
// Helpers for the device layer tests: a migrated database file with one committed sale, a
// renderer that counts its calls, and an event log that waits for a matching event.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "db/migrations.h"
#include "db/sales.h"
#include "db/sqlite.h"
#include "db/staff.h"
#include "devices/device_events.h"
#include "devices/print_queue.h"
#include "printer/printer_test_util.h"

namespace devices_test {

using namespace std::chrono_literals;
using printer_test::Bytes;

inline pos::db::Connection open_db(const printer_test::TempDir& dir) {
    auto c = pos::db::Connection::open(dir.file("pos.db"), pos::db::OpenMode::create);
    pos::db::migrate(c);
    return c;
}

// A one-line cash sale; commit_sale also queues its receipt job (payload NULL).
inline pos::db::CommittedSale commit_one_sale(pos::db::Connection& c) {
    const pos::Id staff = pos::db::add_staff(c, "Minh", "cashier", "$argon2id$test", 1000);
    pos::db::SaleDraft d;
    d.staff_id = staff;
    d.cashier_id = staff;
    d.created_at = 1'763'900'000'000;
    d.day = "2025-11-23";
    d.currency = "VND";
    d.tax_mode = "inclusive";
    d.lines = {pos::db::SaleLineRow{0, 1, 0, "LAMP-9", "Lamp", 1, 200'000, 200'000, 0, 0, 1000, 18'182, 200'000, 0, 0}};
    d.subtotal = 200'000;
    d.tax_total = 18'182;
    d.total = 200'000;
    d.payments = {{"cash", 200'000, 200'000, ""}};
    d.taxes = {{1000, 181'818, 18'182}};
    return pos::db::commit_sale(c, d, std::nullopt);
}

// Renders "<KIND> sale <id>" followed by `size` bytes of text; counts calls.
struct CountingRenderer {
    std::size_t size = 10 * 1024;
    unsigned seed = 0;
    std::shared_ptr<std::atomic<int>> calls = std::make_shared<std::atomic<int>>(0);

    Bytes operator()(const pos::db::PrintJobRow& job) const {
        ++*calls;
        std::string head = job.kind + " sale " + std::to_string(job.sale_id) + "\n";
        Bytes out(head.begin(), head.end());
        const Bytes body = printer_test::job_bytes(size, seed);
        out.insert(out.end(), body.begin(), body.end());
        return out;
    }
};

// Collects events from a DeviceEvents queue and waits for one of a given kind.
class EventLog {
public:
    explicit EventLog(pos::devices::DeviceEvents& q) : q_(q) {}

    template <class T>
    T wait_for(std::function<bool(const T&)> pred = {}, std::chrono::milliseconds timeout = 10s) {
        const auto end = std::chrono::steady_clock::now() + timeout;
        for (std::size_t i = 0;; ++i) {
            while (i >= seen_.size()) {
                const auto left = end - std::chrono::steady_clock::now();
                if (left <= std::chrono::steady_clock::duration::zero()) {
                    FAIL("timed out waiting for an event");
                    return T{};
                }
                auto ev = q_.wait_pop(std::chrono::duration_cast<std::chrono::milliseconds>(left));
                if (ev) seen_.push_back(std::move(*ev));
            }
            if (i < consumed_) continue;
            if (const T* t = std::get_if<T>(&seen_[i])) {
                if (!pred || pred(*t)) {
                    consumed_ = i + 1;
                    return *t;
                }
            }
        }
    }

    // Every StatusChanged name seen so far (after draining what is queued).
    std::vector<std::string> status_names() {
        for (auto& e : q_.drain()) seen_.push_back(std::move(e));
        std::vector<std::string> out;
        for (const auto& e : seen_)
            if (const auto* s = std::get_if<pos::devices::StatusChanged>(&e)) out.push_back(s->name);
        return out;
    }
    template <class T>
    int count() {
        for (auto& e : q_.drain()) seen_.push_back(std::move(e));
        int n = 0;
        for (const auto& e : seen_) n += std::holds_alternative<T>(e) ? 1 : 0;
        return n;
    }

private:
    pos::devices::DeviceEvents& q_;
    std::vector<pos::devices::DeviceEvent> seen_;
    std::size_t consumed_ = 0;
};

}  // namespace devices_test
