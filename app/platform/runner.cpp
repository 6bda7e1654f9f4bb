#include "platform/runner.h"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <mutex>
#include <utility>

#include "core/common/error.h"
#include "platform/screenshot.h"

namespace pos::platform {

namespace {

float parse_float(const std::string& text, const char* what) {
    float value = 0.0f;
    const char* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc{} || ptr != end || value <= 0.0f || value > 8.0f)
        throw Error(Errc::invalid_input, std::string(what) + ": expected a number between 0 and 8, got '" + text + "'");
    return value;
}

void parse_size(const std::string& text, RunnerOptions& options) {
    const auto x = text.find('x');
    int w = 0;
    int h = 0;
    const char* begin = text.data();
    const char* end = text.data() + text.size();
    bool ok = x != std::string::npos;
    if (ok) {
        auto r1 = std::from_chars(begin, begin + x, w);
        auto r2 = std::from_chars(begin + x + 1, end, h);
        ok = r1.ec == std::errc{} && r1.ptr == begin + x && r2.ec == std::errc{} && r2.ptr == end;
    }
    if (!ok || w < 320 || h < 240 || w > 8192 || h > 8192)
        throw Error(Errc::invalid_input, "--size: expected WIDTHxHEIGHT like 1024x768, got '" + text + "'");
    options.width = w;
    options.height = h;
}

void glfw_error(int code, const char* description) {
    std::fprintf(stderr, "GLFW error %d: %s\n", code, description);
}

}  // namespace

std::vector<std::string> parse_runner_args(const std::vector<std::string>& args, RunnerOptions& options) {
    std::vector<std::string> rest;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        auto value = [&](const std::string& flag) -> std::string {
            if (a.size() > flag.size() && a.compare(0, flag.size() + 1, flag + "=") == 0) return a.substr(flag.size() + 1);
            if (i + 1 >= args.size()) throw Error(Errc::invalid_input, flag + " needs a value");
            return args[++i];
        };
        if (a == "--kiosk") {
            options.kiosk = true;
        } else if (a == "--scale" || a.rfind("--scale=", 0) == 0) {
            options.scale = parse_float(value("--scale"), "--scale");
        } else if (a == "--size" || a.rfind("--size=", 0) == 0) {
            parse_size(value("--size"), options);
        } else {
            rest.push_back(a);
        }
    }
    return rest;
}

struct Runner::WakeState {
    std::mutex mutex;
    bool alive = true;
    std::atomic<bool> pending{false};
};

Runner::Runner(const RunnerOptions& options) : kiosk_(options.kiosk), wake_(std::make_shared<WakeState>()) {
    glfwSetErrorCallback(glfw_error);
    if (glfwInit() == GLFW_FALSE) throw Error(Errc::io, "cannot initialise GLFW (is a display available?)");
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    GLFWmonitor* monitor = nullptr;
    int width = options.width;
    int height = options.height;
    if (options.kiosk) {
        monitor = glfwGetPrimaryMonitor();
        const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
        if (mode == nullptr) {
            glfwTerminate();
            throw Error(Errc::io, "--kiosk: no primary monitor found");
        }
        glfwWindowHint(GLFW_RED_BITS, mode->redBits);
        glfwWindowHint(GLFW_GREEN_BITS, mode->greenBits);
        glfwWindowHint(GLFW_BLUE_BITS, mode->blueBits);
        glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        width = mode->width;
        height = mode->height;
    }
    window_ = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
    if (window_ == nullptr) {
        glfwTerminate();
        throw Error(Errc::io, "cannot open a " + std::to_string(width) + "x" + std::to_string(height) +
                                  " window with OpenGL 3.0");
    }
    glfwMakeContextCurrent(window_);
    glfwSwapInterval(options.vsync ? 1 : 0);
    glfwSetWindowUserPointer(window_, this);
    if (options.kiosk) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);

    if (options.scale > 0.0f) {
        scale_ = options.scale;
    } else {
        const float by_width = static_cast<float>(framebuffer_width()) / 1024.0f;
        const float by_height = static_cast<float>(framebuffer_height()) / 768.0f;
        scale_ = std::clamp(std::min(by_width, by_height), 1.0f, 3.0f);
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.LogFilename = nullptr;
    if (options.kiosk) io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    // Our callbacks first: the ImGui backend chains to them, so every event counts as activity.
    install_activity_callbacks();
    ImGui_ImplGlfw_InitForOpenGL(window_, true);
    // Keys and characters go through the key filter first (keyboard-wedge scanners): replace the
    // backend's callbacks with ours, which forward to it what the filter lets through.
    glfwSetKeyCallback(window_, on_key);
    glfwSetCharCallback(window_, on_char);
    ImGui_ImplOpenGL3_Init("#version 130");
    idle_.on_activity(now());
}

Runner::~Runner() {
    {
        std::lock_guard lock(wake_->mutex);
        wake_->alive = false;
    }
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    glfwDestroyWindow(window_);
    glfwTerminate();
}

void Runner::on_activity_event(GLFWwindow* window) {
    auto* self = static_cast<Runner*>(glfwGetWindowUserPointer(window));
    if (self != nullptr) self->idle_.on_activity(self->now());
}

void Runner::on_char(GLFWwindow* window, unsigned int c) {
    auto* self = static_cast<Runner*>(glfwGetWindowUserPointer(window));
    if (self == nullptr) return;
    self->idle_.on_activity(self->now());
    if (self->key_filter_ && !self->key_filter_({KeyInput::Kind::character, static_cast<char32_t>(c), self->now()})) return;
    ImGui_ImplGlfw_CharCallback(window, c);
}

void Runner::on_key(GLFWwindow* window, int key, int scancode, int action, int mods) {
    auto* self = static_cast<Runner*>(glfwGetWindowUserPointer(window));
    if (self == nullptr) return;
    self->idle_.on_activity(self->now());
    const bool enter = key == GLFW_KEY_ENTER || key == GLFW_KEY_KP_ENTER;
    if (self->key_filter_ && action == GLFW_PRESS && (enter || key == GLFW_KEY_TAB)) {
        const KeyInput in{enter ? KeyInput::Kind::enter : KeyInput::Kind::tab, 0, self->now()};
        if (!self->key_filter_(in)) return;  // held: a release without a press is harmless
    }
    ImGui_ImplGlfw_KeyCallback(window, key, scancode, action, mods);
}

void Runner::inject(const KeyInput& key) {
    ImGuiIO& io = ImGui::GetIO();
    if (key.kind == KeyInput::Kind::character) {
        io.AddInputCharacter(static_cast<unsigned int>(key.ch));
    } else {
        const int k = key.kind == KeyInput::Kind::enter ? GLFW_KEY_ENTER : GLFW_KEY_TAB;
        io.KeysDown[k] = true;
        injected_down_.push_back(k);
    }
    idle_.on_activity(now());
}

void Runner::install_activity_callbacks() {
    glfwSetCursorPosCallback(window_, [](GLFWwindow* w, double, double) { on_activity_event(w); });
    glfwSetMouseButtonCallback(window_, [](GLFWwindow* w, int, int, int) { on_activity_event(w); });
    glfwSetScrollCallback(window_, [](GLFWwindow* w, double, double) { on_activity_event(w); });
    glfwSetKeyCallback(window_, [](GLFWwindow* w, int, int, int, int) { on_activity_event(w); });
    glfwSetCharCallback(window_, [](GLFWwindow* w, unsigned int) { on_activity_event(w); });
    glfwSetWindowFocusCallback(window_, [](GLFWwindow* w, int) { on_activity_event(w); });
    glfwSetCursorEnterCallback(window_, [](GLFWwindow* w, int) { on_activity_event(w); });
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) { on_activity_event(w); });
    glfwSetWindowRefreshCallback(window_, [](GLFWwindow* w) { on_activity_event(w); });
    glfwSetWindowIconifyCallback(window_, [](GLFWwindow* w, int) { on_activity_event(w); });
}

int Runner::framebuffer_width() const noexcept {
    int w = 0;
    int h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return w;
}

int Runner::framebuffer_height() const noexcept {
    int w = 0;
    int h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

double Runner::now() const noexcept { return glfwGetTime(); }

void Runner::request_redraw() noexcept { idle_.on_activity(now()); }

void Runner::redraw_at(double at) noexcept { idle_.schedule(at); }

void Runner::set_animating(bool animating) noexcept { idle_.set_animating(animating); }

void Runner::request_close() noexcept { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

void Runner::reload_fonts() {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    if (!ImGui_ImplOpenGL3_CreateFontsTexture()) throw Error(Errc::io, "cannot upload the font atlas texture");
}

void Runner::request_screenshot(std::string path, ScreenshotDone done) {
    screenshot_path_ = std::move(path);
    screenshot_done_ = std::move(done);
    request_redraw();
}

Waker Runner::waker() const {
    return [state = wake_] {
        std::lock_guard lock(state->mutex);
        if (!state->alive) return;
        state->pending.store(true);
        glfwPostEmptyEvent();
    };
}

void Runner::render_frame(const FrameFn& frame, intent::IntentQueue& queue) {
    // Keys injected before this frame are seen pressed by it and released after it.
    const std::vector<int> pressed = std::exchange(injected_down_, {});
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    frame(queue);
    ImGui::Render();
    for (int k : pressed) ImGui::GetIO().KeysDown[k] = false;
    if (!pressed.empty()) idle_.on_activity(now());
    glViewport(0, 0, framebuffer_width(), framebuffer_height());
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    if (!screenshot_path_.empty()) {
        std::string error;
        try {
            save_screenshot(screenshot_path_);
        } catch (const Error& e) {
            error = e.what();
        }
        screenshot_path_.clear();
        if (screenshot_done_) std::exchange(screenshot_done_, {})(error);
        else if (!error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
    }
    glfwSwapBuffers(window_);
    idle_.on_frame_rendered();
}

void Runner::run(const FrameFn& frame, const ApplyFn& apply) {
    intent::IntentQueue queue;
    while (glfwWindowShouldClose(window_) == GLFW_FALSE) {
        if (glfwGetWindowAttrib(window_, GLFW_ICONIFIED) != 0) {
            glfwWaitEvents();  // nothing to show: sleep until restored
            continue;
        }
        const WaitDecision wait = idle_.decide(now());
        switch (wait.kind) {
        case WaitDecision::Kind::poll: glfwPollEvents(); break;
        case WaitDecision::Kind::wait_timeout: glfwWaitEventsTimeout(wait.seconds); break;
        case WaitDecision::Kind::wait_forever: glfwWaitEvents(); break;
        }
        if (input_hold_) {
            for (auto until = input_hold_(); until && *until > now(); until = input_hold_()) glfwWaitEventsTimeout(*until - now());
        }
        if (wake_->pending.exchange(false)) idle_.on_activity(now());
        idle_.expire_deadlines(now());
        if (glfwWindowShouldClose(window_) != GLFW_FALSE) break;
        render_frame(frame, queue);
        std::vector<intent::Intent> intents = queue.take();
        if (!intents.empty()) {
            idle_.on_activity(now());  // the state changes: show the result
            apply(std::move(intents));
        }
    }
}

}  // namespace pos::platform
