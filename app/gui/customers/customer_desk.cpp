#include "gui/customers/customer_desk.h"

#include <charconv>

#include "gui/customers/customer_model.h"
#include "ui/screen.h"
#include "ui/ui_env.h"

namespace pos::gui {

void CustomerDesk::open_picker(ui::CustomerLink link, Id visit) {
    ui::open_customer_picker(picker_, link, visit);
    searched_.clear();
    picker_view_ = {};
}

void CustomerDesk::open_file(Id customer) {
    if (customer != file_) page_ = ui::CustomerPageState{};
    file_ = customer;
    file_read_ = 0;
}

void CustomerDesk::refresh(const service::PosService& pos) {
    if (picker_.open && (stale_ || picker_.query != searched_)) {
        picker_view_.results = picker_.query.empty() ? std::vector<ui::CustomerRow>{}
                                                     : customer_rows(pos.find_customers(picker_.query, kSearchLimit));
        searched_ = picker_.query;
    }
    if (picker_.open && picker_.mode == ui::PickerMode::duplicate && (stale_ || existing_read_ != picker_.duplicate_of)) {
        picker_view_.existing.reset();
        if (auto c = pos.customer(picker_.duplicate_of)) picker_view_.existing = customer_row(*c);
        existing_read_ = picker_.duplicate_of;
    }
    if (picker_.open && picker_.mode == ui::PickerMode::merge) {
        // Read when the confirmation opens (or after an applied intent), not per frame.
        const bool keep_read = picker_view_.keep && picker_view_.keep->id == picker_.keep;
        const bool other_read = picker_view_.other && picker_view_.other->id == picker_.merge_other;
        if (stale_ || !keep_read || !other_read) {
            picker_view_.keep.reset();
            picker_view_.other.reset();
            if (auto c = pos.customer(picker_.keep)) picker_view_.keep = customer_row(*c);
            if (auto c = pos.customer(picker_.merge_other)) picker_view_.other = customer_row(*c);
        }
    }
    if (file_ != 0 && (stale_ || file_read_ != file_)) {
        if (auto h = pos.customer_history(file_)) {
            page_view_ = make_customer_page(pos, *h);
            file_ = h->customer.id;  // a merged customer's id leads to the one it was merged into
        } else {
            file_ = 0;
        }
        file_read_ = file_;
    }
    stale_ = false;
}

void CustomerDesk::frame(const service::PosService& pos, intent::IntentSink& sink) {
    if (picker_.show_file != 0) {
        open_file(picker_.show_file);
        picker_ = ui::CustomerPickerState{};
    }
    refresh(pos);
    if (!open()) return;
    ui::FontScope body(ui::body_font());
    ui::begin_screen("customers");
    if (picker_.open) {
        ui::draw_customer_picker(picker_view_, picker_, sink);
    } else {
        switch (ui::draw_customer_page(page_view_, page_, sink)) {
        case ui::CustomerPageAction::none: break;
        case ui::CustomerPageAction::back: open_file(0); break;
        case ui::CustomerPageAction::edit: ui::open_customer_editor(picker_, page_view_.id, page_view_.file); break;
        case ui::CustomerPageAction::merge:
            ui::open_customer_merger(picker_, page_view_.id);
            searched_.clear();
            picker_view_ = {};
            break;
        }
    }
    ui::end_screen();
}

void CustomerDesk::applied(const service::Outcome& outcome) {
    namespace ev = service::event;
    stale_ = true;
    if (const auto* merged = outcome.find<ev::CustomersMerged>(); merged && file_ == merged->merged) file_ = merged->kept;
    if (page_.follow_up.awaiting && outcome.find<ev::FollowUpAdded>()) page_.follow_up = ui::FollowUpDraft{};
    if (!picker_.open || !picker_.awaiting) return;
    if (outcome.find<ev::CustomerSaved>() || outcome.find<ev::CustomerLinked>() || outcome.find<ev::VisitCustomerLinked>() ||
        outcome.find<ev::CustomersMerged>())
        picker_ = ui::CustomerPickerState{};
}

bool CustomerDesk::refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
    if (page_.follow_up.awaiting && std::holds_alternative<intent::AddFollowUp>(refused)) {
        page_.follow_up.awaiting = false;
        page_.follow_up.error = message;
        return true;
    }
    if (!picker_.open || !picker_.awaiting || !picker_.pending || picker_.pending->index() != refused.index()) return false;
    picker_.awaiting = false;
    Id holder = 0;
    const std::string& s = refusal.subject;
    const bool has_holder = std::from_chars(s.data(), s.data() + s.size(), holder).ec == std::errc{} && holder != 0;
    if (refusal.cause == Cause::duplicate_phone && picker_.mode == ui::PickerMode::form && picker_.editing == 0 && has_holder) {
        picker_.mode = ui::PickerMode::duplicate;
        picker_.duplicate_of = holder;
        picker_.error.clear();
    } else {
        picker_.error = message;
    }
    return true;
}

}  // namespace pos::gui
