#pragma once
// What the checkout page reads from the store through the service's read models, and when:
// each part has its own trigger (dirty flag, changed category or query, changed receipt number,
// changed print job) so nothing is read per frame. The catalog is read a page at a time: the
// categories and the shown category's first page, the next one when the UI asks for it ("More"),
// never every product.
// make_checkout_view combines it with the service's in-memory state.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "gui/device_runtime.h"
#include "service/pos_service.h"
#include "ui/checkout/checkout_view.h"

namespace pos::gui {

struct CheckoutData {
    static constexpr int kPageSize = 60;  // product tiles read at a time

    bool catalog_dirty = true;   // categories and the shown page
    bool after_intent = true;    // staff, customer, print job: re-read after an applied intent
    std::vector<std::string> categories;  // as shown: "" (products without one) is "Other"
    std::map<std::string, std::string> category_keys;  // shown name -> the service's category

    std::string products_category;        // the shown name whose products are read
    std::vector<ProductInfo> products;    // its first pages, in id order
    int products_pages = 0;               // pages read into `products`
    bool products_more = false;           // more products follow in that category

    std::string search_query;    // what `search` answers
    std::vector<ProductInfo> search;

    std::vector<ui::ManagerTile> managers;
    std::map<Id, std::string> staff_names;

    Id customer_id = 0;
    std::string customer_name;

    std::int64_t refund_receipt = 0;  // what `refund` holds; 0 = nothing
    ui::RefundSource refund;

    Id job_id = 0;                    // the last commit's receipt job
    std::optional<service::PrintJobState> job;
    bool job_has_cash = false;        // the receipt carries the drawer pulse
    bool last_refund = false;         // the last commit is a refund
    std::string last_total;           // of the last commit, formatted
    std::string last_change;          // empty when no change was given
    std::optional<Id> failed_job_seen;
    std::chrono::steady_clock::time_point job_read{};
    bool drawer_opened = false;       // a no-sale opening since the last sale
    std::optional<bool> drawer_sensor;  // the printer's drawer switch, when it reports one

    // Reads what is due. `ui` says what the UI asks for now (category, query, receipt).
    void refresh(const service::PosService& pos, const DeviceSummary& devices, const ui::CheckoutUiState& ui);
    // The category the catalog browser shows: the UI's choice, or the first one (as draw_catalog picks).
    std::string shown_category(const ui::CheckoutUiState& ui) const;
};

// The view from the service state and the data read; `ui` chooses the category shown.
ui::CheckoutView make_checkout_view(const service::PosService& pos, const CheckoutData& data, const ui::CheckoutUiState& ui);

}  // namespace pos::gui
