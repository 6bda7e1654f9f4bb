#include "drivers/escpos/virtual_printer.h"

#include "drivers/escpos/virtual_printer_state.h"

namespace pos::escpos {

VirtualPrinter::VirtualPrinter(const Profile& profile, const TextRasterizer& rasterizer)
    : s_(std::make_unique<State>(profile, rasterizer)) {}

VirtualPrinter::~VirtualPrinter() noexcept = default;

void VirtualPrinter::feed(const std::vector<std::uint8_t>& bytes) {
    auto& st = *s_;
    st.pending.insert(st.pending.end(), bytes.begin(), bytes.end());
    std::size_t i = 0;
    while (i < st.pending.size()) {
        const std::size_t used = st.step(st.pending.data() + i, st.pending.size() - i);
        if (used == 0) break;
        i += used;
        st.consumed_total += used;
    }
    st.pending.erase(st.pending.begin(), st.pending.begin() + static_cast<std::ptrdiff_t>(i));
}

Bitmap VirtualPrinter::receipt() const {
    // Render a pending line on a copy, so the live state is unchanged.
    State copy_state(s_->profile, s_->r);
    Bitmap out = s_->paper;
    if (!s_->line.empty()) {
        copy_state.paper = s_->paper;
        copy_state.line = s_->line;
        copy_state.line_width = s_->line_width;
        copy_state.align = s_->align;
        copy_state.line_spacing = s_->line_spacing;
        copy_state.flush_line();
        out = std::move(copy_state.paper);
    }
    if (out.height == 0) out = Bitmap(s_->paper.width, 1);
    return out;
}

const std::string& VirtualPrinter::text() const noexcept { return s_->text; }
const std::vector<std::string>& VirtualPrinter::unknown_commands() const noexcept { return s_->unknown; }
const std::vector<std::string>& VirtualPrinter::events() const noexcept { return s_->events; }
const std::vector<PrintedBarcode>& VirtualPrinter::barcodes() const noexcept { return s_->barcodes; }
const std::vector<std::string>& VirtualPrinter::qr_codes() const noexcept { return s_->qrs; }

}  // namespace pos::escpos
