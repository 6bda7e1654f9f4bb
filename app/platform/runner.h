#pragma once
// The window and the event-driven frame loop: GLFW + OpenGL 3 + Dear ImGui 1.86. Each frame
// calls the app's view function with an IntentSink, renders, swaps, then hands the collected
// intents to the app's apply function, outside any ImGui code. Between frames the loop
// blocks (IdlePolicy) until input, a posted wake-up (Waker) or a scheduled redraw.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/intents/intents.h"
#include "platform/idle_policy.h"

struct GLFWwindow;

namespace pos::platform {

struct RunnerOptions {
    std::string title = "Showroom POS";
    int width = 1024;          // window size when not in kiosk mode
    int height = 768;
    bool kiosk = false;        // fullscreen on the primary monitor, cursor hidden
    float scale = 0.0f;        // UI scale factor; 0 = from the framebuffer size relative to 1024x768
    bool vsync = true;
};

// Reads --kiosk, --scale F (or --scale=F) and --size WxH (or --size=WxH); returns the other
// arguments in order. Throws pos::Error(invalid_input) for a malformed value.
std::vector<std::string> parse_runner_args(const std::vector<std::string>& args, RunnerOptions& options);

// Wakes the frame loop from any thread (device events, background work): it renders again.
using Waker = std::function<void()>;

// A typed key as the keyboard-wedge scanner detector sees it, before any widget does.
struct KeyInput {
    enum class Kind { character, enter, tab };
    Kind kind = Kind::character;
    char32_t ch = 0;   // for Kind::character
    double t = 0.0;    // Runner::now() when it arrived
};
// Returns true to hand the key to ImGui now; false to hold it (it may be part of a scan).
// Held keys that turn out to be typing are given back with Runner::inject().
using KeyFilter = std::function<bool(const KeyInput&)>;

class Runner {
public:
    using FrameFn = std::function<void(intent::IntentSink&)>;
    using ApplyFn = std::function<void(std::vector<intent::Intent>)>;
    using ScreenshotDone = std::function<void(const std::string& error)>;  // empty error = saved

    // Opens the window and creates the ImGui context (io.IniFilename = nullptr). Build the
    // font atlas on ImGui::GetIO().Fonts after this and before run(). Throws pos::Error(io).
    explicit Runner(const RunnerOptions& options);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    // Loops until the window is closed or request_close(). Exceptions from the callbacks
    // propagate out of run().
    void run(const FrameFn& frame, const ApplyFn& apply);

    float scale() const noexcept { return scale_; }
    int framebuffer_width() const noexcept;
    int framebuffer_height() const noexcept;
    double now() const noexcept;                 // monotonic seconds (glfwGetTime)

    // Main thread only.
    void request_redraw() noexcept;              // state changed outside input: render again
    void redraw_at(double at) noexcept;          // a frame at this now() time (clock, auto-lock)
    void set_animating(bool animating) noexcept; // keep rendering every frame while true
    void request_close() noexcept;
    void reload_fonts();                         // re-upload the atlas after rebuilding it
    // Saves the next rendered frame as PNG (glReadPixels before the swap).
    void request_screenshot(std::string path, ScreenshotDone done = {});

    Waker waker() const;                         // thread-safe; safe to call after ~Runner (no-op)
    // Sees every character and Enter/Tab press before ImGui (see KeyFilter). Main thread.
    void set_key_filter(KeyFilter filter) { key_filter_ = std::move(filter); }
    // While `hold` returns a time (now() seconds), the loop keeps taking events until then
    // instead of drawing: keys the filter holds back are timed as they arrive, not after a
    // frame drawn in between (a slow frame would split a scanner's burst in two).
    void set_input_hold(std::function<std::optional<double>()> hold) { input_hold_ = std::move(hold); }
    // Gives ImGui a key the filter held back (in order; an Enter/Tab is pressed for one frame).
    void inject(const KeyInput& key);

private:
    struct WakeState;
    static void on_activity_event(GLFWwindow* window);
    static void on_char(GLFWwindow* window, unsigned int c);
    static void on_key(GLFWwindow* window, int key, int scancode, int action, int mods);
    void install_activity_callbacks();
    void render_frame(const FrameFn& frame, intent::IntentQueue& queue);

    GLFWwindow* window_ = nullptr;
    float scale_ = 1.0f;
    bool kiosk_ = false;
    IdlePolicy idle_;
    std::shared_ptr<WakeState> wake_;
    KeyFilter key_filter_;
    std::function<std::optional<double>()> input_hold_;
    std::vector<int> injected_down_;  // keys pressed by inject(), released at the next frame
    std::string screenshot_path_;
    ScreenshotDone screenshot_done_;
};

}  // namespace pos::platform
