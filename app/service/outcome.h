#pragma once
// What applying an intent did, as typed values: an Outcome lists the domain events it caused
// (the cart changed, a sale was committed with its receipt number, a print job was queued, the
// drawer is to open, ...), and a Refusal says why nothing happened (code, whether a manager's
// approval would let it through, the readable detail). Pages and the device runtime react to
// these, never to the intent's type or to the English wording of a message.
#include <cstdint>
#include <string>
#include <variant>
#include <vector>

#include "core/common/error.h"
#include "core/common/types.h"
#include "core/common/lang.h"

namespace pos::service {

namespace event {

struct LoggedIn { Id staff = 0; };
struct LoggedOut {};
struct LanguageChanged { Lang lang = Lang::en; };

struct VisitStarted { Id visit = 0; };
struct VisitUpdated { Id visit = 0; };
struct VisitEnded { Id visit = 0; };

// The cart's lines changed; `what` says how, so a screen can keep its selection in step.
enum class CartChange { line_added, line_changed, line_removed, voided, held, recalled };
struct CartChanged { CartChange what = CartChange::line_changed; };
struct TendersChanged {};
struct VisitLinked { Id visit = 0; };
struct CustomerLinked { Id customer = 0; };

// The customer file and return visits. `created`: a new file (else an edit, or an existing
// customer used or merged into instead of a duplicate).
struct CustomerSaved { Id customer = 0; bool created = false; };
struct CustomersMerged { Id kept = 0; Id merged = 0; };
struct VisitCustomerLinked { Id visit = 0; Id customer = 0; };
struct FollowUpAdded { Id follow_up = 0; Id customer = 0; Id owner = 0; };  // customer 0: a visit without one
struct FollowUpRecorded { Id follow_up = 0; Id next = 0; };                 // next: the follow-up it created, or 0
struct FollowUpReassigned { Id follow_up = 0; Id owner = 0; };

struct SaleCommitted { Id sale = 0; std::int64_t receipt_no = 0; };
struct RefundCommitted { Id sale = 0; std::int64_t receipt_no = 0; std::int64_t original_receipt_no = 0; };
// A scanned code was a receipt's QR code, not a product: the cart is unchanged.
struct ReceiptScanned { std::int64_t receipt_no = 0; };

// A job is in the durable print queue (receipt, copy, gift receipt, Z report) or was released
// again (retry) or given up (skip); the printer worker should look at the queue.
struct PrintQueued { Id job = 0; };
struct PrintRetried { Id job = 0; };
struct PrintSkipped { Id job = 0; };
// A page the terminal lays out for its own printer: the day summary, or the printer test page.
enum class PageKind { day_summary, test_page, dispatch };
struct PagePrintRequested { PageKind page = PageKind::test_page; std::string day; };
struct DrawerRequested {};
struct DayClosed { std::string day; };

struct SummaryExported { std::string day; std::string path; };
enum class StaffChange { added, activated, deactivated, pin_changed };
struct StaffChanged { Id staff = 0; StaffChange what = StaffChange::added; std::string name; };
struct CatalogImported { std::size_t products = 0; };
struct SettingsSaved { bool needs_restart = false; };
struct TargetSet { Id staff = 0; std::string month; };

// Special orders: taken (with its deposit), a payment on it (paid_in_full: nothing is due any
// more), and later changes of state or schedule. Each payment also queues its receipt.
struct OrderTaken { Id order = 0; std::int64_t order_no = 0; };
struct OrderPaid { Id order = 0; std::int64_t order_no = 0; std::int64_t doc_no = 0; bool paid_in_full = false; };
enum class OrderChange { ready, handed_over, rescheduled, cancelled };
struct OrderChanged { Id order = 0; std::int64_t order_no = 0; OrderChange what = OrderChange::ready; };

}  // namespace event

using Event = std::variant<event::LoggedIn, event::LoggedOut, event::LanguageChanged, event::VisitStarted,
                           event::VisitUpdated, event::VisitEnded, event::CartChanged, event::TendersChanged,
                           event::VisitLinked, event::CustomerLinked, event::SaleCommitted, event::RefundCommitted,
                           event::ReceiptScanned, event::PrintQueued, event::PrintRetried, event::PrintSkipped,
                           event::PagePrintRequested, event::DrawerRequested, event::DayClosed, event::SummaryExported,
                           event::StaffChanged, event::CatalogImported, event::SettingsSaved, event::OrderTaken,
                           event::OrderPaid, event::OrderChanged, event::CustomerSaved, event::CustomersMerged,
                           event::VisitCustomerLinked, event::FollowUpAdded, event::FollowUpRecorded, event::FollowUpReassigned,
                           event::TargetSet>;

// What applying one intent did: a line for the script output and the UI's status line, the id
// of what it created (visit, sale, held cart, staff member, job), and its events in order.
struct Outcome {
    std::string message;
    Id id = 0;
    std::int64_t receipt_no = 0;  // for pay and refund
    std::vector<Event> events;

    // The first event of type E, or nullptr.
    template <class E>
    const E* find() const noexcept {
        for (const Event& e : events)
            if (const E* x = std::get_if<E>(&e)) return x;
        return nullptr;
    }
};

// Why an intent was refused; the service and the store are unchanged.
struct Refusal {
    Errc code = Errc::invalid_input;
    Cause cause = Cause::rule;
    std::string detail;   // the service's readable English detail (names, codes, amounts)
    std::string subject;  // what was refused when it is a value a person gave (the scanned code), or
                          // the stored thing in the way (duplicate_phone: the existing customer's id)

    bool needs_approval() const noexcept { return cause == Cause::needs_approval; }
};

// The subject is the one given (the scanned code), else the error's own (a customer id).
inline Refusal refusal_of(const Error& e, std::string subject = {}) {
    return Refusal{e.code(), e.cause(), e.what(), subject.empty() ? e.subject() : std::move(subject)};
}

}  // namespace pos::service
