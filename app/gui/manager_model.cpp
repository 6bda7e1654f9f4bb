#include "gui/manager_model.h"

#include "core/common/time.h"

namespace pos::gui {

const ui::ManagerSummaryView& ManagerModel::view(service::PosService& pos, const ui::ManagerUiState& ui) {
    if (dirty_ || ui.day_offset != offset_ || pos.lang() != lang_) {
        const std::string day = local_day(pos.now() + static_cast<Timestamp>(ui.day_offset) * 86'400'000);
        view_ = ui::make_manager_summary_view(pos.day_summary(day), pos.lang());
        offset_ = ui.day_offset;
        lang_ = pos.lang();
        dirty_ = false;
    }
    return view_;
}

}  // namespace pos::gui
