#pragma once
// What every view needs besides its view struct: translations, fonts, the UI scale and an
// optional probe for tests. It is stored in the ImGui context (io.UserData), so it belongs to
// one ImGui context and tests can run several side by side; nothing here is process-global.
#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/common/lang.h"

namespace pos::ui {

class I18n;
struct FontSet;

// Records the screen rectangle of every touch target drawn, by name, so headless tests can
// tap them and check their size. The name is the part of the label after "###" (else the
// whole label), prefixed by the enclosing probe scopes ("login/pin/7").
class UiProbe {
public:
    struct Item {
        std::string name;
        ImVec2 min;
        ImVec2 max;
        ImVec2 center() const { return {(min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f}; }
        float height() const { return max.y - min.y; }
        float width() const { return max.x - min.x; }
    };

    // A text a view shows that a test reads back ("the change"), by name like the targets.
    struct Text {
        std::string name;
        std::string text;
    };

    void clear() {
        items_.clear();
        texts_.clear();
    }
    void push_scope(std::string_view name);
    void pop_scope();
    void record(std::string_view name, ImVec2 min, ImVec2 max);
    void record_text(std::string_view name, std::string_view text);
    const Item* find(std::string_view name) const;  // the latest with that name, or nullptr
    const std::string* text(std::string_view name) const;  // the latest with that name, or nullptr
    const std::vector<Item>& items() const noexcept { return items_; }

private:
    std::vector<Item> items_;
    std::vector<Text> texts_;
    std::vector<std::size_t> scope_lengths_;
    std::string prefix_;
};

// The rectangle full screens draw in (see ui/screen.h).
struct ScreenArea {
    ImVec2 min;
    ImVec2 size;
};

struct UiEnv {
    I18n* i18n = nullptr;
    const FontSet* fonts = nullptr;
    float scale = 1.0f;
    UiProbe* probe = nullptr;
    std::optional<ScreenArea> area;  // see ui/screen.h; nullopt = the whole viewport
};

// Attaches env to the current ImGui context (nullptr detaches). env must outlive the context
// or be detached first.
void install_ui_env(UiEnv* env);
UiEnv* ui_env() noexcept;  // the current context's env, or nullptr

// Switches translations and the default font (effective from the next frame) to `lang`.
// Call it before each frame with the session's language.
void use_language(Lang lang);
Lang current_language() noexcept;

// Translation of msgid in the current language (msgid itself without an env or for English).
const char* tr(const char* msgid);

// Sizes are written for scale 1 (1024x768) and scaled: px(48) on a 1.5x screen is 72.
float px(float v) noexcept;

// The body and large fonts for the current language (nullptr = ImGui default font).
ImFont* body_font() noexcept;
ImFont* large_font() noexcept;
ImFont* font_for(Lang lang, bool large) noexcept;

// Pushes a font for the scope (no-op for nullptr).
class FontScope {
public:
    explicit FontScope(ImFont* font) : pushed_(font != nullptr) {
        if (pushed_) ImGui::PushFont(font);
    }
    ~FontScope() {
        if (pushed_) ImGui::PopFont();
    }
    FontScope(const FontScope&) = delete;
    FontScope& operator=(const FontScope&) = delete;

private:
    bool pushed_;
};

// Names recorded by the probe inside the scope get "<name>/" in front.
class ProbeScope {
public:
    explicit ProbeScope(std::string_view name);
    ~ProbeScope();
    ProbeScope(const ProbeScope&) = delete;
    ProbeScope& operator=(const ProbeScope&) = delete;

private:
    UiProbe* probe_;
};

// Records the last ImGui item under `label`'s probe name (no-op without a probe).
void probe_last_item(std::string_view label);
// Records `text` as shown under the probe name `name` (no-op without a probe).
void probe_text(std::string_view name, std::string_view text);

}  // namespace pos::ui
