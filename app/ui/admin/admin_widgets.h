#pragma once
// Internal to the manager's pages: small shared pieces (titles, the feedback line, chips).
#include <string>

#include "ui/admin/admin_views.h"
#include "ui/theme.h"

namespace pos::ui::admin {

void page_title(const char* title);
// The result of the last intent: green-grey text, or red with its detail lines.
void draw_feedback(const Feedback& f);
// Chips (touch buttons) laid out left to right, wrapping when the next one would not fit.
class ChipRow {
public:
    bool chip(const char* label, bool selected, bool enabled = true);

private:
    bool first_ = true;
};
// A label and its value on one line (value dim when empty, showing `empty_text`).
void label_value(const char* label, const std::string& value, const char* empty_text = "—");

}  // namespace pos::ui::admin
