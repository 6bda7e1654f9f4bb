#pragma once
// What a print job prints and where it stands: the names stored in print_jobs.kind and
// print_jobs.status (the SQL CHECKs are tested against these tables in
// tests/db/enum_checks_test.cpp). Pure data; the print queue, the job renderer and the
// service read the rules from here instead of comparing strings.
//
//   print_job_kinds.name_of(PrintJobKind::gift) == "gift"
//   print_job_kinds.parse("z_report") == PrintJobKind::z_report   (nullopt for an unknown name)
//   print_job_kinds[PrintJobKind::copy].from_sale                 (rendered from a stored sale)
//   print_job_states[PrintJobState::failed].retryable
#include <optional>
#include <string_view>

#include "core/common/enum_table.h"

namespace pos {

enum class PrintJobKind { receipt, copy, gift, z_report, test, order_receipt, dispatch };

struct PrintJobKindInfo {
    PrintJobKind value;
    std::string_view name;   // stored in print_jobs.kind; also the job's label prefix ("receipt-000042")
    const char* label_msgid;  // shown to staff (UI .po catalogs)
    bool from_sale;          // rendered from the stored sale (print_jobs.sale_id names it)
    bool marked_copy;        // the receipt is marked COPY
    bool gift;               // the gift receipt layout (no prices)
};

inline constexpr EnumTable<PrintJobKindInfo, 7> print_job_kinds{{{
    {PrintJobKind::receipt, "receipt", "Receipt", true, false, false},
    {PrintJobKind::copy, "copy", "Copy", true, true, false},
    {PrintJobKind::gift, "gift", "Gift receipt", true, false, true},
    {PrintJobKind::z_report, "z_report", "Z report", false, false, false},
    {PrintJobKind::test, "test", "Test page", false, false, false},
    {PrintJobKind::order_receipt, "order_receipt", "Order receipt", false, false, false},  // print_jobs.order_payment_id
    {PrintJobKind::dispatch, "dispatch", "Dispatch list", false, false, false},
}}};

enum class PrintJobState { pending, printing, done, failed, skipped };

struct PrintJobStateInfo {
    PrintJobState value;
    std::string_view name;   // stored in print_jobs.status
    const char* label_msgid;  // shown to staff (UI .po catalogs)
    bool waiting;            // the printer has yet to finish it (pending, printing)
    bool retryable;          // the cashier may retry or skip it (failed)
    bool finished;           // nothing more will happen to it (done, skipped)
};

inline constexpr EnumTable<PrintJobStateInfo, 5> print_job_states{{{
    {PrintJobState::pending, "pending", "Waiting", true, false, false},
    {PrintJobState::printing, "printing", "Printing", true, false, false},
    {PrintJobState::done, "done", "Printed", false, false, true},
    {PrintJobState::failed, "failed", "Failed", false, true, false},
    {PrintJobState::skipped, "skipped", "Skipped", false, false, true},
}}};

// A job is in exactly one of: waiting, retryable (failed), finished.
constexpr bool print_job_states_consistent() noexcept {
    for (const PrintJobStateInfo& s : print_job_states)
        if (int(s.waiting) + int(s.retryable) + int(s.finished) != 1) return false;
    return true;
}
static_assert(print_job_states_consistent());

constexpr std::string_view print_job_kind_name(PrintJobKind k) noexcept { return print_job_kinds.name_of(k); }
constexpr std::optional<PrintJobKind> parse_print_job_kind(std::string_view s) noexcept { return print_job_kinds.parse(s); }
constexpr std::string_view print_job_state_name(PrintJobState s) noexcept { return print_job_states.name_of(s); }
constexpr std::optional<PrintJobState> parse_print_job_state(std::string_view s) noexcept { return print_job_states.parse(s); }

}  // namespace pos
