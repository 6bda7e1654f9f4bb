#pragma once
// The login / lock screen: staff tiles, a PIN keypad, the language buttons and a clock.
// A view: it draws what LoginView says and pushes intents; it never checks a PIN itself.
#include <string>
#include <vector>

#include "core/common/lang.h"
#include "core/common/types.h"
#include "core/intents/intents.h"

namespace pos::ui {

struct StaffTile {
    Id id = 0;
    std::string name;
    std::string role;  // "floor", "cashier" or "manager" (shown translated); other text verbatim
};

struct LoginView {
    std::string store_name;
    std::string clock;               // e.g. "14:05", formatted by the app; empty = not shown
    std::vector<StaffTile> staff;
    std::string error;               // in the current language: "Wrong PIN, 3 tries left"
    Lang language = Lang::en;        // highlighted language button
};

// What only the screen itself remembers between frames.
struct LoginUiState {
    Id selected = 0;                 // chosen tile (0 = none)
    std::string pin;                 // digits typed so far; cleared after each attempt
};

inline constexpr std::size_t kMaxPinDigits = 8;

// Full-screen. Tapping a tile selects it; OK emits intent::Login{std::to_string(id), pin}
// (the staff's name if the id is 0); a language button emits intent::SetLanguage{code}.
// Probe names: "login/staff/<id>", "login/pin/<key>", "login/lang/<code>".
void draw_login(const LoginView& view, LoginUiState& ui, intent::IntentSink& sink);

// The translated label of a role code ("cashier" -> "Cashier" / "收银员").
const char* role_label(const std::string& role);

}  // namespace pos::ui
