#include "ui/checkout/cash_handed.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <vector>

#include "core/sale/money.h"
#include "ui/checkout/checkout_parts.h"
#include "ui/checkout/quick_cash.h"
#include "ui/ui_env.h"

namespace pos::ui {
namespace {

using checkout::caption;
using checkout::digits_value;
using checkout::row_height;
using checkout::share_row;
using checkout::with_id;

std::string money(Minor amount, std::string_view currency_code, Lang lang) {
    const Currency* cur = find_currency(currency_code);
    return cur != nullptr ? format_money(amount, *cur, lang) : std::to_string(amount);
}

float chip_width(const std::string& label) {
    return std::max(ImGui::CalcTextSize(label.c_str(), nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f, px(kMinTarget));
}

// "Cash handed over" at the left; at the right the change in the accent color (dimmed when
// there is none) or the refusal in red, in the large font when both fit on the line.
void draw_heading(Minor handed, Minor payment, std::string_view currency_code, Lang lang, float width) {
    std::string text;
    ImVec4 color = palette::text_dim;
    if (handed < payment) {
        text = tr("Less than the amount to pay");
        color = palette::danger;
    } else {
        text = std::string(tr("Change")) + " " + money(handed - payment, currency_code, lang);
        if (handed > payment) color = palette::accent;
    }
    const char* label = tr("Cash handed over");
    const float label_w = ImGui::CalcTextSize(label).x;
    const float gap = px(24.0f);
    ImFont* big = large_font();
    const auto text_w = [&](ImFont* f) {
        return f != nullptr ? f->CalcTextSizeA(f->FontSize, FLT_MAX, 0.0f, text.c_str()).x : ImGui::CalcTextSize(text.c_str()).x;
    };
    ImFont* font = big != nullptr && label_w + gap + text_w(big) <= width ? big : body_font();
    const float line_h = font != nullptr ? font->FontSize : ImGui::GetFontSize();
    const ImVec2 at = ImGui::GetCursorPos();
    ImGui::SetCursorPos({at.x, at.y + (line_h - ImGui::GetFontSize()) * 0.5f});
    caption(label);
    ImGui::SetCursorPos({at.x + std::max(label_w + gap, width - text_w(font)), at.y});
    {
        FontScope scope(font);
        ImGui::TextColored(color, "%s", text.c_str());
    }
    probe_text("cash/change", text);
}

}  // namespace

Minor cash_handed(const CashHanded& c, Minor payment) { return c.digits.empty() ? payment : digits_value(c.digits); }

bool cash_covers(const CashHanded& c, Minor payment) { return cash_handed(c, payment) >= payment; }

void draw_cash_handed(CashHanded& c, Minor payment, std::string_view currency_code, Lang lang, float width) {
    const Minor handed = cash_handed(c, payment);
    draw_heading(handed, payment, currency_code, lang, width);
    {
        ProbeScope probe("cash");
        // The exact amount and "Other amount" always; the round amounts while the row has room.
        const std::vector<Minor> quick = quick_cash_amounts(payment, currency_code);
        std::vector<Minor> amounts;
        std::vector<std::string> labels;
        const std::string typed = money(handed, currency_code, lang);
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        float used = std::max(chip_width(tr("Other amount")), chip_width(typed));
        for (std::size_t i = 0; i < quick.size(); ++i) {
            std::string label = money(quick[i], currency_code, lang);
            if (i == 0) label = std::string(tr("Exact")) + " " + label;
            const float w = chip_width(label) + gap;
            if (i != 0 && used + w > width) break;
            used += w;
            amounts.push_back(quick[i]);
            labels.push_back(std::move(label));
        }
        // An amount typed (or one whose chip has no room) shows on the last chip.
        const bool other_chosen = c.typing || std::find(amounts.begin(), amounts.end(), handed) == amounts.end();
        const std::string other = other_chosen && !c.digits.empty() ? typed : std::string(tr("Other amount"));
        labels.push_back(other);
        const std::vector<float> widths = share_row(labels, width);
        for (std::size_t i = 0; i < amounts.size(); ++i) {
            if (i != 0) ImGui::SameLine();
            const bool chosen = !c.typing && handed == amounts[i];
            if (touch_button(with_id(labels[i], "quick/" + std::to_string(amounts[i])).c_str(), {widths[i], row_height()},
                             chosen ? ButtonKind::selected : ButtonKind::normal)) {
                c.digits = i == 0 ? std::string() : std::to_string(amounts[i]);
                c.typing = false;
            }
        }
        if (!amounts.empty()) ImGui::SameLine();
        if (touch_button(with_id(other, "other").c_str(), {widths.back(), row_height()},
                         other_chosen ? ButtonKind::selected : ButtonKind::normal) &&
            !c.typing) {
            c.digits.clear();
            c.typing = true;
        }
    }
}

}  // namespace pos::ui
