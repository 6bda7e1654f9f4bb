#pragma once
// PrintQueue: the durable print worker over the print_jobs table. step() prints the oldest
// pending job on a PrinterPort:
//   1. payload NULL -> render it with the injected renderer and store the bytes on the job
//      first (frozen: a resume, even after a restart, continues the SAME bytes);
//   2. ask the printer's status; a printer that is not ready fails the job before sending;
//   3. mark printing and send from bytes_sent, persisting bytes_sent after every accepted chunk;
//   4. on a fault mark it failed with a readable error ("paper out", "cover open", "printer
//      unplugged", "printer did not answer"), KEEPING bytes_sent;
//   5. done only when every byte is accepted AND the status asked afterwards is good.
// Cashier actions: retry() resumes from bytes_sent (never restarts), skip(), reprint() (a new
// job of kind "copy" for the same sale; the renderer marks it COPY).
// Restart policy: jobs found in "printing" at construction were interrupted by a crash or power
// loss; they are marked failed ("print interrupted at byte N") with bytes_sent kept and a
// JobFailed event, and resume when the cashier presses Retry. They are not resumed
// automatically because the printer may have been power-cycled meanwhile (its half-parsed
// command and buffer are lost), so a person should look at the paper first.
// Thread-safety: step() runs on one worker thread (the DeviceHub's); retry/skip/reprint/jobs
// may be called from any thread. Every use of the connection is serialised by one mutex, and
// the renderer runs while it is held, so the renderer may use connection().
#include <cstdint>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "db/sqlite.h"
#include "devices/device_events.h"
#include "drivers/printer/printer_port.h"

namespace pos::devices {

class StatusMonitor;

using Renderer = std::function<std::vector<std::uint8_t>(const db::PrintJobRow&)>;
using Clock = std::function<Timestamp()>;

Timestamp system_now_ms();

enum class StepOutcome {
    idle,    // no pending job
    done,    // a job was printed completely
    failed,  // a job failed (see the JobFailed event and the row's error)
};

class PrintQueue {
public:
    // conn must stay open while the queue exists and is not used by anyone else meanwhile
    // (give the queue its own connection to the database file).
    PrintQueue(db::Connection& conn, Renderer renderer, DeviceEvents& events, Clock now = system_now_ms);
    PrintQueue(const PrintQueue&) = delete;
    PrintQueue& operator=(const PrintQueue&) = delete;

    // Status snapshots taken around jobs go to this monitor (the DeviceHub sets its own).
    void set_status_monitor(StatusMonitor* monitor);

    StepOutcome step(printer::PrinterPort& port);
    bool has_pending();

    // failed -> pending, keeping bytes_sent and the frozen payload. Throws pos::Error
    // (not_found; invalid_state unless the job is failed).
    void retry(Id job);
    // failed or pending -> skipped with the reason (default "skipped by the cashier").
    void skip(Id job, std::string_view reason = {});
    // A new job: kind "copy" of the same sale (rendered fresh, marked COPY by the renderer);
    // a job without a sale (z_report, test) is queued again with its own frozen bytes.
    // Returns the new job id.
    Id reprint(Id job);
    Id enqueue(Id sale_id, std::string_view kind, const std::optional<std::vector<std::uint8_t>>& payload);

    std::optional<db::PrintJobRow> job(Id id);
    std::vector<db::PrintJobRow> jobs(std::string_view status);

    db::Connection& connection() noexcept { return conn_; }

private:
    std::optional<db::PrintJobRow> job_locked(Id id);
    void recover_interrupted();
    StepOutcome fail(const db::PrintJobRow& job, const std::string& error, std::size_t offset, std::string detail = {});

    db::Connection& conn_;
    Renderer renderer_;
    DeviceEvents& events_;
    Clock now_;
    std::mutex db_mutex_;
    std::mutex step_mutex_;
    StatusMonitor* monitor_ = nullptr;
};

// "receipt-000123": the label a job's output is named after (the virtual printer's PNG).
std::string job_label(const db::PrintJobRow& job);

}  // namespace pos::devices
