#include "gui/admin/manager_page.h"

#include <imgui.h>

#include <deque>
#include <optional>
#include <utility>
#include <variant>

#include "core/common/time.h"
#include "core/report/period.h"
#include "gui/admin/admin_models.h"
#include "gui/admin/png_image.h"
#include "gui/manager_model.h"
#include "platform/texture.h"
#include "ui/i18n.h"
#include "ui/manager_screen.h"
#include "ui/screen.h"
#include "ui/theme.h"
#include "ui/ui_env.h"

namespace pos::gui {

using ui::admin::AdminPage;

struct ManagerPage::State {
    AdminPage page = AdminPage::summary;
    bool dirty = true;  // re-read the open page's view

    ui::ManagerUiState summary_ui;
    ManagerModel summary_model;
    ui::admin::SummaryToolbarState toolbar_ui;
    ui::admin::SummaryToolbarView toolbar;

    ui::admin::CloseDayView close;
    ui::admin::CloseDayUiState close_ui;
    ui::admin::StaffView staff;
    ui::admin::StaffUiState staff_ui;
    ui::admin::CatalogView catalog;
    ui::admin::CatalogUiState catalog_ui;
    ui::admin::SettingsView settings;
    ui::admin::SettingsUiState settings_ui;
    ui::admin::DevicesView devices;
    ui::admin::PeriodsView periods;
    ui::admin::PeriodsUiState periods_ui;

    // The feedback of the last intent, for the page it belongs to.
    AdminPage feedback_page = AdminPage::summary;
    ui::admin::Feedback feedback;
    // The intents this page pushed in its last frame (variant index, sending page), in order;
    // the shell applies them in that order right after the frame.
    std::deque<std::pair<std::size_t, AdminPage>> sent;
    std::optional<AdminPage> sender_of(const intent::Intent& i) {
        if (sent.empty() || sent.front().first != i.index()) return std::nullopt;
        const AdminPage p = sent.front().second;
        sent.pop_front();
        return p;
    }

    // The virtual printer's last receipt as a texture, re-read when the file changes.
    std::string texture_path;
    platform::Texture texture;
    std::string texture_error;

    ~State() { platform::release_texture(texture); }

    std::string shown_day(service::PosService& pos) const {
        return local_day(pos.now() + static_cast<Timestamp>(summary_ui.day_offset) * 86'400'000);
    }
    void rebuild(service::PosService& pos) {
        switch (page) {
        case AdminPage::summary:
            toolbar.day = shown_day(pos);
            toolbar.today = local_day(pos.now());
            toolbar.export_path = gui::admin::export_folder(pos) + "/summary-" + toolbar.day + ".csv";
            summary_model.mark_dirty();
            break;
        case AdminPage::close_day: close = gui::admin::close_day_view(pos, local_day(pos.now())); break;
        case AdminPage::staff: staff = gui::admin::staff_view(pos); break;
        case AdminPage::catalog: catalog = gui::admin::catalog_view(pos); break;
        case AdminPage::settings: settings = gui::admin::settings_view(pos); break;
        case AdminPage::devices: break;  // from the device runtime's summary, every frame (no I/O)
        case AdminPage::periods: {
            if (periods_ui.from.empty() || periods_ui.to.empty()) {
                const report::DayRange r = report::range_containing(periods_ui.kind, local_day(pos.now()));
                periods_ui.from = r.from;
                periods_ui.to = r.to;
            }
            periods = gui::admin::periods_view(pos, periods_ui.from, periods_ui.to);
            break;
        }
        }
        dirty = false;
    }
    void update_texture(const std::string& path) {
        if (path == texture_path) return;
        texture_path = path;
        platform::release_texture(texture);
        texture_error.clear();
        if (path.empty()) return;
        try {
            const gui::admin::RgbaImage img = gui::admin::read_png_rgba(path);
            texture = platform::upload_texture(img.rgba, img.width, img.height);
        } catch (const Error& e) {
            texture_error = e.what();
        }
    }
    ui::admin::Feedback feedback_for(AdminPage p) const { return feedback_page == p ? feedback : ui::admin::Feedback{}; }
};

namespace {

// The page an applied intent's feedback is shown on, and what it says in the session language,
// from the service's events.
struct Done {
    AdminPage page;
    std::string text;
};

std::optional<Done> done_of(const service::Outcome& outcome) {
    namespace ev = service::event;
    for (const service::Event& e : outcome.events) {
        if (const auto* x = std::get_if<ev::SummaryExported>(&e)) return Done{AdminPage::summary, std::string(ui::tr("Exported to")) + " " + x->path};
        if (const auto* x = std::get_if<ev::PagePrintRequested>(&e))
            return x->page == ev::PageKind::day_summary ? Done{AdminPage::summary, ui::tr("Sent to the printer")}
                                                        : Done{AdminPage::devices, ui::tr("Test page sent to the printer")};
        if (std::holds_alternative<ev::DayClosed>(e)) return Done{AdminPage::close_day, ui::tr("Day closed. The Z report is printing.")};
        if (const auto* x = std::get_if<ev::StaffChanged>(&e)) {
            switch (x->what) {
            case ev::StaffChange::added: return Done{AdminPage::staff, std::string(ui::tr("Staff added:")) + " " + x->name};
            case ev::StaffChange::activated: return Done{AdminPage::staff, ui::tr("Reactivated")};
            case ev::StaffChange::deactivated: return Done{AdminPage::staff, ui::tr("Deactivated")};
            case ev::StaffChange::pin_changed: return Done{AdminPage::staff, ui::tr("PIN changed")};
            }
        }
        if (std::holds_alternative<ev::CatalogImported>(e)) return Done{AdminPage::catalog, ui::tr("Catalog imported")};
        if (const auto* x = std::get_if<ev::TargetSet>(&e)) return Done{AdminPage::periods, std::string(ui::tr("Target saved")) + " " + x->month};
        if (const auto* x = std::get_if<ev::SettingsSaved>(&e))
            return Done{AdminPage::settings, x->needs_restart ? ui::tr("Settings saved. Printer and scanner changes take effect when the app restarts.")
                                                              : ui::tr("Settings saved")};
    }
    return std::nullopt;
}

// Passes the page's intents on and remembers which admin page sent each, so that a refusal is
// shown on the page it came from.
class SenderSink final : public intent::IntentSink {
public:
    SenderSink(intent::IntentSink& inner, std::deque<std::pair<std::size_t, AdminPage>>& sent, AdminPage page)
        : inner_(inner), sent_(sent), page_(page) {}
    void push(intent::Intent i) override {
        sent_.emplace_back(i.index(), page_);
        inner_.push(std::move(i));
    }

private:
    intent::IntentSink& inner_;
    std::deque<std::pair<std::size_t, AdminPage>>& sent_;
    AdminPage page_;
};

}  // namespace

ManagerPage::ManagerPage() : s_(std::make_unique<State>()) {}
ManagerPage::~ManagerPage() = default;

AdminPage ManagerPage::current() const noexcept { return s_->page; }
void ManagerPage::sent_from_open_page(const intent::Intent& i) { s_->sent.emplace_back(i.index(), s_->page); }
const ui::admin::Feedback& ManagerPage::feedback() const noexcept { return s_->feedback; }
void ManagerPage::open(AdminPage page) noexcept {
    if (page != s_->page) s_->dirty = true;
    s_->page = page;
}

void ManagerPage::frame(PageContext& ctx, intent::IntentSink& shell_sink) {
    State& s = *s_;
    s.sent.clear();  // the shell applied (or refused) everything sent in the last frame
    service::PosService& pos = ctx.pos;
    const ui::ScreenArea area = ui::screen_area();
    const ImGuiStyle& style = ImGui::GetStyle();

    const float nav_h = ui::px(ui::kMinTarget) + style.WindowPadding.y * 2.0f;
    ui::set_screen_area(ui::ScreenArea{area.min, {area.size.x, nav_h}});
    ui::begin_screen("##admin_nav");
    {
        ui::ProbeScope probe("admin");
        AdminPage page = s.page;
        ui::admin::draw_manager_nav(page);
        open(page);
    }
    ui::end_screen();
    if (s.dirty) s.rebuild(pos);

    SenderSink sink(shell_sink, s.sent, s.page);
    ui::ScreenArea rest{{area.min.x, area.min.y + nav_h}, {area.size.x, area.size.y - nav_h}};
    switch (s.page) {
    case AdminPage::summary: {
        s.toolbar.feedback = s.feedback_for(AdminPage::summary);
        const int lines = s.toolbar.feedback.text.empty() ? 0 : 1;
        const float bar_h = ui::px(ui::kMinTarget) + style.WindowPadding.y * 2.0f +
                            static_cast<float>(lines) * (ImGui::GetTextLineHeightWithSpacing() + style.ItemSpacing.y);
        ui::set_screen_area(ui::ScreenArea{rest.min, {rest.size.x, bar_h}});
        ui::begin_screen("##admin_summary_bar");
        {
            ui::ProbeScope probe("admin");
            ui::admin::draw_summary_toolbar(s.toolbar, s.toolbar_ui, sink);
        }
        ui::end_screen();
        ui::set_screen_area(ui::ScreenArea{{rest.min.x, rest.min.y + bar_h}, {rest.size.x, rest.size.y - bar_h}});
        if (s.toolbar_ui.picking) {
            ui::begin_screen("##admin_day_picker");
            ui::ProbeScope probe("admin");
            ui::admin::draw_day_picker(s.toolbar, s.toolbar_ui);
            ui::end_screen();
        } else {
            const int before = s.summary_ui.day_offset;
            ui::draw_manager_summary(s.summary_model.view(pos, s.summary_ui), s.summary_ui, sink);
            if (before != s.summary_ui.day_offset) s.dirty = true;
        }
        if (!s.toolbar_ui.picked.empty()) {
            const auto picked = local_day_start(s.toolbar_ui.picked);
            const auto today = local_day_start(local_day(pos.now()));
            if (picked && today) {
                const Timestamp diff = *picked - *today;  // whole days, DST aside: round to the nearest
                s.summary_ui.day_offset = static_cast<int>((diff + (diff < 0 ? -43'200'000 : 43'200'000)) / 86'400'000);
            }
            s.toolbar_ui.picked.clear();
            s.dirty = true;
        }
        break;
    }
    case AdminPage::close_day:
        s.close.feedback = s.feedback_for(AdminPage::close_day);
        ui::set_screen_area(rest);
        ui::admin::draw_close_day(s.close, s.close_ui, sink);
        break;
    case AdminPage::staff:
        s.staff.feedback = s.feedback_for(AdminPage::staff);
        ui::set_screen_area(rest);
        ui::admin::draw_staff(s.staff, s.staff_ui, sink);
        break;
    case AdminPage::catalog:
        s.catalog.feedback = s.feedback_for(AdminPage::catalog);
        ui::set_screen_area(rest);
        ui::admin::draw_catalog(s.catalog, s.catalog_ui, sink);
        break;
    case AdminPage::devices: {
        s.devices = gui::admin::devices_view(pos, ctx.devices.summary());
        s.update_texture(s.devices.receipt_png);
        s.devices.texture = s.texture.id;
        s.devices.texture_w = s.texture.width;
        s.devices.texture_h = s.texture.height;
        s.devices.feedback = s.feedback_for(AdminPage::devices);
        if (!s.texture_error.empty() && s.devices.feedback.text.empty()) s.devices.feedback = {s.texture_error, true, {}};
        ui::set_screen_area(rest);
        ui::admin::draw_devices(s.devices, sink);
        break;
    }
    case AdminPage::periods:
        s.periods.feedback = s.feedback_for(AdminPage::periods);
        ui::set_screen_area(rest);
        s.periods_ui.changed = false;
        ui::admin::draw_periods(s.periods, s.periods_ui, sink);
        if (s.periods_ui.changed) s.dirty = true;  // the range changed: read it again after this frame
        break;
    case AdminPage::settings:
        s.settings.feedback = s.feedback_for(AdminPage::settings);
        ui::set_screen_area(rest);
        ui::admin::draw_settings(s.settings, s.settings_ui, sink);
        break;
    }
    ui::set_screen_area(area);
}

void ManagerPage::applied(const intent::Intent& applied, const service::Outcome& outcome) {
    s_->dirty = true;  // any intent may change what a page shows (sales change the summary)
    const auto sender = s_->sender_of(applied);
    if (auto done = done_of(outcome)) {
        s_->feedback_page = sender.value_or(done->page);
        s_->feedback = {std::move(done->text), false, {}};
        if (outcome.find<service::event::DayClosed>()) s_->close_ui = {};
    }
}

bool ManagerPage::refused(const intent::Intent& refused, const service::Refusal& refusal, const std::string& message) {
    (void)refusal;
    s_->dirty = true;
    const auto page = s_->sender_of(refused);
    if (!page) return false;
    s_->feedback_page = *page;
    s_->feedback = {{}, true, {}};
    // The first line says what happened; further lines (catalog problems) are listed below it.
    std::size_t start = 0;
    bool first = true;
    const bool import = *page == AdminPage::catalog;
    while (start <= message.size()) {
        const std::size_t nl = message.find('\n', start);
        const std::string line = message.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
        if (first) s_->feedback.text = import ? std::string(ui::tr("Catalog not imported. Nothing was changed.")) + " " + line
                                              : line;  // the shell's translated headline, then the detail
        else if (!line.empty()) s_->feedback.details.push_back(line);
        first = false;
        if (nl == std::string::npos) break;
        start = nl + 1;
    }
    // A refused catalog lists its problems: the translated headline says the rest.
    if (import && !s_->feedback.details.empty()) s_->feedback.text = ui::tr("Catalog not imported. Nothing was changed.");
    return true;
}

std::unique_ptr<Page> make_manager_page() { return std::make_unique<ManagerPage>(); }

}  // namespace pos::gui
