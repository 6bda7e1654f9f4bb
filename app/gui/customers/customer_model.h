#pragma once
// The customer screens' views from the service's read models, in the session language: search
// hits as picker rows, the customer page (the file and its history, with the playbook's codes
// named), and a be-back's "last time" lines for the floor.
#include <string>
#include <vector>

#include "service/pos_service.h"
#include "ui/customers/customer_views.h"

namespace pos::gui {

ui::CustomerRow customer_row(const CustomerFile& c, std::string detail = {});
std::vector<ui::CustomerRow> customer_rows(const std::vector<service::CustomerMatch>& matches);
intent::CustomerFields fields_of(const CustomerFile& c);
ui::CustomerPageView make_customer_page(const service::PosService& pos, const service::CustomerHistory& h);
// "Last time" for the floor's be-back panel; empty when the customer has no earlier visit.
std::vector<std::string> last_time_lines(const service::PosService& pos, const service::LastTime& last);
// "sold", "lost", "follow_up" in the session language.
std::string outcome_label(const std::string& outcome);

}  // namespace pos::gui
