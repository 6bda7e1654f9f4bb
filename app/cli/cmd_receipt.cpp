// showroom-pos receipt: the receipt (or its copy, or a gift receipt) of a stored sale as the
// exact ESC/POS bytes for a printer profile, and/or as the virtual printer's PNG.
#include <cstdio>
#include <fstream>

#include "core/common/args.h"
#include "cli/commands.h"
#include "db/print_jobs.h"
#include "receipt/job_renderer.h"
#include "receipt/receipt_data.h"
#include "receipt/receipt_layout.h"
#include "core/sale/receipt_qr.h"
#include "receipt/receipt_render.h"
#include "service/store.h"
#include "service/store_settings.h"

namespace pos::cli {
namespace {

std::int64_t positive_number(const std::string& option, const std::string& text) {
    std::size_t used = 0;
    long long n = 0;
    try {
        n = std::stoll(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != text.size() || text.empty() || text[0] == '+' || n < 1)
        throw Error(Errc::invalid_input, "--" + option + " needs a positive whole number, not '" + text + "'");
    return n;
}

void write_bytes(const std::string& path, const std::vector<std::uint8_t>& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) throw Error(Errc::io, "cannot write " + path);
}

}  // namespace

int cmd_receipt(const Argv& argv) {
    const Args a(argv, {"db", "sale", "receipt", "job", "profile", "out", "png"}, {"copy", "gift"});
    a.expect_positionals(0, "");
    const auto sale = a.get("sale");
    const auto receipt_no = a.get("receipt");
    const auto job_id = a.get("job");
    if (int(sale.has_value()) + int(receipt_no.has_value()) + int(job_id.has_value()) != 1)
        throw Error(Errc::invalid_input, "give one of --sale N, --receipt N or --job N");
    const auto out = a.get("out");
    const auto png = a.get("png");
    if (!out && !png) throw Error(Errc::invalid_input, "missing --out FILE.bin or --png FILE.png");

    service::Store opened = service::open_store(a.require("db"));
    db::Connection& conn = opened.connection();
    if (job_id) {
        // Any queued print job (order receipts, dispatch lists, Z reports ...) as the printer gets it.
        const auto job = db::get_print_job(conn, positive_number("job", *job_id));
        if (!job) throw Error(Errc::not_found, "no print job " + *job_id);
        const service::StoreSettings store = service::load_settings(conn);
        const escpos::Profile& profile = escpos::find_profile(a.get("profile").value_or(store.printer_profile));
        const std::vector<std::uint8_t> bytes = job->payload ? *job->payload : receipt::render_print_job(conn, *job, profile);
        if (out) write_bytes(*out, bytes);
        if (png) receipt::write_receipt_png(bytes, profile, store.lang, *png);
        std::printf("print job %s (%s): %zu bytes for %s\n", job_id->c_str(), job->kind.c_str(), bytes.size(), profile.name.c_str());
        return 0;
    }
    const receipt::ReceiptData data = sale ? receipt::load_receipt_data(conn, positive_number("sale", *sale))
                                           : receipt::load_receipt_data_by_receipt(conn, positive_number("receipt", *receipt_no));
    const escpos::Profile& profile = escpos::find_profile(a.get("profile").value_or(data.store.printer_profile));
    const receipt::ReceiptOptions options = receipt::receipt_options_for(profile, a.flag("copy"));
    const escpos::Document doc = a.flag("gift") ? receipt::gift_receipt(data, options) : receipt::sale_receipt(data, options);
    const std::vector<std::uint8_t> bytes = receipt::encode_receipt(doc, profile, data.store.lang);
    if (out) write_bytes(*out, bytes);
    if (png) receipt::write_receipt_png(bytes, profile, data.store.lang, *png);
    std::printf("receipt %s: %zu bytes for %s\n", receipt::receipt_number_text(data.sale.receipt_no).c_str(), bytes.size(),
                profile.name.c_str());
    return 0;
}

}  // namespace pos::cli
