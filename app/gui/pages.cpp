#include "gui/pages.h"

#include "gui/admin/manager_page.h"
#include "gui/checkout/checkout_page.h"
#include "gui/customers/follow_ups_page.h"
#include "gui/floor_page.h"
#include "gui/orders/orders_page.h"

namespace pos::gui {

Pages make_pages() {
    Pages pages;
    pages["floor"] = std::make_unique<FloorPage>();
    pages["terminal"] = make_checkout_page();
    pages["orders"] = make_orders_page();
    pages["follow_ups"] = make_follow_ups_page();
    pages["manager"] = make_manager_page();
    return pages;
}

}  // namespace pos::gui
