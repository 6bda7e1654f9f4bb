#include "e2e/x_app.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

#include <nlohmann/json.hpp>

namespace pos::e2e {
namespace {

using namespace std::chrono_literals;

std::string shell_quote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

void run_or_throw(const std::string& cmd) {
    if (std::system(cmd.c_str()) != 0) throw std::runtime_error("command failed: " + cmd);
}

std::optional<Probe> read_probe(const std::string& path) {
    std::ifstream in(path);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    const auto doc = nlohmann::json::parse(text.str(), nullptr, false);
    if (doc.is_discarded()) return std::nullopt;  // never half-written (rename), but be safe
    Probe p;
    p.frame = doc.value("frame", 0LL);
    p.screen = doc.value("screen", "");
    p.message = doc.value("message", "");
    for (const auto& it : doc.at("items"))
        p.items.push_back({it.at("name"), it.at("x"), it.at("y"), it.at("w"), it.at("h")});
    return p;
}

}  // namespace

const Target* Probe::find(const std::string& name) const {
    const Target* found = nullptr;
    for (const Target& t : items)
        if (t.name == name) found = &t;
    return found;
}

std::vector<Target> Probe::with_prefix(const std::string& prefix) const {
    std::vector<Target> out;
    for (const Target& t : items)
        if (t.name.rfind(prefix, 0) == 0) out.push_back(t);
    return out;
}

XServer::XServer(int width, int height) {
    int fds[2];
    if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        close(fds[0]);
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        const std::string fd = std::to_string(fds[1]);
        const std::string screen = std::to_string(width) + "x" + std::to_string(height) + "x24";
        execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", screen.c_str(), "-nolisten", "tcp",
               static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    std::string number;
    char c = 0;
    while (read(fds[0], &c, 1) == 1 && c != '\n') number += c;
    close(fds[0]);
    if (number.empty()) throw std::runtime_error("Xvfb did not start (is the xvfb package installed?)");
    display_ = ":" + number;
}

XServer::~XServer() {
    if (pid_ > 0) {
        kill(pid_, SIGTERM);
        waitpid(pid_, nullptr, 0);
    }
}

App::App(const XServer& x, const std::string& data_home, const std::vector<std::string>& args)
    : x_(x), probe_path_(data_home + "/probe.json") {
    pid_ = fork();
    if (pid_ < 0) throw std::runtime_error("fork failed");
    if (pid_ == 0) {
        setenv("DISPLAY", x.display().c_str(), 1);
        setenv("XDG_DATA_HOME", data_home.c_str(), 1);
        const int log = open((data_home + "/app.log").c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        dup2(log, 1);
        dup2(log, 2);
        std::vector<std::string> argv_s{POS_BINARY, "--probe-file", probe_path_};
        argv_s.insert(argv_s.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& s : argv_s) argv.push_back(s.data());
        argv.push_back(nullptr);
        execv(POS_BINARY, argv.data());
        _exit(127);
    }
}

App::~App() {
    if (pid_ <= 0) return;
    kill(pid_, SIGTERM);
    for (int i = 0; i < 100 && waitpid(pid_, nullptr, WNOHANG) == 0; ++i) std::this_thread::sleep_for(20ms);
    kill(pid_, SIGKILL);
    waitpid(pid_, nullptr, 0);
}

bool App::running() { return pid_ > 0 && waitpid(pid_, nullptr, WNOHANG) == 0; }

Probe App::probe(std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < until) {
        if (auto p = read_probe(probe_path_)) return *p;
        if (!running()) throw std::runtime_error("the app exited before drawing a frame");
        std::this_thread::sleep_for(50ms);
    }
    throw std::runtime_error("no probe file after " + std::to_string(timeout.count()) + " ms");
}

Probe App::wait_for(const std::string& screen, const std::string& item, std::chrono::milliseconds timeout) {
    const auto until = std::chrono::steady_clock::now() + timeout;
    Probe p = probe();
    while (std::chrono::steady_clock::now() < until) {
        if (p.screen == screen && (item.empty() || p.find(item))) return p;
        if (!running()) throw std::runtime_error("the app exited");
        std::this_thread::sleep_for(50ms);
        p = probe();
    }
    // What there is to tap instead, so a renamed target is found from the failure alone.
    std::string names;
    for (const Target& t : p.items) names += (names.empty() ? "" : ", ") + t.name;
    throw std::runtime_error("waited for screen '" + screen + "' item '" + item + "'; the app shows '" + p.screen + "' with: " + names);
}

void App::xdotool(const std::string& args) {
    run_or_throw("DISPLAY=" + x_.display() + " xdotool " + args);
}

void App::tap(const std::string& name) {
    const auto until = std::chrono::steady_clock::now() + 20s;
    Probe p = probe();
    while (!p.find(name)) {
        if (std::chrono::steady_clock::now() > until) throw std::runtime_error("no target '" + name + "' on screen '" + p.screen + "'");
        std::this_thread::sleep_for(50ms);
        p = probe();
    }
    const Target& t = *p.find(name);
    // No --sync: it waits for a motion event, and there is none when the finger taps the same key again.
    xdotool("mousemove " + std::to_string(t.x + t.w / 2) + " " + std::to_string(t.y + t.h / 2) + " click 1");
    std::this_thread::sleep_for(150ms);  // press and release reach ImGui in separate frames
}

void App::type(const std::string& text, int delay_ms) {
    xdotool("type --delay " + std::to_string(delay_ms) + " " + shell_quote(text));
    std::this_thread::sleep_for(150ms);
}

void App::key(const std::string& keysym) {
    xdotool("key " + shell_quote(keysym));
    std::this_thread::sleep_for(150ms);
}

void App::screenshot(const std::string& png_path) {
    std::this_thread::sleep_for(300ms);  // let the last frame settle
    run_or_throw("DISPLAY=" + x_.display() + " import -window root " + shell_quote(png_path));
}

}  // namespace pos::e2e
