#pragma once
// Private to the service: one handler per intent, split over files by area
// (session_handlers.cpp, cart_handlers.cpp, checkout_handlers.cpp, visit_handlers.cpp,
// after_sale_handlers.cpp). Each handler validates first and mutates last, so a refused
// intent leaves the service unchanged.
#include "service/pos_service.h"

namespace pos::service {

struct Handlers {
    PosService& s;

    Result operator()(const intent::Login& i);
    Result operator()(const intent::Logout& i);
    Result operator()(const intent::SetLanguage& i);

    Result operator()(const intent::StartVisit& i);
    Result operator()(const intent::EnterStage& i);
    Result operator()(const intent::RecordSignal& i);
    Result operator()(const intent::RaiseObjection& i);
    Result operator()(const intent::ResolveObjection& i);
    Result operator()(const intent::UseTechnique& i);
    Result operator()(const intent::SetNeed& i);
    Result operator()(const intent::RecordQuote& i);
    Result operator()(const intent::ClosingAttempt& i);
    Result operator()(const intent::AddNote& i);
    Result operator()(const intent::EndVisitLost& i);
    Result operator()(const intent::EndVisitFollowUp& i);

    Result operator()(const intent::LinkVisit& i);
    Result operator()(const intent::LinkCustomer& i);
    Result operator()(const intent::Scan& i);
    Result operator()(const intent::AddItem& i);
    Result operator()(const intent::SetQty& i);
    Result operator()(const intent::RemoveLine& i);
    Result operator()(const intent::LineDiscount& i);
    Result operator()(const intent::OrderDiscount& i);
    Result operator()(const intent::PriceOverride& i);
    Result operator()(const intent::AddTender& i);
    Result operator()(const intent::RemoveTender& i);
    Result operator()(const intent::CompleteSale& i);
    Result operator()(const intent::VoidCart& i);
    Result operator()(const intent::HoldCart& i);
    Result operator()(const intent::RecallCart& i);

    Result operator()(const intent::Refund& i);
    Result operator()(const intent::Reprint& i);
    Result operator()(const intent::OpenDrawer& i);
    Result operator()(const intent::RetryPrint& i);
    Result operator()(const intent::SkipPrint& i);
    Result operator()(const intent::CloseDay& i);

    // admin_handlers.cpp
    Result operator()(const intent::AddStaff& i);
    Result operator()(const intent::SetStaffActive& i);
    Result operator()(const intent::ChangePin& i);
    Result operator()(const intent::ImportCatalog& i);
    Result operator()(const intent::ExportSummary& i);
    Result operator()(const intent::PrintSummary& i);
    Result operator()(const intent::PrintTest& i);
    // settings_handlers.cpp
    Result operator()(const intent::UpdateSettings& i);

    // helpers shared by the files
    int line_id_at(int position) const;          // 1-based cart position -> line id
    std::optional<Approval> approval(const std::optional<intent::ManagerApproval>& a);
    std::string money(Minor v) const;
    Result cart_result(std::string message) const;
};

}  // namespace pos::service
