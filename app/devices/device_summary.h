#pragma once
// DeviceSummary: what the UI shows of the devices, kept up to date from every device and scanner
// event (none is dropped), and the log line each event gets (pos::log).
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "core/common/log.h"
#include "core/common/types.h"
#include "devices/device_events.h"
#include "drivers/scanner/scanner_events.h"

namespace pos::devices {

struct DeviceSummary {
    std::string printer;          // "Epson TM-T20II · ready", "virtual printer", "no printer"
    std::string scanner;          // "Honeywell 1900 · ready", "keyboard mode"
    std::optional<Id> failed_job; // the job waiting for Retry / Skip
    std::string failure;          // why it failed
    std::string last_receipt_png; // virtual printer: the last receipt image
    std::optional<bool> drawer_open; // from the printer's drawer sensor; nullopt = not known (virtual printer)
    std::string printer_status;   // the last status change ("PTR_SUE_REC_EMPTY"); empty until one is seen
    struct Progress {
        Id job = 0;
        std::size_t sent = 0, total = 0;
    };
    std::optional<Progress> printing;   // the job being sent, until it is done or fails
    std::vector<std::string> problems;  // device problems, departures and scanner errors, oldest first
    std::size_t jobs_done = 0;          // print jobs finished since start

    static constexpr std::size_t kMaxProblems = 20;  // older problems are let go (the log keeps them)
    const std::string* last_problem() const { return problems.empty() ? nullptr : &problems.back(); }
};

struct LogLine {
    log::Level level = log::Level::info;
    std::string text;
};

// Records the event in the summary and returns its log line. The printer line itself comes from
// the hub's state (DeviceRuntime::pump); a scan changes nothing but is logged.
LogLine record(DeviceSummary& summary, const DeviceEvent& event);
LogLine record(DeviceSummary& summary, const scanner::ScannerEvent& event);

}  // namespace pos::devices
