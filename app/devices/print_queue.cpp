// Durable print worker: render once, freeze, send resumably, persist progress.
#include "devices/print_queue.h"

#include <chrono>
#include <cstdio>

#include "db/print_jobs.h"
#include "devices/status_monitor.h"

namespace pos::devices {

using printer::PortError;
using printer::PrintFault;

Timestamp system_now_ms() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string job_label(const db::PrintJobRow& job) {
    char num[32];
    std::snprintf(num, sizeof num, "%06lld", static_cast<long long>(job.id));
    return job.kind + "-" + num;
}

PrintQueue::PrintQueue(db::Connection& conn, Renderer renderer, DeviceEvents& events, Clock now)
    : conn_(conn), renderer_(std::move(renderer)), events_(events), now_(std::move(now)) {
    recover_interrupted();
}

void PrintQueue::set_status_monitor(StatusMonitor* monitor) {
    std::lock_guard lock(step_mutex_);
    monitor_ = monitor;
}

void PrintQueue::recover_interrupted() {
    std::vector<JobFailed> failed;
    {
        std::lock_guard lock(db_mutex_);
        for (const db::PrintJobRow& j : db::list_print_jobs(conn_, "printing")) {
            const std::string error = "print interrupted at byte " + std::to_string(j.bytes_sent);
            db::mark_print_failed(conn_, j.id, error, now_());
            failed.push_back(JobFailed{j.id, error, static_cast<std::size_t>(j.bytes_sent), {}});
        }
    }
    for (auto& f : failed) events_.push(std::move(f));
}

StepOutcome PrintQueue::fail(const db::PrintJobRow& job, const std::string& error, std::size_t offset, std::string detail) {
    {
        std::lock_guard lock(db_mutex_);
        db::mark_print_failed(conn_, job.id, error, now_());
    }
    events_.push(JobFailed{job.id, error, offset, std::move(detail)});
    return StepOutcome::failed;
}

StepOutcome PrintQueue::step(printer::PrinterPort& port) {
    std::lock_guard step_lock(step_mutex_);
    db::PrintJobRow job;
    std::vector<std::uint8_t> bytes;
    std::optional<std::string> render_error;
    {
        std::lock_guard lock(db_mutex_);
        auto next = db::next_pending_print_job(conn_);
        if (!next) return StepOutcome::idle;
        job = std::move(*next);
        if (job.payload) {
            bytes = *job.payload;
        } else {
            try {
                bytes = renderer_(job);
            } catch (const std::exception& e) {
                render_error = std::string("cannot render the receipt: ") + e.what();
            }
            if (!render_error) db::set_print_payload(conn_, job.id, bytes, now_());  // frozen
        }
    }
    if (render_error) return fail(job, *render_error, 0);

    const std::size_t total = bytes.size();
    std::size_t offset = std::min(static_cast<std::size_t>(job.bytes_sent), total);
    auto observe = [&](const escpos::PrinterStatus& s) {
        if (monitor_) monitor_->observe(s);
    };

    // Asks the printer for its status; the fault that stops the job, if any.
    std::string fault_detail;  // the port's technical cause when the status could not be read
    auto fault_now = [&]() -> std::optional<std::string> {
        try {
            const escpos::PrinterStatus s = port.status();
            observe(s);
            if (auto f = printer::fault_from_status(s)) return printer::fault_message(*f);
            return std::nullopt;
        } catch (const PortError& e) {
            fault_detail = e.detail();
            return printer::fault_message(e.fault());
        }
    };

    // Not ready: fail before sending anything (an open cover still accepts data on some models).
    if (auto fault = fault_now()) return fail(job, *fault, offset, fault_detail);

    {
        std::lock_guard lock(db_mutex_);
        db::mark_print_printing(conn_, job.id, now_());
    }
    std::size_t persisted = offset;
    printer::SendContext ctx;
    ctx.label = job_label(job);
    ctx.progress = [&](std::size_t reached) {
        {
            std::lock_guard lock(db_mutex_);
            db::update_print_progress(conn_, job.id, static_cast<std::int64_t>(reached), now_());
        }
        persisted = reached;
        events_.push(JobProgress{job.id, reached, total});
    };
    const printer::SendResult r = port.send(bytes, offset, ctx);
    offset = r.offset_reached;
    if (offset != persisted) {
        std::lock_guard lock(db_mutex_);
        db::update_print_progress(conn_, job.id, static_cast<std::int64_t>(offset), now_());
    }
    if (!r.ok()) {
        if (*r.fault != PrintFault::unplugged) {
            try {
                observe(port.status());  // report the cause (cover open, paper end) as events
            } catch (const PortError&) {
                // the failure below says what is wrong
            }
        }
        return fail(job, r.error, offset, r.detail);
    }

    // Every byte accepted; done only if the printer still reports a good state.
    if (auto fault = fault_now()) return fail(job, *fault, offset, fault_detail);
    {
        std::lock_guard lock(db_mutex_);
        db::mark_print_done(conn_, job.id, now_());
    }
    events_.push(JobDone{job.id});
    return StepOutcome::done;
}

bool PrintQueue::has_pending() {
    std::lock_guard lock(db_mutex_);
    return db::next_pending_print_job(conn_).has_value();
}

std::optional<db::PrintJobRow> PrintQueue::job_locked(Id id) { return db::get_print_job(conn_, id); }

void PrintQueue::retry(Id id) {
    std::lock_guard lock(db_mutex_);
    auto j = job_locked(id);
    if (!j) throw Error(Errc::not_found, "no print job " + std::to_string(id));
    if (j->status != "failed")
        throw Error(Errc::invalid_state, "print job " + std::to_string(id) + " is " + j->status + ", not failed");
    db::resume_print_job(conn_, id, now_());
}

void PrintQueue::skip(Id id, std::string_view reason) {
    std::lock_guard lock(db_mutex_);
    auto j = job_locked(id);
    if (!j) throw Error(Errc::not_found, "no print job " + std::to_string(id));
    if (j->status != "failed" && j->status != "pending")
        throw Error(Errc::invalid_state, "print job " + std::to_string(id) + " is " + j->status);
    db::mark_print_skipped(conn_, id, reason.empty() ? "skipped by the cashier" : reason, now_());
}

Id PrintQueue::reprint(Id id) {
    std::lock_guard lock(db_mutex_);
    auto j = job_locked(id);
    if (!j) throw Error(Errc::not_found, "no print job " + std::to_string(id));
    if (j->sale_id != 0) return db::enqueue_print_job(conn_, j->sale_id, "copy", std::nullopt, now_());
    if (!j->payload) throw Error(Errc::invalid_state, "print job " + std::to_string(id) + " has nothing to reprint yet");
    return db::enqueue_print_job(conn_, 0, j->kind, j->payload, now_());
}

Id PrintQueue::enqueue(Id sale_id, std::string_view kind, const std::optional<std::vector<std::uint8_t>>& payload) {
    std::lock_guard lock(db_mutex_);
    return db::enqueue_print_job(conn_, sale_id, kind, payload, now_());
}

std::optional<db::PrintJobRow> PrintQueue::job(Id id) {
    std::lock_guard lock(db_mutex_);
    return job_locked(id);
}

std::vector<db::PrintJobRow> PrintQueue::jobs(std::string_view status) {
    std::lock_guard lock(db_mutex_);
    return db::list_print_jobs(conn_, status);
}

}  // namespace pos::devices
