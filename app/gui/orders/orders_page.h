#pragma once
// The special orders page for the app shell (tab "orders"): reads the open orders, the chosen
// order and a day's dispatch list through the service's read models only when something changed
// (an applied intent, another order or day chosen), builds the OrdersView, draws it, and keeps
// the UI state in step with what the service accepted or refused (a cancellation that needs a
// manager opens the approval dialog).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "gui/page.h"
#include "ui/orders/orders_view.h"

namespace pos::gui {

struct OrdersData {
    static constexpr int kOpenLimit = 200;  // open orders read at a time

    bool dirty = true;                    // re-read everything (after an applied intent)
    std::vector<service::OrderView> open;
    std::int64_t detail_no = 0;           // what `detail` holds
    std::optional<service::OrderView> detail;
    std::string dispatch_day;             // what `dispatch` lists
    std::vector<service::OrderView> dispatch;
    std::vector<ui::ManagerTile> managers;

    void refresh(const service::PosService& pos, const ui::OrdersUiState& ui);
};

ui::OrdersView make_orders_view(const service::PosService& pos, const OrdersData& data);

class OrdersPage final : public Page {
public:
    void frame(PageContext& ctx, intent::IntentSink& sink) override;
    void applied(const intent::Intent& applied, const service::Outcome& outcome) override;
    bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) override;

    // For tests and previews.
    ui::OrdersUiState& ui_state() noexcept { return ui_; }
    const ui::OrdersView& view() const noexcept { return view_; }

private:
    ui::OrdersUiState ui_;
    ui::OrdersView view_;
    OrdersData data_;
};

std::unique_ptr<Page> make_orders_page();

}  // namespace pos::gui
