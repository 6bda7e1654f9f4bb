#include "ui/ui_env.h"

#include "ui/fonts.h"
#include "ui/i18n.h"

namespace pos::ui {

void UiProbe::record(std::string_view name, ImVec2 min, ImVec2 max) {
    items_.push_back({prefix_ + std::string(name), min, max});
}

const UiProbe::Item* UiProbe::find(std::string_view name) const {
    for (auto it = items_.rbegin(); it != items_.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
}

void UiProbe::record_text(std::string_view name, std::string_view text) {
    texts_.push_back({prefix_ + std::string(name), std::string(text)});
}

const std::string* UiProbe::text(std::string_view name) const {
    for (auto it = texts_.rbegin(); it != texts_.rend(); ++it)
        if (it->name == name) return &it->text;
    return nullptr;
}

void UiProbe::push_scope(std::string_view name) {
    scope_lengths_.push_back(prefix_.size());
    prefix_ += name;
    prefix_ += '/';
}

void UiProbe::pop_scope() {
    if (scope_lengths_.empty()) return;
    prefix_.resize(scope_lengths_.back());
    scope_lengths_.pop_back();
}

void install_ui_env(UiEnv* env) { ImGui::GetIO().UserData = env; }

UiEnv* ui_env() noexcept {
    if (ImGui::GetCurrentContext() == nullptr) return nullptr;
    return static_cast<UiEnv*>(ImGui::GetIO().UserData);
}

void use_language(Lang lang) {
    UiEnv* env = ui_env();
    if (env == nullptr) return;
    if (env->i18n != nullptr) env->i18n->set_language(lang);
    if (ImFont* font = font_for(lang, false)) ImGui::GetIO().FontDefault = font;
}

Lang current_language() noexcept {
    const UiEnv* env = ui_env();
    return env != nullptr && env->i18n != nullptr ? env->i18n->language() : Lang::en;
}

const char* tr(const char* msgid) {
    const UiEnv* env = ui_env();
    return env != nullptr && env->i18n != nullptr ? env->i18n->tr(msgid) : msgid;
}

float px(float v) noexcept {
    const UiEnv* env = ui_env();
    return env != nullptr ? v * env->scale : v;
}

ImFont* font_for(Lang lang, bool large) noexcept {
    const UiEnv* env = ui_env();
    if (env == nullptr || env->fonts == nullptr) return nullptr;
    return large ? env->fonts->large(lang) : env->fonts->body(lang);
}

ImFont* body_font() noexcept { return font_for(current_language(), false); }
ImFont* large_font() noexcept { return font_for(current_language(), true); }

ProbeScope::ProbeScope(std::string_view name) : probe_(nullptr) {
    if (const UiEnv* env = ui_env()) probe_ = env->probe;
    if (probe_ != nullptr) probe_->push_scope(name);
}

ProbeScope::~ProbeScope() {
    if (probe_ != nullptr) probe_->pop_scope();
}

void probe_last_item(std::string_view label) {
    const UiEnv* env = ui_env();
    if (env == nullptr || env->probe == nullptr) return;
    const auto hidden = label.find("###");
    const std::string_view name = hidden == std::string_view::npos ? label : label.substr(hidden + 3);
    env->probe->record(name, ImGui::GetItemRectMin(), ImGui::GetItemRectMax());
}

void probe_text(std::string_view name, std::string_view text) {
    const UiEnv* env = ui_env();
    if (env != nullptr && env->probe != nullptr) env->probe->record_text(name, text);
}

}  // namespace pos::ui
