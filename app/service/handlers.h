#pragma once
// Private to the service: one handler per intent, split over files by area
// (session_handlers.cpp, cart_handlers.cpp, checkout_handlers.cpp, visit_handlers.cpp,
// after_sale_handlers.cpp, customer_handlers.cpp). Each handler validates first and mutates last, so a refused
// intent leaves the service unchanged.
#include "core/order/order.h"
#include "db/rows.h"
#include "db/sqlite.h"
#include "service/pos_service.h"

namespace pos::service {

struct Handlers {
    PosService& s;

    Outcome operator()(const intent::Login& i);
    Outcome operator()(const intent::Logout& i);
    Outcome operator()(const intent::SetLanguage& i);

    Outcome operator()(const intent::StartVisit& i);
    Outcome operator()(const intent::EnterStage& i);
    Outcome operator()(const intent::RecordSignal& i);
    Outcome operator()(const intent::RaiseObjection& i);
    Outcome operator()(const intent::ResolveObjection& i);
    Outcome operator()(const intent::UseTechnique& i);
    Outcome operator()(const intent::SetNeed& i);
    Outcome operator()(const intent::RecordQuote& i);
    Outcome operator()(const intent::ClosingAttempt& i);
    Outcome operator()(const intent::AddNote& i);
    Outcome operator()(const intent::EndVisitLost& i);
    Outcome operator()(const intent::EndVisitFollowUp& i);

    Outcome operator()(const intent::LinkVisit& i);
    Outcome operator()(const intent::LinkCustomer& i);
    Outcome operator()(const intent::Scan& i);
    Outcome operator()(const intent::AddItem& i);
    Outcome operator()(const intent::SetQty& i);
    Outcome operator()(const intent::RemoveLine& i);
    Outcome operator()(const intent::LineDiscount& i);
    Outcome operator()(const intent::OrderDiscount& i);
    Outcome operator()(const intent::PriceOverride& i);
    Outcome operator()(const intent::AddTender& i);
    Outcome operator()(const intent::RemoveTender& i);
    Outcome operator()(const intent::CompleteSale& i);
    Outcome operator()(const intent::VoidCart& i);
    Outcome operator()(const intent::HoldCart& i);
    Outcome operator()(const intent::RecallCart& i);

    Outcome operator()(const intent::Refund& i);
    Outcome operator()(const intent::Reprint& i);
    Outcome operator()(const intent::OpenDrawer& i);
    Outcome operator()(const intent::RetryPrint& i);
    Outcome operator()(const intent::SkipPrint& i);
    Outcome operator()(const intent::CloseDay& i);

    // admin_handlers.cpp
    Outcome operator()(const intent::AddStaff& i);
    Outcome operator()(const intent::SetStaffActive& i);
    Outcome operator()(const intent::ChangePin& i);
    Outcome operator()(const intent::ImportCatalog& i);
    Outcome operator()(const intent::ExportSummary& i);
    Outcome operator()(const intent::PrintSummary& i);
    Outcome operator()(const intent::PrintTest& i);
    // settings_handlers.cpp
    Outcome operator()(const intent::UpdateSettings& i);
    // target_handlers.cpp
    Outcome operator()(const intent::SetTarget& i);

    // order_handlers.cpp
    Outcome operator()(const intent::TakeOrder& i);
    Outcome operator()(const intent::PayOrder& i);
    Outcome operator()(const intent::MarkOrderReady& i);
    Outcome operator()(const intent::HandOverOrder& i);
    Outcome operator()(const intent::RescheduleOrder& i);
    Outcome operator()(const intent::CancelOrder& i);
    Outcome operator()(const intent::PrintDispatch& i);
    // customer_handlers.cpp
    Outcome operator()(const intent::SaveCustomer& i);
    Outcome operator()(const intent::MergeCustomers& i);
    Outcome operator()(const intent::LinkVisitCustomer& i);
    Outcome operator()(const intent::AddFollowUp& i);
    Outcome operator()(const intent::RecordFollowUp& i);
    Outcome operator()(const intent::ReassignFollowUp& i);

    // helpers shared by the files
    int line_id_at(int position) const;          // 1-based cart position -> line id
    std::optional<Approval> approval(const std::optional<intent::ManagerApproval>& a);
    std::string money(Minor v) const;
    Outcome cart_result(std::string message, event::CartChange what) const;
    Outcome change_order_state(std::int64_t order_no, void (Order::*rule)(), event::OrderChange what);
};

// What PosService::last_commit keeps of a sale or refund the store committed.
inline CommittedSale last_commit_of(const db::CommittedSale& c) {
    return {c.sale_id, c.receipt_no, c.journal_seq, c.print_job_id};
}

}  // namespace pos::service
