#include "gui/checkout/checkout_data.h"

#include <algorithm>
#include <iterator>

#include "core/common/time.h"
#include "core/sale/money.h"
#include "ui/i18n.h"
#include "ui/ui_env.h"

namespace pos::gui {
namespace {

constexpr int kSearchLimit = 24;
// While the receipt prints, each frame (the device side wakes the loop) may re-read the job's
// state, at most this often.
constexpr auto kJobPoll = std::chrono::milliseconds(200);

ui::RefundSource load_refund(const service::PosService& pos, std::int64_t receipt_no) {
    ui::RefundSource src;
    src.receipt_no = receipt_no;
    const auto rec = pos.find_receipt(receipt_no);
    if (!rec) {
        src.error = std::string(ui::tr("No receipt with this number:")) + " " + std::to_string(receipt_no);
        return src;
    }
    if (rec->refund) {
        src.error = std::string(ui::tr("This receipt is itself a refund:")) + " " + std::to_string(receipt_no);
        return src;
    }
    const Currency* cur = find_currency(rec->currency);
    const auto money = [&](Minor m) { return cur != nullptr ? format_money(m, *cur, pos.lang()) : std::to_string(m); };
    src.summary = local_datetime(rec->created_at) + " · " + money(rec->total);
    for (const auto& l : rec->lines) {
        const int left = static_cast<int>(l.qty - l.refunded_qty);
        src.lines.push_back({l.line_no, l.name, left < 0 ? 0 : left, money(l.unit_price)});
    }
    return src;
}

}  // namespace

std::string CheckoutData::shown_category(const ui::CheckoutUiState& ui) const {
    if (categories.empty()) return {};
    if (std::find(categories.begin(), categories.end(), ui.category) != categories.end()) return ui.category;
    return categories.front();
}

void CheckoutData::refresh(const service::PosService& pos, const DeviceSummary& devices, const ui::CheckoutUiState& ui) {
    if (catalog_dirty) {
        // Products without a category are still reachable by touch, under "Other" at the end
        // (a real category of that name takes the chip).
        categories.clear();
        category_keys.clear();
        for (std::string& c : pos.categories()) {
            const std::string shown = c.empty() ? std::string(ui::tr("Other")) : c;
            if (category_keys.emplace(shown, std::move(c)).second) categories.push_back(shown);
        }
        products_category.clear();
        products.clear();
        products_pages = 0;
        products_more = false;
    }
    if (const std::string shown = shown_category(ui); catalog_dirty || shown != products_category) {
        products_category = shown;
        products.clear();
        products_pages = 0;
        products_more = category_keys.count(shown) != 0;
    }
    // The first page, then one more each time the UI asks (keyset: after the last id shown).
    while (products_more && products_pages < std::max(1, ui.catalog_pages)) {
        const Id after = products.empty() ? 0 : products.back().product_id;
        service::ProductPage page = pos.products_page(category_keys.at(products_category), after, kPageSize);
        products.insert(products.end(), std::make_move_iterator(page.products.begin()), std::make_move_iterator(page.products.end()));
        products_more = page.more;
        ++products_pages;
    }
    catalog_dirty = false;
    if (ui.panel == ui::CheckoutPanel::search && ui.query != search_query) {
        search_query = ui.query;
        search = pos.search_products(ui.query, kSearchLimit);
    }
    if (ui.lookup_receipt != refund_receipt) {
        refund_receipt = ui.lookup_receipt;
        refund = refund_receipt > 0 ? load_refund(pos, refund_receipt) : ui::RefundSource{};
    }
    const Id customer = pos.cart().customer_id();
    if (after_intent || customer != customer_id) {
        customer_id = customer;
        customer_name = customer != 0 ? pos.customer_name(customer).value_or("") : std::string();
    }
    if (after_intent) {
        managers.clear();
        staff_names.clear();
        for (const service::StaffMember& s : pos.staff()) {
            staff_names[s.id] = s.name;
            if (s.active && s.role == Role::manager) managers.push_back({std::to_string(s.id), s.name});
        }
    }
    // The receipt job: after an intent, when the device side reports a failure or its end, and
    // at most every kJobPoll while it waits or prints.
    const Id last_job = pos.last_commit() ? pos.last_commit()->print_job_id : 0;
    const auto now = std::chrono::steady_clock::now();
    const bool waiting = job && job->waiting();
    if (last_job != job_id || after_intent || devices.failed_job != failed_job_seen || (waiting && now - job_read >= kJobPoll)) {
        if (last_job != job_id) {
            job_has_cash = false;
            last_refund = false;
            last_total.clear();
            last_change.clear();
            if (pos.last_commit())
                if (auto rec = pos.find_receipt(pos.last_commit()->receipt_no)) {
                    job_has_cash = rec->paid_in_cash;
                    const Currency& cur = pos.settings().currency();
                    last_refund = rec->refund;
                    last_total = format_money(rec->total, cur, pos.lang());
                    if (rec->change_given > 0) last_change = format_money(rec->change_given, cur, pos.lang());
                }
            drawer_opened = false;
        }
        job_id = last_job;
        job = last_job != 0 ? pos.print_job_state(last_job) : std::nullopt;
        failed_job_seen = devices.failed_job;
        job_read = now;
    }
    drawer_sensor = devices.drawer_open;
    after_intent = false;
}

}  // namespace pos::gui
