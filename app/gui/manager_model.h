#pragma once
// The manager's day summary for the screen: which day is shown, and the summary read for it.
// The summary is read from the database only when the day, the language or the data change.
#include <string>

#include "service/pos_service.h"
#include "ui/manager_screen.h"

namespace pos::gui {

class ManagerModel {
public:
    // Re-reads the summary when the day offset or language changed or `dirty` is set.
    const ui::ManagerSummaryView& view(service::PosService& pos, const ui::ManagerUiState& ui);
    void mark_dirty() noexcept { dirty_ = true; }

private:
    ui::ManagerSummaryView view_;
    int offset_ = 1;  // never a valid offset: the first call reads
    Lang lang_ = Lang::en;
    bool dirty_ = true;
};

}  // namespace pos::gui
