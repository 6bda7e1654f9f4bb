// The cashier's answers to a failed print job: Retry resumes it from the byte where the
// printer stopped (the device worker picks it up again); Skip gives up on it.
#include "db/print_jobs.h"
#include "service/handlers.h"

namespace pos::service {
namespace {

db::PrintJobRow failed_job(db::Connection& conn, Id id) {
    auto job = db::get_print_job(conn, id);
    if (!job) throw Error(Errc::not_found, "no print job " + std::to_string(id));
    const auto state = parse_print_job_state(job->status);
    if (!state || !print_job_states[*state].retryable)
        throw Error(Errc::invalid_state, "print job " + std::to_string(id) + " is " + job->status);
    return *job;
}

}  // namespace

Outcome Handlers::operator()(const intent::RetryPrint& i) {
    s.require_user();
    const db::PrintJobRow job = failed_job(s.conn_, i.job_id);
    db::resume_print_job(s.conn_, job.id, s.now());  // keeps bytes_sent and the frozen bytes
    return {"print job " + std::to_string(job.id) + " queued again from byte " + std::to_string(job.bytes_sent), job.id, 0,
            {event::PrintRetried{job.id}}};
}

Outcome Handlers::operator()(const intent::SkipPrint& i) {
    s.require_user();
    const db::PrintJobRow job = failed_job(s.conn_, i.job_id);
    db::mark_print_skipped(s.conn_, job.id, i.reason.empty() ? "skipped by the cashier" : i.reason, s.now());
    return {"print job " + std::to_string(job.id) + " skipped", job.id, 0, {event::PrintSkipped{job.id}}};
}

}  // namespace pos::service
