#pragma once
// View-model builders of the manager's pages (PosService and db/ -> view structs). They read
// the database, so the page calls them only when something changed, never every frame.
#include <string>
#include <vector>

#include "gui/device_runtime.h"
#include "service/pos_service.h"
#include "ui/admin/admin_views.h"

namespace pos::gui::admin {

// The notes and coins counted at the day close, largest first (minor units).
std::vector<Minor> cash_count_denominations(const std::string& currency_code);

// Folders next to the database: catalog files to import, and summary exports.
std::string import_folder(service::PosService& pos);
std::string export_folder(service::PosService& pos);

ui::admin::CloseDayView close_day_view(service::PosService& pos, const std::string& day);
ui::admin::StaffView staff_view(service::PosService& pos);
// Lists the *.csv files of the import folder (creating the folder if missing).
ui::admin::CatalogView catalog_view(service::PosService& pos);
ui::admin::SettingsView settings_view(service::PosService& pos);
// The period from..to with the salespeople's progress on the targets of the month of `to`.
ui::admin::PeriodsView periods_view(service::PosService& pos, const std::string& from, const std::string& to);
ui::admin::DevicesView devices_view(service::PosService& pos, const DeviceSummary& devices);

}  // namespace pos::gui::admin
