#pragma once
// Touch chips laid out left to right, wrapping to a new row when the next one would not fit
// (needs, signals, reasons, categories, managers...). Each chip is a touch_button at least
// 48 px wide, as wide as its label, never wider than the content region.
#include <string>

#include "ui/theme.h"

namespace pos::ui {

class ChipFlow {
public:
    explicit ChipFlow(float height = 0.0f) : height_(height) {}  // 0 = 52 px at scale 1
    bool chip(const std::string& label, ButtonKind kind, bool enabled = true);

private:
    float height_;
    bool first_ = true;
};

}  // namespace pos::ui
