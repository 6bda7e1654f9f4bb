#pragma once
// End-to-end harness: a private Xvfb server, the real showroom-pos binary in it (on the
// embedded demo store under a temporary XDG_DATA_HOME), taps and typing through xdotool, and
// screenshots with ImageMagick's `import`. Where to tap comes from the app's --probe-file
// (touch target names and rectangles after each frame that changed them).
#include <sys/types.h>

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace pos::e2e {

struct Target {
    std::string name;
    int x = 0, y = 0, w = 0, h = 0;
};

struct Probe {
    long long frame = 0;
    std::string screen;
    std::string message;  // the refusal the shell shows ("" = none)
    std::vector<Target> items;
    const Target* find(const std::string& name) const;
    // Items whose name starts with `prefix`, in drawing order.
    std::vector<Target> with_prefix(const std::string& prefix) const;
};

class XServer {
public:
    XServer(int width, int height);  // starts Xvfb on a free display (-displayfd)
    ~XServer();
    XServer(const XServer&) = delete;
    XServer& operator=(const XServer&) = delete;
    const std::string& display() const noexcept { return display_; }

private:
    pid_t pid_ = -1;
    std::string display_;
};

class App {
public:
    // Starts `showroom-pos --probe-file ... args` with DISPLAY and XDG_DATA_HOME=data_home.
    App(const XServer& x, const std::string& data_home, const std::vector<std::string>& args);
    ~App();  // SIGTERM, then SIGKILL
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // The newest probe (waits for the first one). Throws std::runtime_error on timeout.
    Probe probe(std::chrono::milliseconds timeout = std::chrono::seconds(60));
    // Waits until the probe shows `screen` (and `item`, when given).
    Probe wait_for(const std::string& screen, const std::string& item = "",
                   std::chrono::milliseconds timeout = std::chrono::seconds(20));
    // Clicks the center of `name` (waiting for it), then waits for the app to draw a new frame.
    void tap(const std::string& name);
    // Types `text` with `delay_ms` between keys (a keyboard-wedge scanner types at ~5 ms).
    void type(const std::string& text, int delay_ms);
    void key(const std::string& keysym);
    void screenshot(const std::string& png_path);
    bool running();

private:
    void xdotool(const std::string& args);
    const XServer& x_;
    std::string probe_path_;
    pid_t pid_ = -1;
    long long last_frame_ = 0;
};

}  // namespace pos::e2e
