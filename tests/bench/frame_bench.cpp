#include "bench/frame_bench.h"

#include <imgui.h>
#include <time.h>

#include <functional>
#include <memory>
#include <stdexcept>

#include "core/sale/money.h"
#include "core/intents/intents.h"
#ifdef POS_BENCH_CHECKOUT
#include "ui/checkout/checkout_view.h"
#endif
#include "ui/floor_sample.h"
#include "ui/fonts.h"
#include "ui/i18n.h"
#include "ui/manager_screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::bench {
namespace {

double thread_cpu_us() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e6 + static_cast<double>(ts.tv_nsec) / 1e3;
}

class Headless {
public:
    Headless() : i18n_(ui::I18n::load(POS_ASSETS_DIR "/i18n")) {
        context_ = ImGui::CreateContext(&atlas_);
        ImGui::SetCurrentContext(context_);
        fonts_ = ui::build_fonts(atlas_, i18n_, {"王芳", "陳美玲", "Nguyễn Minh", "Дмитрий", "Ольга"}, 1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        atlas_.GetTexDataAsRGBA32(&pixels, &w, &h);
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = {1024.0f, 768.0f};
        io.DeltaTime = 1.0f / 60.0f;
        ui::apply_touch_theme(ImGui::GetStyle(), 1.0f);
        env_.i18n = &i18n_;
        env_.fonts = &fonts_;
        env_.probe = &probe_;
        ui::install_ui_env(&env_);
        ui::use_language(Lang::zh_CN);
    }
    ~Headless() {
        ui::install_ui_env(nullptr);
        ImGui::DestroyContext(context_);
    }
    std::vector<double> measure(int frames, const std::function<void()>& draw) {
        std::vector<double> out;
        for (int i = 0; i < frames + 5; ++i) {
            const double t0 = thread_cpu_us();
            probe_.clear();
            ImGui::NewFrame();
            draw();
            ImGui::Render();
            if (i >= 5) out.push_back(thread_cpu_us() - t0);  // the first frames lay out windows
        }
        last_vertices = ImGui::GetDrawData()->TotalVtxCount;
        if (last_vertices == 0) throw std::runtime_error("the screen drew nothing");
        return out;
    }

private:
    ui::I18n i18n_;
    ImFontAtlas atlas_;
    ImGuiContext* context_ = nullptr;
    ui::FontSet fonts_;
    ui::UiEnv env_;
    ui::UiProbe probe_;
};

}  // namespace

int last_vertices = 0;

std::vector<double> manager_frame_cpu_us(const report::DaySummary& day, int frames) {
    Headless h;
    const ui::ManagerSummaryView view = ui::make_manager_summary_view(day, Lang::zh_CN);
    ui::ManagerUiState state;
    intent::IntentQueue sink;
    return h.measure(frames, [&] { ui::draw_manager_summary(view, state, sink); });
}

std::vector<double> floor_frame_cpu_us(int frames) {
    Headless h;
    const ui::FloorView view = test::sample_floor_view(Lang::zh_CN);
    ui::FloorUiState state;
    intent::IntentQueue sink;
    return h.measure(frames, [&] { ui::draw_floor(view, state, sink); });
}

#ifdef POS_BENCH_CHECKOUT
std::vector<double> checkout_frame_cpu_us(int lines, int frames) {
    Headless h;
    ui::CheckoutView view;
    view.lang = Lang::zh_CN;
    Minor total = 0;
    for (int i = 1; i <= lines; ++i) {
        ui::CheckoutLine l;
        l.position = i;
        l.sku = "SOFA-MIL-" + std::to_string(i);
        l.name = "米兰三人沙发 胡桃木 M" + std::to_string(i);
        l.qty = 1 + i % 3;
        l.unit_price_minor = 699900 + i * 100;
        l.gross_minor = l.unit_price_minor * l.qty;
        l.unit_price = format_money(l.unit_price_minor, currency("CNY"), Lang::zh_CN);
        l.line_total = format_money(l.gross_minor, currency("CNY"), Lang::zh_CN);
        if (i % 7 == 0) l.discount = "-5.00%";
        total += l.gross_minor;
        view.lines.push_back(std::move(l));
    }
    view.total_minor = total;
    view.total = format_money(total, currency("CNY"), Lang::zh_CN);
    view.totals = {{"小计", view.total}, {"增值税 13%（含）", format_money(total * 1300 / 11300, currency("CNY"), Lang::zh_CN)}};
    view.remaining = view.total;
    view.remaining_minor = total;
    ui::CheckoutUiState state;
    state.selected_line = lines / 2;
    intent::IntentQueue sink;
    return h.measure(frames, [&] { ui::draw_checkout(view, state, sink); });
}

std::vector<double> checkout_view_frame_cpu_us(const ui::CheckoutView& view, int frames) {
    Headless h;
    ui::CheckoutUiState state;
    intent::IntentQueue sink;
    return h.measure(frames, [&] { ui::draw_checkout(view, state, sink); });
}
#endif

}  // namespace pos::bench
