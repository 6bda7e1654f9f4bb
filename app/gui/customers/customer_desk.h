#pragma once
// The customer picker / editor and the customer page as one reusable part of a page (the floor
// links a visit's customer, the checkout the cart's, My follow-ups opens a customer's page):
// it reads the search hits, the duplicate's file and the customer's history through the
// service's read models only when they changed, draws the open one over the page, and keeps
// itself in step with what the service did (a saved or linked customer closes the picker; a
// duplicate phone turns the form into the use / merge choice; an added follow-up closes its
// panel, a refused one is shown in it; a merge closes the picker on the kept file).
#include <string>

#include "service/pos_service.h"
#include "ui/customers/customer_views.h"

namespace pos::gui {

class CustomerDesk {
public:
    static constexpr int kSearchLimit = 30;

    bool open() const noexcept { return picker_.open || file_ != 0; }
    void open_picker(ui::CustomerLink link, Id visit = 0);
    void open_file(Id customer);

    // Draws the picker (or the customer page under it) into ui::screen_area().
    void frame(const service::PosService& pos, intent::IntentSink& sink);
    void applied(const service::Outcome& outcome);
    // True when the refusal was the picker's own (shown in it).
    bool refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message);

    // For tests and previews.
    ui::CustomerPickerState& picker() noexcept { return picker_; }
    const ui::CustomerPickerView& picker_view() const noexcept { return picker_view_; }
    Id file() const noexcept { return file_; }
    const ui::CustomerPageView& page_view() const noexcept { return page_view_; }
    ui::CustomerPageState& page_state() noexcept { return page_; }

private:
    void refresh(const service::PosService& pos);

    ui::CustomerPickerState picker_;
    ui::CustomerPickerView picker_view_;
    std::string searched_;      // the query picker_view_.results are for
    bool stale_ = true;         // re-read what is shown (after an applied intent)
    Id existing_read_ = 0;      // the duplicate holder picker_view_.existing holds
    Id file_ = 0;               // the customer page shows this customer; 0 = closed
    Id file_read_ = 0;
    ui::CustomerPageView page_view_;
    ui::CustomerPageState page_;
};

}  // namespace pos::gui
