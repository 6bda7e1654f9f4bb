#pragma once
// Print queue: receipts and reports waiting for (or done by) the printer, with progress so an
// interrupted job can be reported and retried.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/print/print_job_kind.h"
#include "db/rows.h"
#include "db/sqlite.h"

namespace pos::db {

// kind and status are stored by their names in core/print/print_job_kind.h (print_job_kinds,
// print_job_states). A job starts pending. Returns the job id.
Id enqueue_print_job(Connection& conn, Id sale_id, PrintJobKind kind,
                     const std::optional<std::vector<std::uint8_t>>& payload, Timestamp at);
// The same by the kind's name; Error(invalid_input) naming the known kinds for any other name
// (nothing stored).
Id enqueue_print_job(Connection& conn, Id sale_id, std::string_view kind,
                     const std::optional<std::vector<std::uint8_t>>& payload, Timestamp at);
std::optional<PrintJobRow> get_print_job(Connection& conn, Id id);
// The oldest pending job.
std::optional<PrintJobRow> next_pending_print_job(Connection& conn);
// Status transitions; each throws Error(not_found) for an unknown id.
void mark_print_printing(Connection& conn, Id id, Timestamp at);
void update_print_progress(Connection& conn, Id id, std::int64_t bytes_sent, Timestamp at);
void mark_print_done(Connection& conn, Id id, Timestamp at);
void mark_print_failed(Connection& conn, Id id, std::string_view error, Timestamp at);
void mark_print_skipped(Connection& conn, Id id, std::string_view reason, Timestamp at);
// Back to pending (retry), clearing progress and error.
void requeue_print_job(Connection& conn, Id id, Timestamp at);
// Freezes the rendered bytes on the job (first attempt), so a resume after a restart sends
// the rest of the SAME bytes. Throws Error(not_found) for an unknown id and
// Error(conflict) if the job already has a payload.
void set_print_payload(Connection& conn, Id id, const std::vector<std::uint8_t>& payload, Timestamp at);
// Back to pending for a retry that RESUMES: bytes_sent and payload are kept, error cleared.
// Throws Error(not_found) for an unknown id.
void resume_print_job(Connection& conn, Id id, Timestamp at);
// Jobs with the given status, oldest first. By name: Error(invalid_input) for an unknown one.
std::vector<PrintJobRow> list_print_jobs(Connection& conn, PrintJobState status);
std::vector<PrintJobRow> list_print_jobs(Connection& conn, std::string_view status);

}  // namespace pos::db
