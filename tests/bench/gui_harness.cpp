#include "bench/gui_harness.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

extern char** environ;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace pos::bench {
namespace {

int spawn(const std::vector<std::string>& argv, const std::vector<std::string>& extra_env) {
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    std::vector<std::string> env_store;
    for (char** e = environ; *e; ++e) env_store.emplace_back(*e);
    for (const auto& e : extra_env) env_store.push_back(e);
    std::vector<char*> env;
    for (auto& e : env_store) env.push_back(e.data());
    env.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = -1;
    const int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) throw std::runtime_error("cannot start " + argv[0]);
    return pid;
}

bool exited(int pid) {
    int status = 0;
    return ::waitpid(pid, &status, WNOHANG) == pid;
}

void stop(int pid) {
    ::kill(pid, SIGTERM);
    for (int i = 0; i < 300; ++i) {
        if (exited(pid)) return;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
}

// utime + stime in clock ticks (fields 14 and 15 of /proc/PID/stat, after the "(comm)").
long long cpu_ticks(int pid) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
    std::string s((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto close = s.rfind(')');
    if (close == std::string::npos) throw std::runtime_error("cannot read /proc/" + std::to_string(pid) + "/stat");
    std::istringstream rest(s.substr(close + 2));
    std::string field;
    long long utime = 0, stime = 0;
    for (int i = 3; i <= 15 && rest >> field; ++i) {
        if (i == 14) utime = std::stoll(field);
        if (i == 15) stime = std::stoll(field);
    }
    return utime + stime;
}

// CPU time of all live threads in ns (first field of /proc/PID/task/TID/schedstat): finer than
// the 10 ms clock ticks of /proc/PID/stat, which matter when 0.5 % of 10 s is 50 ms.
long long cpu_ns(int pid) {
    long long sum = 0;
    std::error_code ec;
    for (const auto& t : fs::directory_iterator("/proc/" + std::to_string(pid) + "/task", ec)) {
        std::ifstream in(t.path() / "schedstat");
        long long ns = 0;
        if (in >> ns) sum += ns;
    }
    return sum;
}

long status_kb(int pid, const std::string& key) {
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind(key + ":", 0) == 0) return std::stol(line.substr(key.size() + 1));
    return 0;
}

}  // namespace

Xvfb::Xvfb(const std::string& screen) {
    for (int n = 90; n < 140; ++n) {
        if (fs::exists("/tmp/.X11-unix/X" + std::to_string(n)) || fs::exists("/tmp/.X" + std::to_string(n) + "-lock")) continue;
        display_ = ":" + std::to_string(n);
        pid_ = spawn({"/usr/bin/Xvfb", display_, "-screen", "0", screen, "-nolisten", "tcp"}, {});
        for (int i = 0; i < 500; ++i) {
            if (fs::exists("/tmp/.X11-unix/X" + std::to_string(n))) return;
            if (exited(pid_)) break;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
        stop(pid_);
        pid_ = -1;
    }
    throw std::runtime_error("cannot start Xvfb");
}

Xvfb::~Xvfb() {
    if (pid_ > 0) stop(pid_);
}

GuiRun run_gui(const std::string& app, const std::string& db, const std::string& display, double settle_seconds,
               double idle_seconds) {
    const fs::path probe = fs::temp_directory_path() / ("pos-bench-probe-" + std::to_string(::getpid()) + ".json");
    fs::remove(probe);
    const auto t0 = Clock::now();
    const int pid = spawn({app, "--db", db, "--probe-file", probe.string()}, {"DISPLAY=" + display});
    GuiRun r;
    while (!fs::exists(probe)) {
        if (exited(pid)) throw std::runtime_error(app + " exited before its first frame");
        if (Clock::now() - t0 > std::chrono::seconds(60)) {
            stop(pid);
            throw std::runtime_error(app + " showed no frame within 60 s");
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
    r.first_frame_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (idle_seconds > 0) {
        std::this_thread::sleep_for(std::chrono::duration<double>(settle_seconds));
        const long long ticks_a = cpu_ticks(pid);
        const long long ns_a = cpu_ns(pid);
        const auto ta = Clock::now();
        std::this_thread::sleep_for(std::chrono::duration<double>(idle_seconds));
        const long long ticks_b = cpu_ticks(pid);
        const long long ns_b = cpu_ns(pid);
        const double secs = std::chrono::duration<double>(Clock::now() - ta).count();
        const double by_ticks = 100.0 * static_cast<double>(ticks_b - ticks_a) / static_cast<double>(::sysconf(_SC_CLK_TCK)) / secs;
        const double by_ns = 100.0 * static_cast<double>(ns_b - ns_a) / 1e9 / secs;
        // schedstat misses threads that ended in between; take the larger of the two readings.
        r.idle_cpu_percent = std::max(by_ticks, by_ns);
    }
    r.peak_rss_kb = status_kb(pid, "VmHWM");
    stop(pid);
    fs::remove(probe);
    return r;
}

}  // namespace pos::bench
