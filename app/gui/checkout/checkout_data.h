#pragma once
// What the checkout page reads from the database, and when: each part has its own trigger
// (dirty flag, changed query, changed receipt number, changed print job) so nothing is read
// per frame. make_checkout_view combines it with the service's in-memory state.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "db/rows.h"
#include "gui/device_runtime.h"
#include "service/pos_service.h"
#include "ui/checkout/checkout_view.h"

namespace pos::gui {

struct CheckoutData {
    bool catalog_dirty = true;   // categories and products
    bool after_intent = true;    // staff, customer, print job: re-read after an applied intent
    std::vector<std::string> categories;
    std::map<std::string, std::vector<db::ProductRow>> by_category;

    std::string search_query;    // what `search` answers
    std::vector<db::ProductRow> search;

    std::vector<ui::ManagerTile> managers;
    std::map<Id, std::string> staff_names;

    Id customer_id = 0;
    std::string customer_name;

    std::int64_t refund_receipt = 0;  // what `refund` holds; 0 = nothing
    ui::RefundSource refund;

    Id job_id = 0;                    // the last commit's receipt job
    std::optional<db::PrintJobRow> job;
    bool job_has_cash = false;        // the receipt carries the drawer pulse
    bool last_refund = false;         // the last commit is a refund
    std::string last_total;           // of the last commit, formatted
    std::string last_change;          // empty when no change was given
    std::optional<Id> failed_job_seen;
    std::chrono::steady_clock::time_point job_read{};
    bool drawer_opened = false;       // a no-sale opening since the last sale
    std::optional<bool> drawer_sensor;  // the printer's drawer switch, when it reports one

    // Reads what is due. `query` and `receipt` are what the UI asks for now.
    void refresh(service::PosService& pos, const DeviceSummary& devices, const ui::CheckoutUiState& ui);
};

// The view from the service state and the data read; `ui` chooses the category shown.
ui::CheckoutView make_checkout_view(const service::PosService& pos, const CheckoutData& data, const ui::CheckoutUiState& ui);

}  // namespace pos::gui
