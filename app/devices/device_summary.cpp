#include "devices/device_summary.h"

#include <type_traits>
#include <utility>

namespace pos::devices {

namespace {

void add_problem(DeviceSummary& s, std::string text) {
    s.problems.push_back(std::move(text));
    if (s.problems.size() > DeviceSummary::kMaxProblems)
        s.problems.erase(s.problems.begin(), s.problems.end() - static_cast<std::ptrdiff_t>(DeviceSummary::kMaxProblems));
}

bool is_trouble(escpos::StatusEvent e) {
    using E = escpos::StatusEvent;
    return e == E::cover_open || e == E::rec_empty || e == E::rec_near_empty || e == E::power_offline;
}

std::string job_text(Id job) { return "print job " + std::to_string(job); }

}  // namespace

LogLine record(DeviceSummary& s, const DeviceEvent& event) {
    using log::Level;
    return std::visit(
        [&](const auto& ev) -> LogLine {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, JobDone>) {
                if (s.failed_job == ev.job) s.failed_job.reset();
                if (s.printing && s.printing->job == ev.job) s.printing.reset();
                ++s.jobs_done;
                return {Level::info, job_text(ev.job) + " printed"};
            } else if constexpr (std::is_same_v<T, JobFailed>) {
                s.failed_job = ev.job;
                s.failure = ev.error;
                if (s.printing && s.printing->job == ev.job) s.printing.reset();
                return {Level::error, job_text(ev.job) + " failed after " + std::to_string(ev.offset) + " bytes: " + ev.error +
                                          (ev.detail.empty() ? "" : " (" + ev.detail + ")")};
            } else if constexpr (std::is_same_v<T, JobProgress>) {
                s.printing = DeviceSummary::Progress{ev.job, ev.offset, ev.total};
                return {Level::info, job_text(ev.job) + ": " + std::to_string(ev.offset) + " of " + std::to_string(ev.total) +
                                         " bytes sent"};
            } else if constexpr (std::is_same_v<T, StatusChanged>) {
                s.printer_status = ev.name;
                return {is_trouble(ev.event) ? Level::warning : Level::info, "printer status: " + ev.name};
            } else if constexpr (std::is_same_v<T, DrawerOpened>) {
                s.drawer_open = true;
                return {Level::info, "cash drawer opened"};
            } else if constexpr (std::is_same_v<T, DrawerClosed>) {
                s.drawer_open = false;
                return {Level::info, "cash drawer closed"};
            } else if constexpr (std::is_same_v<T, PrinterAttached>) {
                s.printer_status.clear();
                return {Level::info, "printer attached: " + ev.name + " (profile " + ev.profile + ")"};
            } else if constexpr (std::is_same_v<T, PrinterDetached>) {
                s.printer_status.clear();
                s.drawer_open.reset();
                add_problem(s, "printer detached: " + ev.name);
                return {Level::warning, "printer detached: " + ev.name};
            } else {
                static_assert(std::is_same_v<T, DeviceProblem>, "every DeviceEvent kind is recorded");
                add_problem(s, ev.message);
                return {Level::error, "device problem: " + ev.message};
            }
        },
        event);
}

LogLine record(DeviceSummary& s, const scanner::ScannerEvent& event) {
    using log::Level;
    return std::visit(
        [&](const auto& ev) -> LogLine {
            using T = std::decay_t<decltype(ev)>;
            if constexpr (std::is_same_v<T, scanner::ScannerReady>) {
                s.scanner = ev.device;
                return {Level::info, "scanner ready: " + ev.device + " (" + scanner::scanner_path_name(ev.path) + ")"};
            } else if constexpr (std::is_same_v<T, scanner::ScanEvent>) {
                return {Level::info, "scan from " + ev.device + ": " + std::to_string(ev.aim.size() + ev.code.size()) +
                                         " characters"};
            } else if constexpr (std::is_same_v<T, scanner::ScannerError>) {
                const std::string text = "scanner " + ev.device + ": " + ev.message;
                add_problem(s, text);
                return {Level::error, text};
            } else {
                static_assert(std::is_same_v<T, scanner::ScannerLost>, "every ScannerEvent kind is recorded");
                s.scanner = "scanner unplugged (keyboard mode)";
                const std::string text = "scanner lost: " + ev.device + " (" + ev.reason + ")";
                add_problem(s, text);
                return {Level::warning, text};
            }
        },
        event);
}

}  // namespace pos::devices
